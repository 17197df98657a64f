import { ConfidentialClientApplication, PublicClientApplication, type AccountInfo, type AuthenticationResult } from '@azure/msal-node';
import type { AccessToken, AccountSummary, TokenOptions, TokenSource } from './tokenSource';
import { buildMsalConfiguration, type MsalSettings } from './msalConfig';
import { withAbort } from './withAbort';
import { isAppOnlyMethod } from './signInMethods';

/** What the UI shows for device code sign-in (never the device code itself, which is a credential). */
export interface DeviceCodePrompt { userCode: string; verificationUri: string; message: string; expiresInSec: number }

/** Shows a device code; may return what closes the prompt, called once the sign-in has ended (either way). */
export type DeviceCodeCallback = (prompt: DeviceCodePrompt) => void | (() => void);

/** How a user (or app) signs in. The UI layer supplies the callbacks; this code never shows anything. */
export type SignInMethod =
  | { kind: 'deviceCode'; deviceCodeCallback: DeviceCodeCallback }
  | { kind: 'interactive'; openBrowser: (url: string) => Promise<void>; successTemplate?: string; errorTemplate?: string }
  | { kind: 'clientSecret'; clientSecret: string }
  | { kind: 'clientCertificate'; thumbprintSha256: string; privateKey: string; x5c?: string };

const RESIGN_CODES = new Set(['interaction_required', 'login_required', 'consent_required', 'no_tokens_found', 'invalid_grant', 'bad_token', 'refresh_token_expired', 'native_account_unavailable']);

export function toAccountSummary(a: AccountInfo): AccountSummary {
  return { homeAccountId: a.homeAccountId, username: a.username, tenantId: a.tenantId, name: a.name };
}

/**
 * TokenSource over real MSAL: silent first (cache, then refresh token), then the configured sign-in method.
 * Delegated methods keep several accounts; one is "selected" and used for silent calls.
 */
export class MsalTokenSource implements TokenSource {
  private readonly pca?: PublicClientApplication;
  private readonly cca?: ConfidentialClientApplication;
  private readonly built;
  private selected: string | undefined;

  constructor(settings: MsalSettings, private readonly method: SignInMethod) {
    const credentials = method.kind === 'clientSecret' ? { clientSecret: method.clientSecret }
      : method.kind === 'clientCertificate' ? { clientCertificate: { thumbprintSha256: method.thumbprintSha256, privateKey: method.privateKey, x5c: method.x5c } }
        : {};
    this.built = buildMsalConfiguration(settings, credentials);
    if (isAppOnlyMethod(method)) this.cca = new ConfidentialClientApplication(this.built.configuration);
    else this.pca = new PublicClientApplication(this.built.configuration);
  }

  get isAppOnly(): boolean { return this.cca !== undefined; }
  get clientId(): string { return this.built.clientId; }
  get authority(): string { return this.built.authority; }

  async getToken(scopes: string[], signal?: AbortSignal, options: TokenOptions = {}): Promise<AccessToken> {
    const forceRefresh = options.forceRefresh === true;
    if (this.cca) {
      const result = await withAbort(this.cca.acquireTokenByClientCredential({ scopes: appOnlyScopes(scopes), skipCache: forceRefresh }), signal);
      return toAccessToken(result);
    }
    const account = await this.currentAccount();
    if (account) {
      try {
        return toAccessToken(await withAbort(this.pca!.acquireTokenSilent({ account, scopes, forceRefresh }), signal));
      } catch (err) {
        if (!RESIGN_CODES.has((err as { errorCode?: string })?.errorCode ?? '') && (err as Error)?.name !== 'InteractionRequiredAuthError') throw err;
      }
    }
    return this.signIn(scopes, signal);
  }

  /** Always prompts (device code or browser), e.g. for "Sign In" / "Add account"; selects the new account. */
  async signIn(scopes: string[], signal?: AbortSignal): Promise<AccessToken> {
    if (!this.pca) return this.getToken(scopes, signal);
    let result: AuthenticationResult | null;
    if (this.method.kind === 'deviceCode') {
      const callback = this.method.deviceCodeCallback;
      const shown: { close?: () => void } = {};
      const request = {
        scopes, cancel: false,
        deviceCodeCallback: (r: { userCode: string; verificationUri: string; message: string; expiresIn: number }) => {
          shown.close = callback({ userCode: r.userCode, verificationUri: r.verificationUri, message: r.message, expiresInSec: r.expiresIn }) ?? undefined;
        },
      };
      // MSAL polls until `cancel` is set; the abort flips it so the poll loop ends.
      try {
        result = await withAbort(this.pca.acquireTokenByDeviceCode(request), signal, () => { request.cancel = true; });
      } finally {
        shown.close?.();
      }
    } else if (this.method.kind === 'interactive') {
      const { openBrowser, successTemplate, errorTemplate } = this.method;
      result = await withAbort(this.pca.acquireTokenInteractive({ scopes, openBrowser, successTemplate, errorTemplate }), signal);
    } else {
      throw new Error('This sign-in method cannot prompt.');
    }
    if (!result) throw new Error('Sign-in returned no token.');
    if (result.account) this.selected = result.account.homeAccountId;
    return toAccessToken(result);
  }

  async listAccounts(): Promise<AccountSummary[]> {
    if (!this.pca) return [];
    return (await this.pca.getAllAccounts()).map(toAccountSummary);
  }

  /** Picks the account silent calls use; undefined means "the only one, if there is exactly one". */
  selectAccount(homeAccountId: string | undefined): void { this.selected = homeAccountId; }
  get selectedAccountId(): string | undefined { return this.selected; }

  /** Removes one account (or all) from the cache, which removes its refresh token from the SecretStore too. */
  async signOut(homeAccountId?: string): Promise<void> {
    if (this.cca) { await this.built.cachePlugin.clear(); return; }
    const cache = this.pca!.getTokenCache();
    for (const a of await cache.getAllAccounts()) {
      if (homeAccountId === undefined || a.homeAccountId === homeAccountId) await cache.removeAccount(a);
    }
    if (homeAccountId === undefined || homeAccountId === this.selected) this.selected = undefined;
    if ((await cache.getAllAccounts()).length === 0) await this.built.cachePlugin.clear();
  }

  private async currentAccount(): Promise<AccountInfo | undefined> {
    const all = await this.pca!.getAllAccounts();
    if (this.selected) return all.find(a => a.homeAccountId === this.selected);
    return all.length === 1 ? all[0] : undefined;
  }
}

/** Client credentials only take `<resource>/.default`; derive it from the permission scopes asked for. */
export function appOnlyScopes(scopes: string[]): string[] {
  const resources = new Set<string>();
  for (const s of scopes) {
    const m = /^(https?:\/\/[^/]+)\//i.exec(s);
    if (m) resources.add(`${m[1]}/.default`);
  }
  return resources.size ? [...resources] : ['https://graph.microsoft.com/.default'];
}

function toAccessToken(r: AuthenticationResult | null): AccessToken {
  if (!r?.accessToken) throw new Error('Sign-in returned no access token.');
  return { accessToken: r.accessToken, expiresOn: r.expiresOn ?? undefined, account: r.account ? toAccountSummary(r.account) : undefined };
}
