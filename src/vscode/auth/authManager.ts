import type * as vscode from 'vscode';
import type { MsalSettings } from '../../core/auth/msalConfig';
import type { DeviceCodeCallback, MsalTokenSource, SignInMethod } from '../../core/auth/msalTokenSource';
import type { SecretStore } from '../../core/auth/secretStore';
import type { AccountSummary, TokenSource } from '../../core/auth/tokenSource';
import type { Logger } from '../../core/net/logger';
import type { HttpTransport } from '../../core/net/transport';
import type { ActiveEnvironment } from '../../core/auth/activeEnvironment';
import { readCertificatePem } from '../../core/auth/certificatePem';
import { msalCacheKey } from '../../core/auth/cachePlugin';
import { msalSettingsFor } from './msalSettings';
import { silentOnly } from '../../core/auth/silentOnly';
import { vscodeAuthTokenSource } from './vscodeAuthTokenSource';
import { l10n } from '../../core/text/l10n';
import { appOnlyAccount as appAccount, isAppOnlyMethod } from '../../core/auth/signInMethods';

export type InteractiveMethod =
  | { kind: 'deviceCode'; onCode: DeviceCodeCallback }
  | { kind: 'browser'; openBrowser: (url: string) => Promise<void> }
  | { kind: 'clientSecret'; clientId: string; tenant: string; clientSecret: string }
  | { kind: 'clientCertificate'; clientId: string; tenant: string; certificatePem: string };

/** An app-only credential as kept in SecretStorage: a bare string is a client secret (as stored before certificates). */
type StoredAppCredential = { kind: 'secret'; clientSecret: string } | { kind: 'certificate'; certificatePem: string };

/** App-only sign-in facts kept in globalState; the secret itself only in SecretStorage. */
interface AppOnlyRecord { clientId: string; tenant: string }

const SELECTED_KEY = 'graphConnectorGroups.selectedAccounts';
const APP_ONLY_KEY = 'graphConnectorGroups.appOnly';

/**
 * Accounts per environment (client id + authority): which one is selected, app-only or delegated, and a
 * TokenSource for sending. All token work is the core's MsalTokenSource; this class only remembers choices.
 */
export class AuthManager {
  constructor(
    private readonly secrets: SecretStore,
    private readonly state: vscode.Memento,
    private readonly logger: Logger,
    /** Shown when a send needs a fresh sign-in (no account yet, or the refresh token expired). */
    private readonly promptDeviceCode: DeviceCodeCallback,
    /** MSAL's requests go through it, as Graph requests do (VS Code's proxy settings apply to both). */
    private readonly transport?: HttpTransport,
  ) {}

  /**
   * The TokenSource a send uses: silent for the selected account; when a prompt is unavoidable, device code
   * if `interactive`, else no prompt at all (see silentOnly).
   */
  async tokenSource(env: ActiveEnvironment, interactive = false): Promise<{ source: TokenSource; appOnly: boolean }> {
    if (usesVsCodeAuth(env)) {
      return { source: vscodeAuthTokenSource(env.clientId, env.tenant, interactive), appOnly: false };
    }
    const app = await this.appOnly(env);
    if (app) return { source: app, appOnly: true };
    if (!interactive) return { source: silentOnly(callback => deferred(() => this.msalFor(env, callback))), appOnly: false };
    return { source: this.remembering(env, await this.msalFor(env, this.promptDeviceCode)), appOnly: false };
  }

  /** msal-node is loaded on the first token request, not at activation (it is most of the bundle's start-up cost). */
  private async create(settings: MsalSettings, method: SignInMethod): Promise<MsalTokenSource> {
    const { MsalTokenSource } = await import('../../core/auth/msalTokenSource');
    return new MsalTokenSource({ transport: this.transport, ...settings }, method);
  }

  private async msalFor(env: ActiveEnvironment, deviceCodeCallback: DeviceCodeCallback): Promise<MsalTokenSource> {
    const msal = await this.create(msalSettingsFor(env, this.secrets, this.logger), { kind: 'deviceCode', deviceCodeCallback });
    msal.selectAccount(this.selectedId(env));
    return msal;
  }

  async signIn(env: ActiveEnvironment, method: InteractiveMethod, scopes: string[], signal?: AbortSignal): Promise<AccountSummary> {
    if (isAppOnlyMethod(method)) {
      const stored: StoredAppCredential = method.kind === 'clientSecret'
        ? { kind: 'secret', clientSecret: method.clientSecret }
        : { kind: 'certificate', certificatePem: method.certificatePem };
      const msal = await this.appSource(env, method.clientId, method.tenant, stored);
      const token = await msal.getToken(scopes, signal);
      await this.secrets.store(secretKey(env, method.clientId), stored.kind === 'secret' ? stored.clientSecret : JSON.stringify(stored));
      await this.update(APP_ONLY_KEY, env, { clientId: method.clientId, tenant: method.tenant });
      return token.account ?? appAccount(method.clientId, method.tenant);
    }
    const coreMethod: SignInMethod = method.kind === 'deviceCode'
      ? { kind: 'deviceCode', deviceCodeCallback: method.onCode }
      : { kind: 'interactive', openBrowser: method.openBrowser };
    const msal = await this.create(msalSettingsFor(env, this.secrets, this.logger), coreMethod);
    const token = await msal.signIn(scopes, signal);
    if (!token.account) throw new Error(l10n.t('Sign-in returned no account.'));
    await this.update(APP_ONLY_KEY, env, undefined);
    await this.update(SELECTED_KEY, env, token.account.homeAccountId);
    return token.account;
  }

