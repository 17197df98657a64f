import type { AccessToken, TokenSource } from './tokenSource';
import { l10n } from '../text/l10n';

/**
 * For background sends (the tree): MSAL's silent path only. Where MSAL would fall back to a device-code
 * prompt, the callback stops it before anything is shown; a forced refresh (after a 401) that fails keeps
 * the token the send already had, so the caller sees Graph's own 401 rather than a prompt it did not ask for.
 * Pure (no `vscode`): `create` builds the real MsalTokenSource, tests pass a fake.
 */
export function silentOnly(create: (deviceCodeCallback: () => void) => TokenSource): TokenSource {
  let last: AccessToken | undefined;
  return {
    async getToken(scopes, signal, options) {
      const stop = new AbortController();
      const source = create(() => stop.abort());
      try {
        last = await source.getToken(scopes, signal ? AbortSignal.any([signal, stop.signal]) : stop.signal, options);
        return last;
      } catch (error) {
        if (!stop.signal.aborted || signal?.aborted) throw error;
        if (options?.forceRefresh && last) return last;
        throw Object.assign(new Error(l10n.t('Sign-in required: run "Graph Connector Groups: Sign In…".')), { errorCode: 'login_required' });
      }
    },
  };
}
