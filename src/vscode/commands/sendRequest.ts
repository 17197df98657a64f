import { vscode } from '../api';
import { prepareRequest } from '../send/prepareRequest';
import type { RequestRunner } from '../send/requestRunner';
import type { RequestVariableStore } from '../send/requestVariables';
import type { Command } from './commandManager';

/** Sends the request under the cursor, or the one a CodeLens names by (document uri, request index). */
export class SendRequestCommand implements Command {
  readonly id = 'graphConnectorGroups.sendRequest';

  constructor(private readonly runner: RequestRunner, private readonly variables: RequestVariableStore) {}

  async execute(uri?: unknown, index?: unknown): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : editor?.document;
    if (!document) throw new Error('Open a .http file and put the cursor on a request to send it.');
    const position = typeof index === 'number'
      ? { index }
      : { line: editor && editor.document === document ? editor.selection.active.line : 0 };
    const prepared = prepareRequest(document, position, this.variables);
    await this.runner.run(prepared.request, prepared.name);
  }
}
