import { vscode } from '../api';
import { aadTokenRefusal, parseAadExpression } from '../../core/send/aadTokens';
import { mayCarryToken, resolveTargetUrl } from '../../core/send/origin';
import type { AccountControl } from '../session/accountControl';

/**
 * In the editor, `Authorization: Bearer {{$aadV2Token ...}}` on a Graph request stands for the extension's own
 * sign-in. Before it is sent, what the expression asks for is held against that sign-in: another tenant, app,
 * cloud, or an app-only token from a user's sign-in is refused with a message, never sent as the wrong token;
 * and a Graph token goes only to Graph (REST Client would send it wherever the request goes).
 */
export async function checkOwnSignIn(expressions: string[], url: string, accounts: Pick<AccountControl, 'environment' | 'current'>): Promise<void> {
  if (!expressions.length) return;
  const env = await accounts.environment();
  const target = resolveTargetUrl(url, env.graphEndpoint, env.cloud.graphHost);
  if (!target.ok || !mayCarryToken(target.url, env.graphEndpoint)) {
    const origin = target.ok && URL.canParse(target.url) ? new URL(target.url).origin : url;
    throw new Error(vscode.l10n.t('Not sent: {0} carries a Graph token ({1}), and such a token goes only to Microsoft Graph.', origin, `{{${expressions[0]}}}`));
  }
  const account = await accounts.current().catch(() => undefined);
  const domain = account?.username.includes('@') ? account.username.split('@').pop() : undefined;
  for (const expression of expressions) {
    const wanted = parseAadExpression(expression, url, env.cloud.graphHost);
    const why = aadTokenRefusal(wanted, expression.startsWith('$aadV2Token'), {
      graphHost: env.cloud.graphHost,
      appOnly: account?.homeAccountId.startsWith('app:') === true,
      tenant: account?.tenantId ?? env.tenant,
      tenantNames: [env.tenant, ...(domain ? [domain] : [])],
      clientId: env.clientId,
      cloud: env.kind === 'sandbox' ? 'Global' : env.cloud.id,
    });
    if (why) throw new Error(vscode.l10n.t('Not sent: {0}: {1} (In the editor this token is the extension\'s own sign-in.)', `{{${expression}}}`, why));
  }
}
