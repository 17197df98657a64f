import { vscode } from '../api';
import type { Session, SessionInfo } from '../services';

/** Account, tenant and environment at a glance; a click opens the account/environment quick pick. */
export function createSessionStatusBar(session: Session): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('graphConnectorGroups.session', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Graph Connector Groups: account';
  item.command = 'graphConnectorGroups.switchAccount';
  const render = (info: SessionInfo) => {
    const where = info.environment === 'sandbox' ? 'Sandbox' : info.cloudLabel;
    if (info.account) {
      item.text = `$(account) ${info.account.username} · ${where}`;
      item.tooltip = `Graph: signed in as ${info.account.username}\nTenant: ${info.account.tenantId ?? 'unknown'}\nEnvironment: ${info.environment === 'sandbox' ? 'sandbox tenant (local emulator)' : `cloud (${info.cloudLabel})`}\nClick to switch account or environment.`;
    } else {
      item.text = `$(sign-in) Graph: sign in · ${where}`;
      item.tooltip = info.environment === 'sandbox'
        ? 'Next: click to sign in to the sandbox tenant (it approves the device code itself).'
        : `Next: click to sign in to your tenant (${info.cloudLabel}), or pick the sandbox tenant to try everything locally.`;
    }
    item.show();
  };
  render(session.current());
  return vscode.Disposable.from(item, session.onDidChange(render));
}
