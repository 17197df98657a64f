/**
 * Where a request really goes, and whether it may carry the Graph token.
 * The token is a key to the user's tenant: it goes to exactly one origin (scheme, host, port), the Graph endpoint in use.
 */

export const GLOBAL_GRAPH_HOST = 'https://graph.microsoft.com';

export type TargetResult = { ok: true; url: string; rewritten: boolean } | { ok: false; message: string };

function tryUrl(text: string): URL | undefined {
  try { return new URL(text); } catch { return undefined; }
}

/**
 * The Graph endpoint and the cloud's host are the same few strings on every request and every hop: each is parsed
 * once. Callers only read the URL (origin, pathname), never change it.
 */
const parsedSettings = new Map<string, URL | undefined>();
function settingUrl(text: string): URL | undefined {
  if (parsedSettings.has(text)) return parsedSettings.get(text);
  if (parsedSettings.size >= 16) parsedSettings.clear();
  const url = tryUrl(text);
  parsedSettings.set(text, url);
  return url;
}

/** Join an endpoint that may have a path prefix (`http://127.0.0.1:4000/graph`) with `/beta/...`. */
function joinEndpoint(endpoint: URL, pathAndQuery: string): string {
  const prefix = endpoint.pathname.replace(/\/+$/, '');
  const rest = pathAndQuery.startsWith('/') ? pathAndQuery : `/${pathAndQuery}`;
  return `${endpoint.origin}${prefix}${rest}`;
}

/**
 * (a) A URL addressed to the active cloud's Graph host, or a path-only URL (`/beta/...`, `v1.0/...`),
 * is sent to `graphEndpoint` (a sandbox or proxy) when the two differ. Anything else is left alone.
 */
export function resolveTargetUrl(url: string, graphEndpoint: string, cloudGraphHost: string = GLOBAL_GRAPH_HOST): TargetResult {
  const endpoint = settingUrl(graphEndpoint);
  if (!endpoint) return { ok: false, message: `The Graph endpoint is not a valid URL: ${graphEndpoint}` };
  const trimmed = url.trim();
  if (!trimmed) return { ok: false, message: 'The request has no URL.' };
  // `graph.microsoft.com/beta/me` written without a scheme means https, as browsers and REST clients read it.
  const withScheme = /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?(\/|$)/i.test(trimmed) && !/^(v1\.0|beta)\//i.test(trimmed) ? `https://${trimmed}` : trimmed;
  const absolute = /^[a-z][a-z0-9+.-]*:\/\//i.test(withScheme) ? tryUrl(withScheme) : undefined;
  if (!absolute) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !/^(v1\.0|beta)\b/i.test(trimmed)) return { ok: false, message: `Not a valid URL: ${trimmed}` };
    return { ok: true, url: joinEndpoint(endpoint, trimmed), rewritten: true };
  }
  if (absolute.protocol !== 'http:' && absolute.protocol !== 'https:') return { ok: false, message: `Only http and https URLs can be sent (got ${absolute.protocol}).` };
  const cloud = settingUrl(cloudGraphHost);
  if (cloud && absolute.origin === cloud.origin && cloud.origin !== endpoint.origin) {
    return { ok: true, url: joinEndpoint(endpoint, absolute.pathname + absolute.search), rewritten: true };
  }
  return { ok: true, url: absolute.toString(), rewritten: false };
}

/** True only when scheme, host and port are identical (URL.origin normalises case and default ports). */
export function isSameOrigin(a: string, b: string): boolean {
  return sameOrigin(tryUrl(a), tryUrl(b));
}

function sameOrigin(ua: URL | undefined, ub: URL | undefined): boolean {
  if (!ua || !ub) return false;
  if (ua.username || ua.password) return false; // `https://graph.microsoft.com@evil` style tricks never get a token
  return ua.origin !== 'null' && ua.origin === ub.origin;
}

/** The token may be attached to `url` only if it is on the Graph endpoint's origin (the endpoint parsed once). */
export function mayCarryToken(url: string, graphEndpoint: string): boolean {
  return sameOrigin(tryUrl(url), settingUrl(graphEndpoint));
}
