import { vscode } from '../../api';
import type { Command } from '../commandManager';
import { graphUrls } from '../../../core/tenant/graphUrls';
import { addConnectorToGroup } from '../../../core/tenant/tenantActions';
import { pickConnector } from '../../tree/pickers';
import type { TreeCommandDeps } from '../../tree/tenantTree';
import { stringArg, targetOf } from '../../../core/tenant/commandArgs';
import { COMMAND } from '../../../core/commands';

/** On a group: pick a connector and add it (`{groupId, connectorId}` skips the pick). A connector is in one group, so it moves. */
export class AddConnectorToGroupCommand implements Command {
  readonly id = COMMAND.addConnectorToGroup;
  constructor(private readonly deps: TreeCommandDeps) {}

  async execute(arg?: unknown): Promise<void> {
    const { node, id: groupId } = await targetOf(this.deps.provider, arg, 'connectorGroup', 'groupId');
    if (!groupId) throw new Error(vscode.l10n.t('Add connector: select a connector group.'));
    const connectorId = stringArg(arg, 'connectorId') ?? await pickConnector(this.deps.send, vscode.l10n.t('Add a connector to "{0}"', node?.label ?? groupId));
    if (!connectorId) return;
    await addConnectorToGroup(this.deps.send, connectorId, groupId);
    await this.deps.mutated({ method: 'POST', url: graphUrls.connectorMemberOfRef(connectorId), status: 204 });
  }
}
