import type { MsalSettings } from './msalConfig';
import type { SignInMethod } from './msalTokenSource';
import type { TokenSource } from './tokenSource';

/**
 * An MsalTokenSource that loads @azure/msal-node on the first token asked for, not at start-up: the CLI's
 * `validate`, and `send` with GRAPH_ACCESS_TOKEN, never need it (msal-node is about a third of the CLI's
 * start-up). The bundle keeps msal-node in its own file (scripts/bundle.mjs, LAZY_VENDORS).
 */
export function lazyMsalTokenSource(settings: MsalSettings, method: SignInMethod): TokenSource {
  let source: Promise<TokenSource> | undefined;
  const load = () => (source ??= import('./msalTokenSource').then(m => new m.MsalTokenSource(settings, method)));
  return { getToken: async (scopes, signal, options) => (await load()).getToken(scopes, signal, options) };
}
