import { copyFile } from 'node:fs/promises';
import { vscode } from '../api';
import type { ResponseStore } from '../response/responseStore';
import { prettyBody } from '../../core/response/formatResponse';
import type { Command } from './commandManager';
import { COMMAND } from '../../core/commands';

/** Saves the body exactly as received (a large or binary body is copied from its temp file, byte for byte). */
export class SaveResponseBodyCommand implements Command {
  readonly id = COMMAND.saveResponseBody;

  constructor(private readonly responses: ResponseStore) {}

  async execute(uri?: unknown, target?: unknown): Promise<vscode.Uri | undefined> {
    const record = this.responses.pick(uri);
    if (!record) throw new Error(vscode.l10n.t('No response to save: send a request first.'));
    const { result } = record;
    const isJson = result.body !== undefined && prettyBody(result.body).isJson;
    const destination = target instanceof vscode.Uri ? target : await vscode.window.showSaveDialog({
      defaultUri: defaultLocation(result.bodyFile ? 'response.bin' : isJson ? 'response.json' : 'response.txt'),
      saveLabel: vscode.l10n.t('Save Response Body'),
    });
    if (!destination) return undefined;
    if (result.bodyFile) {
      if (destination.scheme === 'file') await copyFile(result.bodyFile, destination.fsPath);
      else await vscode.workspace.fs.copy(vscode.Uri.file(result.bodyFile), destination, { overwrite: true });
    } else {
      const text = isJson ? prettyBody(result.body ?? '').text : result.body ?? '';
      await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(text));
    }
    void vscode.window.setStatusBarMessage(vscode.l10n.t('Saved the response body to {0}', destination.fsPath || destination.toString()), 5000);
    return destination;
  }
}

function defaultLocation(name: string): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder && vscode.Uri.joinPath(folder, name);
}
