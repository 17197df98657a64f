import { scopesForRequest } from '../../core/auth/scopes';
import type { TokenSource } from '../../core/auth/tokenSource';
import { sendGraphRequest } from '../../core/send/sendGraphRequest';
import type { HttpTransport } from '../../core/send/transport';
import type { AuthManager } from '../auth/authManager';
import { requireTrust } from '../auth/trust';
import type { GraphCallOptions, GraphCallRequest, GraphCallResult, GraphClient } from '../services';
import type { EnvironmentManager } from './environments';
import type { SessionState } from './sessionState';
import { readSettings } from './settings';

/**
 * The one way requests leave the editor: to the active environment, with a token for the request's
 * least-privileged scopes (only ever attached for the Graph endpoint's origin: the core enforces that),
 * the retry and timeout settings, and the caller's cancel signal.
 */
export class SessionGraphClient implements GraphClient {
  constructor(
    private readonly environments: EnvironmentManager,
    private readonly auth: AuthManager,
    private readonly session: SessionState,
    private readonly transport: HttpTransport,
  ) {}

  async send(request: GraphCallRequest, options: GraphCallOptions = {}): Promise<GraphCallResult> {
    requireTrust('Sending requests');
    const env = await this.environments.resolve();
    const { source, appOnly } = await this.auth.tokenSource(env);
    const scopeOptions = { graphHost: env.cloud.graphHost, graphEndpoint: env.graphEndpoint, appOnly };
    const scopes = [...new Set([...scopesForRequest(request.method, request.url, scopeOptions), ...(appOnly ? [] : options.scopes ?? [])])];
    const settings = readSettings();
    const res = await sendGraphRequest(
      { method: request.method.toUpperCase(), url: request.url, headers: { ...request.headers }, ...(request.body !== undefined ? { body: request.body } : {}) },
      {
        transport: this.transport, tokenSource: this.noting(source), scopes,
        graphEndpoint: env.graphEndpoint, cloudGraphHost: env.cloud.graphHost,
        retry: { maxRetries: settings.maxRetries, maxTotalWaitMs: 120_000 },
        timeoutMs: settings.requestTimeoutSeconds * 1000,
        signal: options.signal, onProgress: options.onProgress,
      },
    );
    const out: GraphCallResult = {
      status: res.status, statusText: res.statusText, headers: res.headers, bodyBytes: res.bodyBytes,
      durationMs: res.durationMs, url: res.url, retries: res.retries,
    };
    if (res.body !== undefined) out.body = res.body;
    if (res.bodyFile) out.bodyFile = res.bodyFile;
    if (res.requestId) out.requestId = res.requestId;
    return out;
  }

  /** A token obtained while sending tells the session who is signed in (e.g. after a prompt). */
  private noting(source: TokenSource): TokenSource {
    return {
      getToken: async (scopes, signal) => {
        const token = await source.getToken(scopes, signal);
        if (token.account) this.session.setAccount(token.account);
        return token;
      },
    };
  }
}
