import { vscode } from '../../api';
import type { Command } from '../commandManager';
import { graphUrls } from '../../../core/tenant/graphUrls';
import { validateConnectorGroupName } from '../../../core/tenant/regions';
import { renameConnectorGroup } from '../../../core/tenant/tenantActions';
import type { TreeCommandDeps } from '../../tree/tenantTree';
import { stringArg, targetOf } from '../../../core/tenant/commandArgs';
import { COMMAND } from '../../../core/commands';

/** PATCH the group's name. Argument: the group item, or `{groupId, name}` (no input box). */
export class RenameConnectorGroupCommand implements Command {
  readonly id = COMMAND.renameConnectorGroup;
  constructor(private readonly deps: TreeCommandDeps) {}

  async execute(arg?: unknown): Promise<void> {
    const { node, id: groupId } = await targetOf(this.deps.provider, arg, 'connectorGroup', 'groupId');
    if (!groupId) throw new Error(vscode.l10n.t('Rename: select a connector group.'));
    const name = (node ? undefined : stringArg(arg, 'name')) ?? await vscode.window.showInputBox({
      title: vscode.l10n.t('Rename connector group'), value: node?.label, prompt: vscode.l10n.t('New name'), ignoreFocusOut: true, validateInput: validateConnectorGroupName,
    });
    if (name === undefined || name === node?.label) return;
    const invalid = validateConnectorGroupName(name);
    if (invalid) throw new Error(invalid);
    await renameConnectorGroup(this.deps.send, groupId, name.trim());
    await this.deps.mutated({ method: 'PATCH', url: graphUrls.connectorGroup(groupId), status: 204 });
  }
}
