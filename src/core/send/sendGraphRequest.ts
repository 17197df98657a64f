import type { TokenSource } from '../auth/tokenSource';
import type { HttpTransport, OutgoingRequest } from '../net/transport';
import { toGraphResponse, type GraphResponse } from './graphResponse';
import { GLOBAL_GRAPH_HOST, mayCarryToken, resolveTargetUrl } from './origin';
import { abortableSleep, backoffMs, DEFAULT_RETRY, describeWait, parseRetryAfter, RETRYABLE_STATUSES, type RetryPolicy } from './retry';
import { SendError } from '../net/sendError';
import { redactSecrets } from '../net/redact';
import { withoutCredentialHeaders } from './credentials';
import type { CookieJar } from './cookieJar';

/** A request ready to send: variables already substituted. */
export interface GraphRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

export type { GraphResponse };

export interface SendDeps {
  transport: HttpTransport;
  tokenSource?: TokenSource;
  /** Scopes to ask the token source for; default `<cloud graph host>/.default`. */
  scopes?: string[];
  /** The origin tokens go to: the cloud's Graph host, a sandbox, or a proxy. */
  graphEndpoint: string;
  /** The active cloud's Graph host (default https://graph.microsoft.com); URLs to it are redirected to graphEndpoint. */
  cloudGraphHost?: string;
  retry?: RetryPolicy;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  signal?: AbortSignal;
  /** Per attempt; default 100 s like Graph's own gateway timeout. */
  timeoutMs?: number;
  onProgress?: (message: string) => void;
  now?: () => number;
  maxRedirects?: number;
  /** False for `# @no-redirect`: a 3xx is the response. */
  followRedirects?: boolean;
  /** The session's cookies: each hop gets those of its own origin, and keeps the Set-Cookie it answers with. */
  cookies?: CookieJar;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function headerKey(headers: Record<string, string>, name: string): string | undefined {
  return Object.keys(headers).find(k => k.toLowerCase() === name);
}

/**
 * Sends one request to Graph. Resolves with any HTTP status; rejects with a SendError only when no
 * response could be had (bad URL, network, cancel, timeout, body over the cap, no token).
 */
export async function sendGraphRequest(request: GraphRequest, deps: SendDeps): Promise<GraphResponse> {
  const now = deps.now ?? monotonicMs;
  const started = now();
  const policy = deps.retry ?? DEFAULT_RETRY;
  const sleep = deps.sleep ?? abortableSleep;
  const cloudHost = deps.cloudGraphHost ?? GLOBAL_GRAPH_HOST;
  const target = resolveTargetUrl(request.url, deps.graphEndpoint, cloudHost);
  if (!target.ok) throw new SendError('badUrl', target.message);

  // A user-written Authorization header is the user's choice; it still never follows a redirect to another origin.
  const userAuthKey = headerKey(request.headers, 'authorization');
  let token: string | undefined;
  let forceRefresh = false;
  const bearer = async (): Promise<string | undefined> => {
    if (!deps.tokenSource) return undefined;
    if (token) return token;
    try {
      token = (await deps.tokenSource.getToken(deps.scopes ?? [`${cloudHost}/.default`], deps.signal, forceRefresh ? { forceRefresh } : undefined)).accessToken;
    } catch (err) {
      if (deps.signal?.aborted) throw new SendError('cancelled', 'The request was cancelled.');
      throw new SendError('auth', `Could not get a token: ${redactSecrets((err as Error)?.message ?? String(err))}`, (err as { errorCode?: string })?.errorCode);
    }
    return token;
  };

  let current: OutgoingRequest = { ...request, url: target.url, headers: { ...request.headers } };
  let keepUserAuth = userAuthKey !== undefined;
  let retries = 0, waited = 0, redirects = 0;
  let refreshedAfter401 = false;
  const maxRedirects = deps.maxRedirects ?? 5;

  for (;;) {
    if (deps.signal?.aborted) throw new SendError('cancelled', 'The request was cancelled.');
    const headers = { ...current.headers };
    const authKey = headerKey(headers, 'authorization');
    if (authKey && !keepUserAuth) delete headers[authKey];
    let sentToken = false;
    if (!keepUserAuth && mayCarryToken(current.url, deps.graphEndpoint)) {
      const t = await bearer();
      if (t) { headers.Authorization = `Bearer ${t}`; sentToken = true; }
    }
    const res = await deps.transport.send({ ...current, headers: deps.cookies ? deps.cookies.withCookies(current.url, headers) : headers }, { signal: deps.signal, timeoutMs: deps.timeoutMs ?? 100_000 });
    deps.cookies?.store(current.url, res.headers['set-cookie']);

    // A cached token Graph no longer accepts (revoked, expired early): one retry with a fresh one.
    if (res.status === 401 && sentToken && !refreshedAfter401) {
      refreshedAfter401 = true;
      token = undefined;
      forceRefresh = true;
      deps.onProgress?.('Unauthorized (401): getting a fresh token and retrying once');
      continue;
    }

    if (REDIRECTS.has(res.status) && res.headers.location && deps.followRedirects !== false) {
      if (++redirects > maxRedirects) throw new SendError('tooManyRedirects', `Stopped after ${maxRedirects} redirects (last: ${current.url}).`);
      const target = URL.canParse(res.headers.location, current.url) ? new URL(res.headers.location, current.url) : undefined;
      if (!target || (target.protocol !== 'http:' && target.protocol !== 'https:')) throw new SendError('badUrl', `The server redirected to an address that cannot be followed: ${redactSecrets(res.headers.location)}`);
      const next = target.toString();
      // Leaving the origin drops every credential header (Cookie, API keys, the user's Authorization...), for good.
      const crossOrigin = !sameOrigin(next, current.url);
      if (crossOrigin) keepUserAuth = false;
      const headers = crossOrigin ? withoutCredentialHeaders(current.headers) : current.headers;
      const toGet = res.status === 303 || ((res.status === 301 || res.status === 302) && current.method === 'POST');
      current = toGet ? { method: 'GET', url: next, headers: withoutBodyHeaders(headers) } : { ...current, url: next, headers };
      continue;
    }

    if (RETRYABLE_STATUSES.has(res.status) && retries < policy.maxRetries) {
      const wait = parseRetryAfter(res.headers['retry-after'], Date.now()) ?? backoffMs(retries + 1);
      if (waited + wait <= policy.maxTotalWaitMs) {
        retries++;
        waited += wait;
        deps.onProgress?.(describeWait(res.status, wait, retries, policy.maxRetries));
        try { await sleep(wait, deps.signal); } catch { throw new SendError('cancelled', 'The request was cancelled.'); }
        continue;
      }
    }
    return toGraphResponse(res, current, retries, now() - started);
  }
}

/** The monotonic clock in ms, as performance.now() (whose first use loads node:perf_hooks, a CLI start-up cost). */
function monotonicMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

function sameOrigin(a: string, b: string): boolean {
  try { return new URL(a).origin === new URL(b).origin; } catch { return false; }
}

function withoutBodyHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (!/^content-(type|length|encoding)$/i.test(k)) out[k] = v;
  return out;
}
