import { redactSecrets } from '../net/redact';
import { l10n } from '../text/l10n';

/** The fields MSAL's AuthError (and subclasses) carry; matched structurally so this file needs no MSAL import. */
export interface AuthErrorLike { errorCode: string; errorMessage?: string; subError?: string; name?: string; message?: string }

export function isAuthErrorLike(v: unknown): v is AuthErrorLike {
  return typeof v === 'object' && v !== null && typeof (v as { errorCode?: unknown }).errorCode === 'string';
}

const signInAgain = () => l10n.t('Sign in again (Graph: Sign In).');

/**
 * AADSTS codes seen when signing in to Graph, with what the user can do about them (a function, so the texts are
 * read through the translator activation installs, not at module load).
 */
const AADSTS = (): Array<[RegExp, string]> => [
  [/AADSTS65001|AADSTS65004|consent_required/i, l10n.t('The app has no consent for these permissions. Consent when prompted, or ask an admin to grant consent.')],
  [/AADSTS700082|AADSTS70008|AADSTS50173/i, l10n.t('The saved sign-in has expired. {0}', signInAgain())],
  [/AADSTS50076|AADSTS50079|AADSTS50158/i, l10n.t('The tenant requires multi-factor or a stronger sign-in. {0}', signInAgain())],
  [/AADSTS7000215|AADSTS7000222/i, l10n.t('The client secret is wrong or expired. Create a new secret for the app registration.')],
  [/AADSTS700016/i, l10n.t('The client id is not registered in this tenant (or cloud). Check the client id, tenant and cloud.')],
  [/AADSTS90002|AADSTS900023/i, l10n.t('The tenant was not found. Check the tenant id or domain, and the cloud.')],
  [/AADSTS70011|AADSTS650053/i, l10n.t('A requested scope is not valid for this app or resource.')],
  [/AADSTS50020|AADSTS50177/i, l10n.t('This account cannot sign in to that tenant. Pick another account or tenant.')],
  [/AADSTS70016|authorization_pending/i, l10n.t('Waiting for the device code to be entered.')],
];

export function describeAuthError(err: AuthErrorLike): { message: string; hint?: string; code: string } {
  const raw = redactSecrets(`${err.errorMessage || err.message || err.errorCode}`);
  const code = err.errorCode;
  const message = l10n.t('Sign-in failed: {0}', firstLine(raw) || code);
  const hay = `${code} ${err.subError ?? ''} ${raw}`;
  for (const [re, hint] of AADSTS()) if (re.test(hay)) return { message, hint, code };
  switch (code) {
    case 'interaction_required': case 'login_required': case 'no_tokens_found': case 'no_account_found': case 'invalid_grant': case 'bad_token':
      return { message: l10n.t('You need to sign in again.'), hint: signInAgain(), code };
    case 'device_code_expired':
      return { message: l10n.t('The device code expired before it was entered.'), hint: l10n.t('Start sign-in again and enter the code within 15 minutes.'), code };
    case 'device_code_polling_cancelled': case 'user_cancelled':
      return { message: l10n.t('Sign-in was cancelled.'), code };
    case 'authority_uri_insecure':
      return { message: l10n.t('The sign-in authority must use https.'), hint: l10n.t('Check the cloud/authority setting.'), code };
    case 'endpoints_resolution_error': case 'openid_config_error': case 'untrusted_authority':
      return { message: l10n.t('Could not reach the sign-in service: {0}', firstLine(raw)), hint: l10n.t('Check the network, the tenant and the cloud.'), code };
    case 'invalid_client_credential': case 'invalid_client':
      return { message, hint: l10n.t('Check the client secret or certificate.'), code };
    default:
      return { message, code };
  }
}

function firstLine(s: string): string {
  return s.split(/\r?\n/)[0].replace(/\s*Trace ID:.*$/i, '').trim();
}
