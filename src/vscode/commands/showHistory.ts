import { vscode } from '../api';
import { describeHistoryEntry, type HistoryEntry } from '../../core/history/historyEntry';
import type { HistoryStore } from '../history/historyStore';
import type { RequestRunner } from '../send/requestRunner';
import type { Command } from './commandManager';
import { COMMAND } from '../../core/commands';

/** Browse the workspace's last requests; picking one sends it again (with a fresh token). */
export class ShowHistoryCommand implements Command {
  readonly id = COMMAND.showHistory;

  constructor(private readonly history: HistoryStore, private readonly runner: RequestRunner) {}

  async execute(): Promise<void> {
    const entries = this.history.all();
    if (entries.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No requests in the history yet.'));
      return;
    }
    const picked = await vscode.window.showQuickPick(
      entries.map(entry => ({ ...describeHistoryEntry(entry), detail: entry.body ? entry.body.slice(0, 120).replace(/\s+/g, ' ') : undefined, entry })),
      { title: vscode.l10n.t('Request History'), placeHolder: vscode.l10n.t('Pick a request to send again'), matchOnDescription: true },
    );
    if (!picked) return;
    await this.resend(picked.entry);
  }

  private async resend(entry: HistoryEntry): Promise<void> {
    if (entry.bodyTruncated) {
      throw new Error(vscode.l10n.t('This request\'s body was too large to keep in the history, so it cannot be sent again from here. Send it from its .http file.'));
    }
    // # @no-redirect / # @no-cookie-jar are kept with the entry: the resend is sent as the request was.
    await this.runner.run({ method: entry.method, url: entry.url, headers: entry.headers, ...(entry.body !== undefined ? { body: entry.body } : {}), ...(entry.settings ? { settings: entry.settings } : {}) });
  }
}
