import { vscode } from '../../api';
import type { Command } from '../commandManager';
import { putItem, readSchema, validateItemId, type PutItemResult } from '../../../core/tenant/connectionActions';
import { itemBodyProblems } from '../../../core/tenant/connectorBodyCheck';
import { pickJsonFile, readTextFile } from '../../tree/pickers';
import { connectionOf, refuseFile, type RefusedFile } from './connectionTarget';
import type { TreeCommandDeps } from '../../tree/tenantTree';
import { stringArg } from '../../../core/tenant/commandArgs';
import { COMMAND } from '../../../core/commands';

/** The file's own `id`, when it is a valid item id, as the input box's suggestion. */
function idInFile(text: string): string | undefined {
  try {
    const id = (JSON.parse(text.replace(/^\uFEFF/, '')) as { id?: unknown } | null)?.id;
    return typeof id === 'string' && !validateItemId(id) ? id : undefined;
  } catch { return undefined; }
}

/**
 * "Put Item from File…" on a connection: pick a JSON file, ask for the item id (docs-facts rule item.id:
 * alphanumeric, at most 128 characters), check the file with the editor's validator as the body of the PUT, against
 * the connection's registered schema when there is one (refused with its problems when it has errors), then
 * PUT .../items/{id} (externalItem.put) and say what Graph answered. Argument: the connection item, or
 * `{connectionId, file?, itemId?}`.
 */
export class PutItemFromFileCommand implements Command {
  readonly id = COMMAND.putItemFromFile;
  constructor(private readonly deps: TreeCommandDeps) {}

  async execute(arg?: unknown): Promise<(PutItemResult & { sent: true; itemId: string }) | RefusedFile | undefined> {
    const { node, connectionId } = await connectionOf(this.deps, arg);
    if (!connectionId) throw new Error(vscode.l10n.t('Put item: select an external connection.'));
    const name = node?.label ?? connectionId;
    const title = vscode.l10n.t('Put an item into "{0}"', name);
    const uri = await pickJsonFile(title, stringArg(arg, 'file'));
    if (!uri) return undefined;
    const text = await readTextFile(uri);
    const given = stringArg(arg, 'itemId');
    const itemId = (given ?? await vscode.window.showInputBox({
      title, prompt: vscode.l10n.t('Id of the item (1 to 128 letters or digits)'), value: idInFile(text), ignoreFocusOut: true, validateInput: validateItemId,
    }))?.trim();
    if (itemId === undefined) return undefined;
    const invalid = validateItemId(itemId);
    if (invalid) throw new Error(invalid);

    const registered = await readSchema(this.deps.send, connectionId);
    const refused = refuseFile(uri, vscode.l10n.t('Put item'), await itemBodyProblems(connectionId, itemId, text, registered));
    if (refused) return refused;

    const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Putting item "{0}" into "{1}"…', itemId, name) },
      () => putItem(this.deps.send, connectionId, itemId, text));
    // Items are not in the tree: nothing to refresh.
    const readBack = vscode.l10n.t('Read It Back');
    void Promise.resolve(vscode.window.showInformationMessage(vscode.l10n.t('Item "{0}" is in "{1}" (HTTP {2}).', itemId, name, result.status), readBack)).then(async (a) => {
      if (a !== readBack) return;
      const doc = await vscode.workspace.openTextDocument({ language: 'http', content: `### ${vscode.l10n.t('Read item "{0}" back', itemId)}\nGET ${result.url}\n` });
      await vscode.window.showTextDocument(doc);
    });
    return { sent: true, itemId, ...result };
  }
}
