import { vscode } from '../../api';
import type { Command } from '../commandManager';
import { graphUrls } from '../../../core/tenant/graphUrls';
import { ancestorOfKind } from '../../../core/tenant/nodes';
import { addConnectorToGroup } from '../../../core/tenant/tenantActions';
import { pickConnectorGroup } from '../../tree/pickers';
import type { TreeCommandDeps } from '../../tree/tenantTree';
import { stringArg, targetOf } from '../../../core/tenant/commandArgs';
import { COMMAND } from '../../../core/commands';

/** On a connector: pick another group and POST `connectors/{id}/memberOf/$ref` (`{connectorId, groupId}` skips the pick). */
export class MoveConnectorToGroupCommand implements Command {
  readonly id = COMMAND.moveConnectorToGroup;
  constructor(private readonly deps: TreeCommandDeps) {}

  async execute(arg?: unknown): Promise<void> {
    const { node, id: connectorId } = await targetOf(this.deps.provider, arg, 'connector', 'connectorId');
    if (!connectorId) throw new Error(vscode.l10n.t('Move connector: select a connector.'));
    // Under a group's "Connectors" folder, that group is where it is now: not a destination.
    const currentGroup = node?.parent?.kind === 'groupConnectors' ? ancestorOfKind(node.parent, 'connectorGroup')?.entityId : undefined;
    const groupId = stringArg(arg, 'groupId') ?? await pickConnectorGroup(this.deps.send, vscode.l10n.t('Move {0} to…', node?.label ?? connectorId), currentGroup);
    if (!groupId) return;
    await addConnectorToGroup(this.deps.send, connectorId, groupId);
    await this.deps.mutated({ method: 'POST', url: graphUrls.connectorMemberOfRef(connectorId), status: 204 });
  }
}
