/**
 * The one rule for which header and query parameter names carry credentials. The sender drops these
 * headers when a redirect or `@odata.nextLink` changes origin; history drops the headers and redacts
 * the parameters. One list, so a credential header known to one path is known to all of them.
 */

/** Names in common use (Graph, Azure API Management, Azure Functions, GitLab, API gateways, proxies). */
const CREDENTIAL_HEADERS = new Set([
  'authorization', 'proxy-authorization', 'cookie', 'x-ms-client-secret', 'ocp-apim-subscription-key',
  'x-api-key', 'api-key', 'apikey', 'x-functions-key', 'private-token', 'x-auth-token', 'x-access-token',
  'x-csrf-token', 'x-xsrf-token', 'x-amz-security-token', 'x-goog-api-key', 'x-ms-token-aad-access-token',
]);

/** Anything else whose name says it is a token, secret, password or key (`X-Vendor-Token`, `X-App-Secret`, `X-Foo-Key`). */
const CREDENTIAL_WORD = /(?:^|[-_])(?:token|secret|password|passwd|apikey|api[-_]key|key|signature|credentials?|session)$/i;

export function isCredentialHeader(name: string): boolean {
  const lower = name.trim().toLowerCase();
  return CREDENTIAL_HEADERS.has(lower) || CREDENTIAL_WORD.test(lower);
}

/** The headers minus every credential header (whatever their case). */
export function withoutCredentialHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (!isCredentialHeader(name)) out[name] = value;
  return out;
}

/** Query parameters that carry secrets: SAS signatures (`sig`), API keys (`apikey`, `key`, `code` of Azure Functions), tokens. */
const CREDENTIAL_PARAMS = new Set([
  'sig', 'signature', 'apikey', 'api_key', 'api-key', 'key', 'code', 'token', 'access_token', 'id_token', 'refresh_token',
  'client_secret', 'client_assertion', 'password', 'secret', 'subscription-key', 'x-api-key', 'private_token',
  'x-amz-signature', 'x-amz-security-token', 'x-goog-signature', 'auth', 'session',
]);

export function isCredentialParam(name: string): boolean {
  const lower = name.toLowerCase();
  return CREDENTIAL_PARAMS.has(lower) || CREDENTIAL_WORD.test(lower);
}

const REDACTED = '<redacted>';

/**
 * The URL with the value of every credential query parameter replaced by `<redacted>`, the rest as written
 * (no re-encoding, so `$select=id,name` stays readable). A text that is not a URL is scanned the same way.
 */
export function redactCredentialParams(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const hash = url.indexOf('#', q);
  const end = hash < 0 ? url.length : hash;
  const params = url.slice(q + 1, end).split('&').map(pair => {
    const eq = pair.indexOf('=');
    if (eq < 0) return pair;
    let name = pair.slice(0, eq);
    try { name = decodeURIComponent(name.replace(/\+/g, ' ')); } catch { /* keep as written */ }
    return isCredentialParam(name) ? `${pair.slice(0, eq)}=${REDACTED}` : pair;
  });
  return `${url.slice(0, q + 1)}${params.join('&')}${url.slice(end)}`;
}
