import type * as vscode from 'vscode';
import { addToHistory, parseHistory, toHistoryEntry, type HistoryEntry } from '../../core/history/historyEntry';

const KEY = 'graphConnectorGroups.history';

/** The last requests of this workspace, in workspaceState so they survive a restart. */
export class HistoryStore {
  constructor(private readonly state: vscode.Memento) {}

  all(): HistoryEntry[] {
    return parseHistory(this.state.get<unknown>(KEY));
  }

  /** Everything passes through toHistoryEntry, which drops credential headers and redacts tokens. */
  async add(entry: Omit<HistoryEntry, 'bodyTruncated'> & { bodyNotKept?: boolean }): Promise<void> {
    const { bodyNotKept, ...kept } = entry;
    await this.state.update(KEY, addToHistory(this.all(), { ...toHistoryEntry(kept), ...(bodyNotKept ? { bodyTruncated: true } : {}) }));
  }

  async clear(): Promise<void> {
    await this.state.update(KEY, undefined);
  }
}
