import { withoutCredentialHeaders } from './credentials';
import { isSameOrigin } from './origin';

/**
 * The request for the page `@odata.nextLink` names: GET, the previous request's headers minus the body's.
 * Graph's skip tokens are opaque, so the link is used as is. The link comes from the server: when it names
 * another origin (or carries user info), every credential header goes, a user-written Authorization included,
 * as on a redirect. `previous.url` is the URL the previous page was answered from.
 */
export function nextPageRequest(previous: { url: string; headers: Record<string, string> }, nextLink: string): { method: 'GET'; url: string; headers: Record<string, string> } {
  const link = URL.canParse(nextLink, previous.url) ? new URL(nextLink, previous.url).toString() : nextLink;
  const kept = Object.fromEntries(Object.entries(previous.headers).filter(([k]) => !/^content-/i.test(k)));
  return { method: 'GET', url: link, headers: isSameOrigin(link, previous.url) ? kept : withoutCredentialHeaders(kept) };
}
