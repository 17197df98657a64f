import { vscode } from '../api';
import { aadTargetAllowed, aadTokenRefusal, AadTokenVariables, parseAadExpression, type AadSignInFacts } from '../../core/send/aadTokens';
import type { KnownSecrets } from '../../core/send/knownSecrets';
import type { AadTokenSupply } from '../../core/send/prepareSend';
import { mayCarryToken, resolveTargetUrl } from '../../core/send/origin';
import type { AccountControl } from '../session/accounts';
import type { ActiveEnvironment } from '../../core/auth/activeEnvironment';
import type { AccountSummary } from '../../core/auth/tokenSource';
import { isAppOnlyAccount } from '../../core/auth/signInMethods';

type Accounts = Pick<AccountControl, 'environment' | 'current'>;

/** What the extension's sign-in is, as the refusals of `{{$aadToken}}` options it cannot serve read it. */
function signInFacts(env: ActiveEnvironment, account: AccountSummary | undefined): AadSignInFacts {
  const domain = account?.username.includes('@') ? account.username.split('@').pop() : undefined;
  return {
    graphHost: env.cloud.graphHost,
    appOnly: isAppOnlyAccount(account),
    tenant: account?.tenantId ?? env.tenant,
    tenantNames: [env.tenant, ...(domain ? [domain] : [])],
    clientId: env.clientId,
    cloud: env.kind === 'sandbox' ? 'Global' : env.cloud.id,
  };
}

function refusal(expression: string, why: string): Error {
  return new Error(vscode.l10n.t('Not sent: {0}: {1} (In the editor this token is the extension\'s own sign-in.)', `{{${expression}}}`, why));
}

/**
 * In the editor, `Authorization: Bearer {{$aadV2Token ...}}` on a Graph request stands for the extension's own
 * sign-in. Before it is sent, what the expression asks for is held against that sign-in: another tenant, app,
 * cloud, or an app-only token from a user's sign-in is refused with a message, never sent as the wrong token;
 * and a Graph token goes only to Graph (REST Client would send it wherever the request goes).
 */
export async function checkOwnSignIn(expressions: string[], url: string, accounts: Accounts): Promise<void> {
  if (!expressions.length) return;
  const env = await accounts.environment();
  const target = resolveTargetUrl(url, env.graphEndpoint, env.cloud.graphHost);
  if (!target.ok || !mayCarryToken(target.url, env.graphEndpoint)) {
    const origin = target.ok && URL.canParse(target.url) ? new URL(target.url).origin : url;
    throw new Error(vscode.l10n.t('Not sent: {0} carries a Graph token ({1}), and such a token goes only to Microsoft Graph.', origin, `{{${expressions[0]}}}`));
  }
  const facts = signInFacts(env, await accounts.current().catch(() => undefined));
  for (const expression of expressions) {
    const why = aadTokenRefusal(parseAadExpression(expression, url, env.cloud.graphHost), expression.startsWith('$aadV2Token'), facts);
    if (why) throw refusal(expression, why);
  }
}

export interface AadTokenDeps {
  accounts: Accounts & Pick<AccountControl, 'aadTokenSource'>;
  /** The session's known secrets: each token is added, allowed only at its audience's origin (the send guard and redaction read it). */
  secrets: KnownSecrets;
}

/**
 * `{{$aadToken}}` / `{{$aadV2Token}}` that need a token of their own, as REST Client reads their options: from the
 * extension's MSAL account, for the `scopes:` named (MSAL asks for consent when they are new to it), `new` skipping
 * its cache, `appOnly` from the app-only sign-in, `aud:` another API (`<aud>/.default`). Before anything is asked,
 * each is held to where it would go: a request whose URL origin is not the token's audience is refused, whether the
 * token sits in a header, the URL or the body.
 */
export async function editorAadTokens(expressions: string[], url: string, deps: AadTokenDeps, forceRefresh = false): Promise<AadTokenVariables> {
  const env = await deps.accounts.environment();
  const graphHost = env.cloud.graphHost;
  const target = resolveTargetUrl(url, env.graphEndpoint, graphHost);
  const origin = target.ok && URL.canParse(target.url) ? new URL(target.url).origin : url;
  for (const expression of expressions) {
    let wanted;
    try { wanted = parseAadExpression(expression, url, graphHost); } catch (error) { throw new Error(`${vscode.l10n.t('Not sent:')} ${(error as Error).message}`); }
    if (aadTargetAllowed(wanted.audience, url, graphHost, env.graphEndpoint)) continue;
    if (wanted.audience === new URL(graphHost).origin) {
      throw new Error(vscode.l10n.t('Not sent: {0} carries a Graph token ({1}), and such a token goes only to Microsoft Graph.', origin, `{{${expression}}}`));
    }
    throw new Error(vscode.l10n.t('Not sent: {0} carries a token for {1} ({2}), and such a token goes only to {1}.', origin, wanted.audience, `{{${expression}}}`));
  }
  const facts = signInFacts(env, await deps.accounts.current().catch(() => undefined));
  for (const expression of expressions) {
    const why = aadTokenRefusal(parseAadExpression(expression, url, graphHost), expression.startsWith('$aadV2Token'), facts);
    if (why) throw refusal(expression, why);
  }
  const { source } = await deps.accounts.aadTokenSource();
  const tokens = new AadTokenVariables({ ...facts, tokenSource: source, graphHost, graphEndpoint: env.graphEndpoint, graphOnly: false });
  await tokens.prefetch(expressions, url, undefined, forceRefresh);
  for (const token of tokens.tokens()) {
    deps.secrets.add(token);
    deps.secrets.allowAt(token, tokens.allowedOrigins(token));
  }
  return tokens;
}

/**
 * The editor's tokens as the core's build step (prepareSend) asks for them: got from the sign-in (editorAadTokens)
 * only once the build has found which ones the request needs. `forceRefresh`: all of them fresh (after a 401).
 */
export function editorAadTokenSupply(deps: AadTokenDeps, forceRefresh = false): AadTokenSupply {
  let tokens: AadTokenVariables | undefined;
  return {
    async prefetch(expressions, url) { tokens = await editorAadTokens(expressions, url, deps, forceRefresh); },
    get: expression => tokens?.get(expression),
    checkTarget: (text, url) => tokens?.checkTarget(text, url),
  };
}
