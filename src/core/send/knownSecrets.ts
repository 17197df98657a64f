import type { AccessToken, TokenSource } from '../auth/tokenSource';
import type { HttpTransport, OutgoingRequest } from '../net/transport';
import { isSameOrigin, mayCarryToken } from './origin';
import { SendError } from '../net/sendError';

const REDACTED = '<redacted>';
/** Shorter values would redact ordinary words; no real token or client secret is this short. */
const MIN_SECRET_LENGTH = 8;

/**
 * The exact credential values one process holds: the token in use and every token its token source
 * returned, the client secret, certificate material. Pattern-based redaction misses opaque tokens and
 * secrets; knowing the values does not. Each value is also kept in the forms it takes inside a URL
 * (percent-encoded) and inside JSON (escaped), so a value cannot slip through by being re-encoded.
 */
export class KnownSecrets {
  private readonly forms = new Set<string>();
  /** The values added: the token of every request is added again, its forms need not be made again. */
  private readonly values = new Set<string>();
  /** Forms of values that may also go to these origins (a `{{$aadToken}}` for another audience goes to that audience). */
  private readonly allowed = new Map<string, string[]>();
  /** The forms longest first, for redact(); made again after an add. */
  private longestFirst: string[] | undefined;

  constructor(values: Array<string | undefined> = []) {
    for (const v of values) this.add(v);
  }

  add(value: string | undefined): void {
    const v = value?.trim();
    if (!v || v.length < MIN_SECRET_LENGTH || this.values.has(v)) return;
    this.values.add(v);
    for (const form of [v, encodeURIComponent(v), JSON.stringify(v).slice(1, -1)]) this.forms.add(form);
    this.longestFirst = undefined;
  }

  /** `value` may go to `origins` as well (still never printed). */
  allowAt(value: string, origins: string[]): void {
    const v = value.trim();
    for (const form of [v, encodeURIComponent(v), JSON.stringify(v).slice(1, -1)]) this.allowed.set(form, origins);
  }

  /** True when any known value, in any of its forms, occurs in `text` (bound for `url`, when given, where it is not allowed). */
  foundIn(text: string, url?: string): boolean {
    for (const f of this.forms) {
      if (!text.includes(f)) continue;
      if (url !== undefined && this.allowed.get(f)?.some(o => isSameOrigin(url, o))) continue;
      return true;
    }
    return false;
  }

  /** Every occurrence of a known value replaced by `<redacted>`; longest first, so no fragment of one survives. */
  redact(text: string): string {
    let out = text;
    this.longestFirst ??= [...this.forms].sort((a, b) => b.length - a.length);
    for (const f of this.longestFirst) if (out.includes(f)) out = out.split(f).join(REDACTED);
    return out;
  }
}

/** A token source that remembers every token it hands out, so the guard and the redactor know them. */
export function recordingTokenSource(inner: TokenSource, secrets: KnownSecrets): TokenSource {
  return {
    getToken: async (scopes, signal, options): Promise<AccessToken> => {
      const token = await inner.getToken(scopes, signal, options);
      secrets.add(token.accessToken);
      return token;
    },
    ...(inner.ignoresScopes ? { ignoresScopes: true } : {}),
  };
}

function requestText(request: OutgoingRequest): string {
  let url = request.url;
  try { url += `\n${decodeURIComponent(request.url)}`; } catch { /* malformed escapes: the raw URL is checked */ }
  const body = request.body === undefined ? '' : typeof request.body === 'string' ? request.body : Buffer.from(request.body).toString('utf8');
  return [url, ...Object.entries(request.headers).map(([k, v]) => `${k}: ${v}`), body].join('\n');
}

/**
 * Refuses, on every hop (first request, retries, each redirect), to send a request that carries a known
 * secret anywhere but the Graph endpoint's origin. The origin guard keeps the token to Graph; this keeps
 * a hostile `.http` file, `.env` or server from moving a secret into a URL, header or body bound elsewhere.
 */
export function secretGuardTransport(inner: HttpTransport, graphEndpoint: string, secrets: KnownSecrets): HttpTransport {
  return {
    send: (request, options) => {
      if (!mayCarryToken(request.url, graphEndpoint) && secrets.foundIn(requestText(request), request.url)) {
        return Promise.reject(new SendError('refused',
          `Refused to send to ${originOf(request.url)}: the request carries a secret this process holds (a token or the client secret), and that origin is not the Graph endpoint (${originOf(graphEndpoint)}). Nothing was sent.`));
      }
      return inner.send(request, options);
    },
  };
}

function originOf(url: string): string {
  try { return new URL(url).origin; } catch { return 'an unparseable URL'; }
}
