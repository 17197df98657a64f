/**
 * Scrubs credentials from any text before it reaches a log, an error message, history or an export.
 * It errs on the side of over-redacting: a log line that lost a value is cheap, a leaked token is not.
 */

const REDACTED = '<redacted>';

/** Header lines such as `Authorization: Bearer x` or `authorization=Basic y`. */
const AUTH_HEADER = /\b(authorization|proxy-authorization|x-ms-client-secret|ocp-apim-subscription-key)(["']?\s*[:=]\s*["']?)(?:(Bearer|Basic|PoP)\s+)?[^\s"',;&]+/gi;
/** A bearer credential anywhere, e.g. `Bearer eyJ...` in prose. */
const BEARER = /\b(Bearer)\s+(?!<redacted>)[A-Za-z0-9\-._~+/]+=*/g;
/** Compact JWS/JWT: three base64url segments, the first starting with `eyJ` (`{"`). */
const JWT = /eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g; // no \b: `%3DeyJ...` (URL-encoded) and `_eyJ...` must match too
/** Form/query parameters that carry secrets: `client_secret=...&code=...`. */
const FORM_PARAM = /(^|[^A-Za-z0-9_])(client_secret|client_assertion|code|device_code|refresh_token|access_token|id_token|password|code_verifier|assertion)=([^&\s"']+)/gi;
/** JSON members that carry secrets (MSAL cache entries keep tokens under "secret"). Deliberately not "code": Graph error codes are useful. */
const JSON_MEMBER = /("(?:client_secret|clientSecret|secret|refresh_token|refreshToken|access_token|accessToken|id_token|idToken|device_code|client_assertion|password|code_verifier)"\s*:\s*)"(?:[^"\\]|\\.)*"/gi;

export function redactSecrets(text: string): string {
  return text
    .replace(JSON_MEMBER, `$1"${REDACTED}"`)
    .replace(AUTH_HEADER, (_m, name: string, sep: string, scheme?: string) => `${name}${sep}${scheme ? `${scheme} ` : ''}${REDACTED}`)
    .replace(BEARER, `$1 ${REDACTED}`)
    .replace(JWT, REDACTED)
    .replace(FORM_PARAM, `$1$2=${REDACTED}`);
}

/** Redacts a known secret value verbatim as well (e.g. a client secret that is not shaped like a token). */
export function redactKnownSecrets(text: string, secrets: Array<string | undefined>): string {
  let out = text;
  for (const s of secrets) if (s && s.length >= 4) out = out.split(s).join(REDACTED);
  return redactSecrets(out);
}
