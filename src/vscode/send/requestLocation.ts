import { vscode } from '../api';

/**
 * Which request a command means: the one a CodeLens names by (document uri, request index), or the one under
 * the cursor of the active editor.
 */
export async function requestLocation(uri: unknown, index: unknown, action: string): Promise<{ document: vscode.TextDocument; position: { line?: number; index?: number } }> {
  const editor = vscode.window.activeTextEditor;
  const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : editor?.document;
  if (!document) throw new Error(vscode.l10n.t('Open a .http file and put the cursor on a request to {0}.', action));
  const position = typeof index === 'number'
    ? { index }
    : { line: editor && editor.document === document ? editor.selection.active.line : 0 };
  return { document, position };
}
