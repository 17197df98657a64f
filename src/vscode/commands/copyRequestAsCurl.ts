import { vscode } from '../api';
import type { CurlCopier } from '../send/curlCopier';
import { prepareRequest } from '../send/prepareRequest';
import type { RequestVariableStore } from '../send/requestVariables';
import type { Command } from './commandManager';

export class CopyRequestAsCurlCommand implements Command {
  readonly id = 'graphConnectorGroups.copyRequestAsCurl';

  constructor(private readonly curl: CurlCopier, private readonly variables: RequestVariableStore) {}

  async execute(uri?: unknown, index?: unknown): Promise<string> {
    const editor = vscode.window.activeTextEditor;
    const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : editor?.document;
    if (!document) throw new Error('Open a .http file and put the cursor on a request to copy it.');
    const position = typeof index === 'number' ? { index } : { line: editor?.document === document ? editor.selection.active.line : 0 };
    return this.curl.copy(prepareRequest(document, position, this.variables).request);
  }
}
