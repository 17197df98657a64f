import type * as vscode from 'vscode';
import type { Command } from '../commandManager';
import type { ItemJsonDocuments } from '../../tree/itemJsonDocuments';
import type { TreeCommandDeps } from '../../tree/tenantTree';
import { nodeOf } from '../../../core/tenant/commandArgs';
import { l10n } from '../../../core/text/l10n';
import { COMMAND } from '../../../core/commands';

/** Shows the item's Graph JSON in a read-only editor. */
export class OpenItemJsonCommand implements Command {
  readonly id = COMMAND.openItemJson;
  constructor(private readonly deps: TreeCommandDeps, private readonly documents: ItemJsonDocuments) {}

  async execute(arg?: unknown): Promise<vscode.TextDocument> {
    const node = (await nodeOf(this.deps.provider, arg));
    if (!node?.json) throw new Error(l10n.t('Open JSON: select a connector group, connector, application, connection or group.'));
    return this.documents.open(node.label, node.key, node.json);
  }
}