  async accounts(env: ActiveEnvironment): Promise<AccountSummary[]> {
    const settings = msalSettingsFor(env, this.secrets, this.logger);
    // No saved token cache, no account: msal-node is not loaded to say so (the status bar asks at every activation).
    if (!await this.secrets.get(msalCacheKey(settings))) return [];
    const msal = await this.create(settings, { kind: 'deviceCode', deviceCodeCallback: () => undefined });
    return msal.listAccounts();
  }

  /** The account requests go out as: the app (app-only), the selected user, or the only cached one. */
  async current(env: ActiveEnvironment): Promise<AccountSummary | undefined> {
    if (usesVsCodeAuth(env)) {
      return (await vscodeAuthTokenSource(env.clientId, env.tenant, false).getToken([`${env.cloud.graphHost}/User.Read`]).catch(() => undefined))?.account;
    }
    const app = this.record<AppOnlyRecord>(APP_ONLY_KEY, env);
    if (app && await this.secrets.get(secretKey(env, app.clientId))) return appAccount(app.clientId, app.tenant);
    const all = await this.accounts(env);
    const id = this.selectedId(env);
    return id ? all.find(a => a.homeAccountId === id) : all.length === 1 ? all[0] : undefined;
  }

  async select(env: ActiveEnvironment, homeAccountId: string): Promise<void> {
    await this.update(APP_ONLY_KEY, env, undefined);
    await this.update(SELECTED_KEY, env, homeAccountId);
  }

  /** Removes the account's tokens from SecretStorage (or the app's secret); undefined signs everyone out. */
  async signOut(env: ActiveEnvironment, homeAccountId?: string): Promise<void> {
    if (usesVsCodeAuth(env)) throw new Error(l10n.t('You are signed in through VS Code\'s Microsoft account: sign out from the Accounts menu (bottom left), or set graphConnectorGroups.authProvider to "msal".'));
    const app = this.record<AppOnlyRecord>(APP_ONLY_KEY, env);
    if (app && (homeAccountId === undefined || homeAccountId === appAccount(app.clientId, app.tenant).homeAccountId)) {
      await this.secrets.delete(secretKey(env, app.clientId));
      await this.update(APP_ONLY_KEY, env, undefined);
      if (homeAccountId !== undefined) return;
    }
    const msal = await this.create(msalSettingsFor(env, this.secrets, this.logger), { kind: 'deviceCode', deviceCodeCallback: () => undefined });
    await msal.signOut(homeAccountId);
    if (homeAccountId === undefined || homeAccountId === this.selectedId(env)) await this.update(SELECTED_KEY, env, undefined);
  }

  private async appOnly(env: ActiveEnvironment): Promise<TokenSource | undefined> {
    const app = this.record<AppOnlyRecord>(APP_ONLY_KEY, env);
    const secret = app && await this.secrets.get(secretKey(env, app.clientId));
    if (!app || !secret) return undefined;
    return this.appSource(env, app.clientId, app.tenant, parseStoredCredential(secret));
  }

  private async appSource(env: ActiveEnvironment, clientId: string, tenant: string, credential: StoredAppCredential): Promise<MsalTokenSource> {
    const settings = msalSettingsFor(env, this.secrets, this.logger, clientId, tenant);
    if (credential.kind === 'secret') return this.create(settings, { kind: 'clientSecret', clientSecret: credential.clientSecret });
    const certificate = readCertificatePem(credential.certificatePem);
    if ('error' in certificate) throw new Error(certificate.error);
    return this.create(settings, { kind: 'clientCertificate', ...certificate });
  }

  /** A prompt during a send may sign in a new account: remember it as the selected one. */
  private remembering(env: ActiveEnvironment, msal: MsalTokenSource): TokenSource {
    return {
      getToken: async (scopes, signal, options) => {
        const token = await msal.getToken(scopes, signal, options);
        if (token.account && token.account.homeAccountId !== this.selectedId(env)) await this.update(SELECTED_KEY, env, token.account.homeAccountId);
        return token;
      },
    };
  }

  private selectedId(env: ActiveEnvironment): string | undefined {
    return this.record<string>(SELECTED_KEY, env);
  }

  private record<T>(key: string, env: ActiveEnvironment): T | undefined {
    const all = this.state.get<Record<string, T>>(key) ?? {};
    return typeof all === 'object' ? all[envKey(env)] : undefined;
  }

  private async update(key: string, env: ActiveEnvironment, value: unknown): Promise<void> {
    const all = { ...(this.state.get<Record<string, unknown>>(key) ?? {}) };
    if (value === undefined) delete all[envKey(env)]; else all[envKey(env)] = value;
    await this.state.update(key, all);
  }
}

/** A TokenSource whose real source is built on first use. */
function deferred(make: () => Promise<TokenSource>): TokenSource {
  return { getToken: async (scopes, signal, options) => (await make()).getToken(scopes, signal, options) };
}

/** `authProvider: "vscode"` applies to the Global cloud only; other clouds and the sandbox always use MSAL. */
function usesVsCodeAuth(env: ActiveEnvironment): boolean {
  return env.kind === 'cloud' && env.cloud.id === 'Global' && env.authProvider === 'vscode';
}

function envKey(env: ActiveEnvironment): string {
  return `${env.kind}:${env.clientId}:${env.authority.toLowerCase()}`;
}

function secretKey(env: ActiveEnvironment, clientId: string): string {
  return `client-secret:${clientId}:${env.authority.toLowerCase()}`;
}

function parseStoredCredential(stored: string): StoredAppCredential {
  if (stored.startsWith('{')) {
    try {
      const parsed = JSON.parse(stored) as StoredAppCredential;
      if (parsed.kind === 'certificate' && typeof parsed.certificatePem === 'string') return parsed;
    } catch { /* a secret that happens to start with '{' */ }
  }
  return { kind: 'secret', clientSecret: stored };
}
