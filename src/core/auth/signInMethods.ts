import type { AccountSummary } from './tokenSource';

/**
 * The ways to sign in, by name (the sign-in command's choices, the host tests' `method` argument), and the one
 * answer to "is this app-only?": for a method about to be used, and for an account already signed in.
 * MsalTokenSource's SignInMethod carries each one's callbacks or credentials; these are the names alone.
 */
export type SignInMethodId = 'deviceCode' | 'browser' | 'clientSecret' | 'clientCertificate';

type AppOnlyKind = 'clientSecret' | 'clientCertificate';

/** Client credentials (a secret or a certificate): the app acts as itself, with application permissions. */
export function isAppOnlyKind(kind: string): kind is AppOnlyKind {
  return kind === 'clientSecret' || kind === 'clientCertificate';
}

/** The same question of a method with its data, narrowing it to the app-only variants. */
export function isAppOnlyMethod<M extends { kind: string }>(method: M): method is Extract<M, { kind: AppOnlyKind }> {
  return isAppOnlyKind(method.kind);
}

/** App-only accounts are kept with this prefix before the client id (MSAL has no account for them). */
const APP_ACCOUNT_PREFIX = 'app:';

export function appOnlyAccount(clientId: string, tenant: string): AccountSummary {
  return { homeAccountId: `${APP_ACCOUNT_PREFIX}${clientId}`, username: `App ${clientId}`, tenantId: tenant, name: 'App-only' };
}

export function isAppOnlyAccount(account: AccountSummary | undefined): boolean {
  return account?.homeAccountId.startsWith(APP_ACCOUNT_PREFIX) === true;
}
