import type { TokenSource } from '../auth/tokenSource';
import { scopesForRequest } from '../auth/scopes';
import type { HttpTransport } from '../net/transport';
import type { RetryPolicy } from './retry';
import type { CookieJar } from './cookieJar';
import { sendGraphRequest, type GraphRequest, type GraphResponse } from './sendGraphRequest';

export interface GraphClientOptions {
  transport: HttpTransport;
  tokenSource?: TokenSource;
  /** Origin the token goes to: the cloud's Graph host, a sandbox or a proxy. */
  graphEndpoint: string;
  /** The cloud's Graph host (default https://graph.microsoft.com): names the scopes, and its URLs go to graphEndpoint. */
  cloudGraphHost?: string;
  /** App-only token sources take `.default` scopes. */
  appOnly?: boolean;
  retry?: RetryPolicy;
  timeoutMs?: number;
}

export interface SendOptions {
  signal?: AbortSignal;
  onProgress?: (message: string) => void;
  /** Extra scopes (e.g. after a 403 names a permission); added to the operation's least-privileged one. */
  scopes?: string[];
  /** False for `# @no-redirect`. */
  followRedirects?: boolean;
  /** The session's cookie jar; none for `# @no-cookie-jar`. */
  cookies?: CookieJar;
  /** This send's sign-in, instead of the one the client was bound with (the editor's depends on whether the user asked). */
  tokenSource?: TokenSource;
}

export interface GraphClient {
  send(request: GraphRequest, options?: SendOptions): Promise<GraphResponse>;
}

/**
 * An environment bound once (endpoint, cloud, token source) that sends requests asking, per request,
 * for the operation's least-privileged permission. The CLI and the editor both sit on this.
 */
export function createGraphClient(options: GraphClientOptions): GraphClient {
  return {
    send: (request, sendOptions = {}) => {
      const tokenSource = sendOptions.tokenSource ?? options.tokenSource;
      // A fixed token (GRAPH_ACCESS_TOKEN) is what it was issued for: no route lookup for its scopes on each request.
      const scopes = tokenSource?.ignoresScopes ? undefined : mergeScopes(
        scopesForRequest(request.method, request.url, { graphHost: options.cloudGraphHost, graphEndpoint: options.graphEndpoint, appOnly: options.appOnly }),
        options.appOnly ? [] : (sendOptions.scopes ?? []));
      return sendGraphRequest(request, {
        transport: options.transport, tokenSource, graphEndpoint: options.graphEndpoint, cloudGraphHost: options.cloudGraphHost,
        ...(scopes ? { scopes } : {}), retry: options.retry, timeoutMs: options.timeoutMs,
        signal: sendOptions.signal, onProgress: sendOptions.onProgress,
        ...(sendOptions.followRedirects === false ? { followRedirects: false } : {}),
        ...(sendOptions.cookies ? { cookies: sendOptions.cookies } : {}),
      });
    },
  };
}

/** Entra rejects `.default` next to named permissions (AADSTS70011), so named ones win. */
function mergeScopes(base: string[], extra: string[]): string[] {
  const all = [...new Set([...base, ...extra])];
  const named = all.some(s => /^https?:\/\/.+\/(?!\.default$)[^/]+$/.test(s));
  return named ? all.filter(s => !s.endsWith('/.default')) : all;
}
