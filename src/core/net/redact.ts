/**
 * Scrubs credentials from any text before it reaches a log, an error message, history or an export.
 * It errs on the side of over-redacting: a log line that lost a value is cheap, a leaked token is not.
 */

const REDACTED = '<redacted>';

/** Header lines such as `Authorization: Bearer x` or `authorization=Basic y`. */
const AUTH_HEADER = /\b(authorization|proxy-authorization|x-ms-client-secret|ocp-apim-subscription-key)(["']?\s*[:=]\s*["']?)(?:(Bearer|Basic|PoP)\s+)?[^\s"',;&]+/gi;
/** A bearer credential anywhere, e.g. `Bearer eyJ...` in prose. */
const BEARER = /\b(Bearer)\s+(?!<redacted>)[A-Za-z0-9\-._~+/]+=*/g;
/** Form/query parameters that carry secrets: `client_secret=...&code=...`. */
const FORM_PARAM = /(^|[^A-Za-z0-9_])(client_secret|client_assertion|code|device_code|refresh_token|access_token|id_token|password|code_verifier|assertion)=([^&\s"']+)/gi;
/** JSON members that carry secrets (MSAL cache entries keep tokens under "secret"). Deliberately not "code": Graph error codes are useful. */
const JSON_MEMBER = /("(?:client_secret|clientSecret|secret|refresh_token|refreshToken|access_token|accessToken|id_token|idToken|device_code|client_assertion|password|code_verifier)"\s*:\s*)"(?:[^"\\]|\\.)*"/gi;

/**
 * Each pattern runs only on text holding what it needs to match (a `"`, one of the header names, `Bearer`, `eyJ`, a
 * parameter name and `=`): most URLs and header values hold none, and a regular expression costs most on its first
 * runs, while this runs on every line the CLI prints and the extension logs. The result is the same either way.
 */
export function redactSecrets(text: string): string {
  let out = text;
  if (out.includes('"')) out = out.replace(JSON_MEMBER, `$1"${REDACTED}"`);
  if (includesAny(out.toLowerCase(), AUTH_HEADER_NAMES)) {
    out = out.replace(AUTH_HEADER, (_m, name: string, sep: string, scheme?: string) => `${name}${sep}${scheme ? `${scheme} ` : ''}${REDACTED}`);
  }
  if (out.includes('Bearer')) out = out.replace(BEARER, `$1 ${REDACTED}`);
  if (out.includes('eyJ')) out = replaceJwts(out);
  if (out.includes('=') && includesAny(out.toLowerCase(), FORM_PARAM_ENDINGS)) out = out.replace(FORM_PARAM, `$1$2=${REDACTED}`);
  return out;
}

/** What AUTH_HEADER's names contain (lower case; proxy-authorization contains authorization). */
const AUTH_HEADER_NAMES = ['authorization', 'x-ms-client-secret', 'ocp-apim-subscription-key'];
/** How FORM_PARAM's names end, with their `=`. */
const FORM_PARAM_ENDINGS = ['secret=', 'assertion=', 'code=', 'token=', 'password=', 'verifier='];

function includesAny(text: string, parts: string[]): boolean {
  return parts.some(p => text.includes(p));
}

/** Redacts a known secret value verbatim as well (e.g. a client secret that is not shaped like a token). */
export function redactKnownSecrets(text: string, secrets: Array<string | undefined>): string {
  let out = text;
  for (const s of secrets) if (s && s.length >= 4) out = out.split(s).join(REDACTED);
  return redactSecrets(out);
}

/**
 * Compact JWS/JWT: three base64url segments, the first starting with `eyJ` (`{"`); what
 * `/eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*\/g` matches (no \b: `%3DeyJ...` and `_eyJ...` must match
 * too). Scanned in code: that regex rescans to the end of the run from every `eyJ`, quadratic on `eyJeyJeyJ...`.
 */
function replaceJwts(text: string): string {
  let out = '', copied = 0, i = 0, at = -1;
  while (i < text.length) {
    const start = i;
    const end = runEnd(text, i);
    if (end === start) { i++; continue; }
    // Every `eyJ` in one run reaches the same run end, so the leftmost one with 5 characters after it decides.
    if (at !== -2 && at < start) { // found once per `eyJ`, not once per run; -2: none left
      at = text.indexOf('eyJ', start);
      if (at < 0) at = -2;
    }
    const second = text[end] === '.' ? runEnd(text, end + 1) : -1;
    if (at >= 0 && at + 8 <= end && second - (end + 1) >= 5 && text[second] === '.') {
      const third = runEnd(text, second + 1);
      out += text.slice(copied, at) + REDACTED;
      copied = i = third;
    } else i = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** The end of the run of base64url characters starting at `i` (`i` itself when there is none). */
function runEnd(text: string, i: number): number {
  while (i < text.length && isBase64Url(text.charCodeAt(i))) i++;
  return i;
}

function isBase64Url(c: number): boolean {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 45 || c === 95;
}
