import { vscode } from '../api';
import type { Session, SessionInfo } from '../services';
import { COMMAND } from '../../core/commands';

/** Account, tenant and environment at a glance; a click opens the account/environment quick pick. */
export function createSessionStatusBar(session: Session): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('graphConnectorGroups.session', vscode.StatusBarAlignment.Left, 50);
  item.name = vscode.l10n.t('Graph Connector Groups: account');
  item.command = COMMAND.switchAccount;
  const render = (info: SessionInfo) => {
    const where = info.environment === 'sandbox' ? vscode.l10n.t('Sandbox') : info.cloudLabel;
    if (info.account) {
      item.text = `$(account) ${info.account.username} · ${where}`;
      item.tooltip = vscode.l10n.t('Graph: signed in as {0}\nTenant: {1}\nEnvironment: {2}\nClick to switch account or environment.', info.account.username,
        info.account.tenantId ?? vscode.l10n.t('unknown'), info.environment === 'sandbox' ? vscode.l10n.t('sandbox tenant (local emulator)') : vscode.l10n.t('cloud ({0})', info.cloudLabel));
    } else {
      item.text = `$(sign-in) ${vscode.l10n.t('Graph: sign in · {0}', where)}`;
      item.tooltip = info.environment === 'sandbox'
        ? vscode.l10n.t('Next: click to sign in to the sandbox tenant (it approves the device code itself).')
        : vscode.l10n.t('Next: click to sign in to your tenant ({0}), or pick the sandbox tenant to try everything locally.', info.cloudLabel);
    }
    item.show();
  };
  render(session.current());
  return vscode.Disposable.from(item, session.onDidChange(render));
}
