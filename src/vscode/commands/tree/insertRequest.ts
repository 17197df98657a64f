import { vscode } from '../../api';
import type { Command } from '../commandManager';
import { requestChoices, requestText, textToAppend, type RequestChoice } from '../../../core/tenant/requestText';
import { pickConnector, pickConnectorGroup } from '../../tree/pickers';
import type { TreeCommandDeps } from '../../tree/tenantTree';
import { nodeOf, stringArg } from '../../../core/tenant/commandArgs';
import { COMMAND } from '../../../core/commands';

/**
 * Appends a request for the item (get, update, delete, list members, add a connector, ...) to the active
 * `.http` editor, or to a new untitled one. `(node, {choice, otherId})` skips the picks.
 */
export class InsertRequestCommand implements Command {
  readonly id = COMMAND.insertRequest;
  constructor(private readonly deps: TreeCommandDeps) {}

  async execute(arg?: unknown, options?: unknown): Promise<string | undefined> {
    const node = (await nodeOf(this.deps.provider, arg));
    const choices = node ? requestChoices(node) : [];
    if (!node || choices.length === 0) throw new Error(vscode.l10n.t('Insert request: select a connector group, connector, application, connection or group.'));
    const wanted = stringArg(options, 'choice');
    const choice: RequestChoice | undefined = wanted ? choices.find(c => c.id === wanted)
      : await vscode.window.showQuickPick(choices.map(c => ({ ...c, label: c.label })), { title: vscode.l10n.t('Insert a request for {0}', node.label), placeHolder: vscode.l10n.t('Request') });
    if (!choice) return undefined;
    let otherId = stringArg(options, 'otherId');
    if (!otherId && !wanted && choice.needs === 'connector') otherId = await pickConnector(this.deps.send, vscode.l10n.t('Which connector? (Esc: leave a placeholder)'));
    if (!otherId && !wanted && choice.needs === 'connectorGroup') otherId = await pickConnectorGroup(this.deps.send, vscode.l10n.t('Which connector group? (Esc: leave a placeholder)'));
    const block = requestText(node, choice.id, otherId);
    await appendToHttpEditor(block);
    return block;
  }
}

async function appendToHttpEditor(block: string): Promise<void> {
  const isHttp = (e: vscode.TextEditor | undefined): e is vscode.TextEditor => e?.document.languageId === 'http';
  let editor = isHttp(vscode.window.activeTextEditor) ? vscode.window.activeTextEditor : vscode.window.visibleTextEditors.find(isHttp);
  if (!editor) {
    const doc = await vscode.workspace.openTextDocument({ language: 'http', content: '' });
    editor = await vscode.window.showTextDocument(doc);
  } else if (editor !== vscode.window.activeTextEditor) {
    editor = await vscode.window.showTextDocument(editor.document, editor.viewColumn);
  }
  const doc = editor.document;
  const end = doc.lineAt(doc.lineCount - 1).range.end;
  const text = textToAppend(doc.getText(), block);
  await editor.edit(edit => edit.insert(end, text));
  const last = new vscode.Position(editor.document.lineCount - 1, 0);
  editor.selection = new vscode.Selection(last, last);
  editor.revealRange(new vscode.Range(last, last));
}
