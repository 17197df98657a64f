import { vscode } from '../api';
import type { AccountControl } from '../session/accounts';
import type { Command } from './commandManager';
import { COMMAND } from '../../core/commands';

type Item = vscode.QuickPickItem & { run?: () => Thenable<unknown> };

/** The status bar's quick pick: the cached accounts of this environment, plus sign in / environment / sign out. */
export class SwitchAccountCommand implements Command {
  readonly id = COMMAND.switchAccount;

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
      { label: `$(sign-in) ${vscode.l10n.t('Sign in with another account…')}`, run: () => vscode.commands.executeCommand(COMMAND.signIn) },
      { label: `$(globe) ${vscode.l10n.t('Select environment…')}`, description: env.kind === 'sandbox' ? vscode.l10n.t('now: sandbox tenant') : vscode.l10n.t('now: {0}', env.cloud.label), run: () => vscode.commands.executeCommand(COMMAND.selectEnvironment) },
    );
    if (current) items.push({ label: `$(sign-out) ${vscode.l10n.t('Sign out…')}`, run: () => vscode.commands.executeCommand(COMMAND.signOut) });
    const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Graph account'), placeHolder: current ? vscode.l10n.t('Signed in as {0}', current.username) : vscode.l10n.t('Not signed in') });
    await picked?.run?.();
  }
}
