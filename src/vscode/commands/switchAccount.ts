import { vscode } from '../api';
import type { AccountControl } from '../session/accountControl';
import type { Command } from './commandManager';

type Item = vscode.QuickPickItem & { run?: () => Thenable<unknown> };

/** The status bar's quick pick: the cached accounts of this environment, plus sign in / environment / sign out. */
export class SwitchAccountCommand implements Command {
  readonly id = 'graphConnectorGroups.switchAccount';

  constructor(private readonly accounts: AccountControl) {}

  async execute(homeAccountId?: string): Promise<void> {
    if (typeof homeAccountId === 'string') return this.accounts.select(homeAccountId);
    const env = await this.accounts.environment();
    const current = await this.accounts.current();
    const items: Item[] = (await this.accounts.accounts()).map(a => ({
      label: `${a.homeAccountId === current?.homeAccountId ? '$(check)' : '$(account)'} ${a.username}`,
      description: `tenant ${a.tenantId}`,
      run: () => this.accounts.select(a.homeAccountId),
    }));
    items.push(
      { label: env.cloud.label, kind: vscode.QuickPickItemKind.Separator },
      { label: '$(sign-in) Sign in with another account…', run: () => vscode.commands.executeCommand('graphConnectorGroups.signIn') },
      { label: '$(globe) Select environment…', description: env.kind === 'sandbox' ? 'now: sandbox tenant' : `now: ${env.cloud.label}`, run: () => vscode.commands.executeCommand('graphConnectorGroups.selectEnvironment') },
    );
    if (current) items.push({ label: '$(sign-out) Sign out…', run: () => vscode.commands.executeCommand('graphConnectorGroups.signOut') });
    const picked = await vscode.window.showQuickPick(items, { title: 'Graph account', placeHolder: current ? `Signed in as ${current.username}` : 'Not signed in' });
    await picked?.run?.();
  }
}
