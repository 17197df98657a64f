import { vscode } from '../api';
import type { Command } from './commandManager';
import { COMMAND } from '../../core/commands';

const EXAMPLES = new Set(['connector-groups', 'connectors', 'applications', 'external-groups', 'seed-mistakes']);

/**
 * Opens one of the bundled examples as an untitled .http document (the walkthrough's buttons pass its name):
 * a copy to edit and send, not the extension's own file.
 */
export class OpenExampleCommand implements Command {
  readonly id = COMMAND.openExample;

  constructor(private readonly extensionUri: vscode.Uri) {}

  async execute(name?: unknown): Promise<vscode.TextEditor> {
    const example = typeof name === 'string' && EXAMPLES.has(name) ? name : 'connector-groups';
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, 'examples', `${example}.http`));
    const document = await vscode.workspace.openTextDocument({ language: 'http', content: new TextDecoder().decode(bytes) });
    return vscode.window.showTextDocument(document);
  }
}
