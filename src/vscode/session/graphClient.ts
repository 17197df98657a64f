import { vscode } from '../api';
import type { TokenSource } from '../../core/auth/tokenSource';
import { createGraphClient, type GraphClient as CoreGraphClient } from '../../core/send/graphClient';
import type { HttpTransport } from '../../core/net/transport';
import { secretGuardTransport, type KnownSecrets } from '../../core/send/knownSecrets';
import type { AuthManager } from '../auth/authManager';
import type { SignInSettingsConsent } from '../auth/signInSettingsConsent';
import { requireTrust } from '../auth/trust';
import type { GraphCallOptions, GraphCallRequest, GraphCallResult, GraphClient } from '../services';
import type { ActiveEnvironment } from '../../core/auth/activeEnvironment';
import type { EnvironmentManager } from './environments';
import type { SessionState } from './sessionState';
import { readSettings } from './settings';

/**
 * The one way requests leave the editor: the core's Graph client (the CLI's too), bound once per environment
 * (endpoint, cloud, app-only or not, retry and timeout settings) and built again only when one of them changes;
 * each send takes the account's current sign-in. It asks for the operation's least-privileged scopes, attaches
 * the token only for the Graph endpoint's origin, and applies the retry and timeout settings.
 */
export class SessionGraphClient implements GraphClient {
  private bound: { key: string; client: CoreGraphClient } | undefined;

  constructor(
    private readonly environments: EnvironmentManager,
    private readonly auth: AuthManager,
    private readonly session: SessionState,
    private readonly transport: HttpTransport,
    private readonly signInSettings: SignInSettingsConsent,
    /** `{{$aadToken}}` tokens: a request carrying one anywhere but its audience (or Graph) is refused, on every hop. */
    private readonly aadSecrets?: KnownSecrets,
  ) {}

  async send(request: GraphCallRequest, options: GraphCallOptions = {}): Promise<GraphCallResult> {
    requireTrust(vscode.l10n.t('Sending requests'));
    const env = await this.environments.resolve();
    // A send the user asked for may sign in (device code): with a workspace's own sign-in settings, only once confirmed.
    if (options.interactive) await this.signInSettings.confirm(env);
    const { source, appOnly } = await this.auth.tokenSource(env, options.interactive === true);
    const client = this.clientFor(env, appOnly);
    const res = await client.send(
      { method: request.method.toUpperCase(), url: request.url, headers: { ...request.headers }, ...(request.body !== undefined ? { body: request.body } : {}) },
      {
        signal: options.signal, onProgress: options.onProgress, scopes: options.scopes, tokenSource: this.noting(source),
        ...(request.settings?.noRedirect ? { followRedirects: false } : {}),
        ...(options.cookies && !request.settings?.noCookieJar ? { cookies: options.cookies } : {}),
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

  /** The client bound to this environment and these settings: the one from before while neither changed. */
  private clientFor(env: ActiveEnvironment, appOnly: boolean): CoreGraphClient {
    const settings = readSettings();
    const key = JSON.stringify([env.kind, env.graphEndpoint, env.cloud.graphHost, appOnly, settings.maxRetries, settings.requestTimeoutSeconds]);
    if (this.bound?.key !== key) {
      this.bound = {
        key,
        client: createGraphClient({
          transport: this.aadSecrets ? secretGuardTransport(this.transport, env.graphEndpoint, this.aadSecrets) : this.transport,
          appOnly, graphEndpoint: env.graphEndpoint, cloudGraphHost: env.cloud.graphHost,
          retry: { maxRetries: settings.maxRetries, maxTotalWaitMs: 120_000 },
          timeoutMs: settings.requestTimeoutSeconds * 1000,
        }),
      };
    }
    return this.bound.client;
  }

  /** A token obtained while sending tells the session who is signed in (e.g. after a prompt). */
  private noting(source: TokenSource): TokenSource {
    return {
      getToken: async (scopes, signal, options) => {
        const token = await source.getToken(scopes, signal, options);
        if (token.account) this.session.setAccount(token.account);
        return token;
      },
    };
  }
}
