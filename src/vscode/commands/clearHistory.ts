import { vscode } from '../api';
import type { HistoryStore } from '../history/historyStore';
import type { Command } from './commandManager';
import { COMMAND } from '../../core/commands';

export class ClearHistoryCommand implements Command {
  readonly id = COMMAND.clearHistory;

  constructor(private readonly history: HistoryStore) {}

  async execute(): Promise<void> {
    await this.history.clear();
    void vscode.window.setStatusBarMessage(vscode.l10n.t('Request history cleared.'), 3000);
  }
}
