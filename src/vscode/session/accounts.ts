import { vscode } from '../api';
import { scopesForRequest } from '../../core/auth/scopes';
import type { AccountSummary, TokenSource } from '../../core/auth/tokenSource';
import { mayCarryToken, resolveTargetUrl } from '../../core/send/origin';
import type { AuthManager, InteractiveMethod } from '../auth/authManager';
import type { SignInSettingsConsent } from '../auth/signInSettingsConsent';
import { requireTrust } from '../auth/trust';
import { vscodeAuthTokenSource } from '../auth/vscodeAuthTokenSource';
import type { GraphCallRequest } from '../services';
import type { EnvironmentManager } from './environments';
import type { SessionState } from './sessionState';
import type { ActiveEnvironment } from '../../core/auth/activeEnvironment';
import type { Sandbox } from '../../sandbox/server';
import { isAppOnlyKind } from '../../core/auth/signInMethods';

export type SignInRequest = InteractiveMethod | { kind: 'vscode' };

/** Sign-in, accounts and environment, for commands (sign in/out, switch account) and the host tests' API. */
export interface AccountControl {
  environment(): Promise<ActiveEnvironment>;
  signIn(method: SignInRequest, extraScopes?: string[], signal?: AbortSignal): Promise<AccountSummary>;
  signOut(homeAccountId?: string): Promise<void>;
  accounts(): Promise<AccountSummary[]>;
  current(): Promise<AccountSummary | undefined>;
  select(homeAccountId: string): Promise<void>;
  /**
   * Only for an explicit "include token" export: the token and the absolute URL the request really goes to
   * (`beta/me` and `graph.microsoft.com/beta/me` resolved), when that is the Graph endpoint over https (or
   * the local sandbox). Undefined for anything else.
   */
  tokenFor(request: GraphCallRequest): Promise<{ accessToken: string; url: string } | undefined>;
  /**
   * For `{{$aadToken}}` / `{{$aadV2Token}}` in a send the user asked for: the selected account's token source (the
   * app's for an app-only sign-in), which may prompt (device code) for a scope not consented yet. Never logged.
   */
  aadTokenSource(): Promise<{ source: TokenSource; appOnly: boolean }>;
  /** The emulator if it is running; never starts it. */
  runningSandbox(): Sandbox | undefined;
}

/** AccountControl over the environment and the auth manager; keeps SessionState (status bar, context key) current. */
export class Accounts implements AccountControl {
  constructor(
    private readonly environments: EnvironmentManager,
    private readonly auth: AuthManager,
    private readonly session: SessionState,
    private readonly signInSettings: SignInSettingsConsent,
  ) {}

  environment() {
    return this.environments.resolve();
  }

  async signIn(method: SignInRequest, extraScopes: string[] = [], signal?: AbortSignal): Promise<AccountSummary> {
    requireTrust(vscode.l10n.t('Signing in'));
    const env = await this.environments.resolve();
    await this.signInSettings.confirm(env);
    const host = env.cloud.graphHost;
    let account: AccountSummary;
    if (method.kind === 'vscode') {
      if (env.kind !== 'cloud' || env.cloud.id !== 'Global') throw new Error(vscode.l10n.t('VS Code\'s Microsoft sign-in works only for the Global cloud. Set graphConnectorGroups.authProvider to "msal" for other clouds and the sandbox.'));
      const token = await vscodeAuthTokenSource(env.clientId, env.tenant, true).getToken([`${host}/User.Read`, ...extraScopes]);
      account = token.account!;
    } else {
      const scopes = isAppOnlyKind(method.kind) ? [`${host}/.default`] : [`${host}/User.Read`, 'offline_access', ...extraScopes];
      account = await this.auth.signIn(env, method, scopes, signal);
    }
    this.session.setAccount(account);
    return account;
  }

  async signOut(homeAccountId?: string): Promise<void> {
    const env = await this.environments.resolve();
    await this.auth.signOut(env, homeAccountId);
    this.session.setAccount(await this.auth.current(env));
  }

  async accounts(): Promise<AccountSummary[]> {
    return this.auth.accounts(await this.environments.resolve());
  }

  async current(): Promise<AccountSummary | undefined> {
    const account = await this.auth.current(await this.environments.resolve());
    this.session.setAccount(account);
    return account;
  }

  async select(homeAccountId: string): Promise<void> {
    const env = await this.environments.resolve();
    await this.auth.select(env, homeAccountId);
    this.session.setAccount(await this.auth.current(env));
  }

  async tokenFor(request: GraphCallRequest): Promise<{ accessToken: string; url: string } | undefined> {
    requireTrust(vscode.l10n.t('Exporting a token'));
    const env = await this.environments.resolve();
    const target = resolveTargetUrl(request.url, env.graphEndpoint, env.cloud.graphHost);
    if (!target.ok || !mayCarryToken(target.url, env.graphEndpoint)) return undefined;
    // A pasted command runs as written: never a token over plain http, except to the local sandbox it belongs to.
    if (new URL(target.url).protocol !== 'https:' && env.kind !== 'sandbox') return undefined;
    const { source, appOnly } = await this.auth.tokenSource(env);
    const scopes = scopesForRequest(request.method, request.url, { graphHost: env.cloud.graphHost, graphEndpoint: env.graphEndpoint, appOnly });
    return { accessToken: (await source.getToken(scopes)).accessToken, url: target.url };
  }

  async aadTokenSource(): Promise<{ source: TokenSource; appOnly: boolean }> {
    requireTrust(vscode.l10n.t('Sending requests'));
    const env = await this.environments.resolve();
    await this.signInSettings.confirm(env);
    const { source, appOnly } = await this.auth.tokenSource(env, true);
    return {
      appOnly,
      source: {
        getToken: async (scopes, signal, options) => {
          const token = await source.getToken(scopes, signal, options);
          if (token.account) this.session.setAccount(token.account);
          return token;
        },
      },
    };
  }

  runningSandbox() {
    return this.environments.runningSandbox();
  }
}
