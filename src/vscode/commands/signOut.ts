import { vscode } from '../api';
import type { AccountControl } from '../session/accounts';
import type { Command } from './commandManager';
import { COMMAND } from '../../core/commands';

/** Removes an account's tokens (or all accounts') from SecretStorage. */
export class SignOutCommand implements Command {
  readonly id = COMMAND.signOut;

  constructor(private readonly accounts: AccountControl) {}

  async execute(homeAccountId?: string): Promise<void> {
    if (typeof homeAccountId === 'string') return this.accounts.signOut(homeAccountId === '*' ? undefined : homeAccountId);
    const current = await this.accounts.current();
    const all = await this.accounts.accounts();
    if (current && !all.some(a => a.homeAccountId === current.homeAccountId)) all.unshift(current);
    if (all.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('You are not signed in.'));
      return;
    }
    let target: string | undefined = all[0].homeAccountId;
    if (all.length > 1) {
      const picked = await vscode.window.showQuickPick(
        [...all.map(a => ({ label: a.username, description: a.tenantId, id: a.homeAccountId as string | undefined })), { label: vscode.l10n.t('All accounts'), description: '', id: undefined }],
        { title: vscode.l10n.t('Sign out'), placeHolder: vscode.l10n.t('Which account?') },
      );
      if (!picked) return;
      target = picked.id;
    }
    await this.accounts.signOut(target);
    void vscode.window.setStatusBarMessage(vscode.l10n.t('Signed out.'), 4000);
  }
}
