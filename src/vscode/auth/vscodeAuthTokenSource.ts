import { vscode } from '../api';
import type { AccessToken, TokenSource } from '../../core/auth/tokenSource';

/**
 * `authProvider: "vscode"`: VS Code's built-in Microsoft sign-in (Global cloud only). VS Code keeps the tokens;
 * `VSCODE_CLIENT_ID:` / `VSCODE_TENANT:` scopes make it use our client id and tenant.
 */
export function vscodeAuthTokenSource(clientId: string, tenant: string, createIfNone: boolean): TokenSource {
  return {
    async getToken(scopes: string[]): Promise<AccessToken> {
      const all = [...scopes.filter(s => s !== 'offline_access'), `VSCODE_CLIENT_ID:${clientId}`, `VSCODE_TENANT:${tenant}`];
      const session = await vscode.authentication.getSession('microsoft', all, createIfNone ? { createIfNone: true } : { silent: true });
      if (!session) throw Object.assign(new Error(vscode.l10n.t('Not signed in with VS Code\'s Microsoft account.')), { errorCode: 'login_required' });
      return { accessToken: session.accessToken, account: { homeAccountId: session.account.id, username: session.account.label, tenantId: tenant } };
    },
  };
}
