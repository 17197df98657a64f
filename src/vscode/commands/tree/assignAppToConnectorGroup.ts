import { vscode } from '../../api';
import type { Command } from '../commandManager';
import { graphUrls } from '../../../core/tenant/graphUrls';
import { ancestorOfKind, childKey } from '../../../core/tenant/nodes';
import { assignApplicationToGroup } from '../../../core/tenant/tenantActions';
import { pickConnectorGroup } from '../../tree/pickers';
import type { TreeCommandDeps } from '../../tree/tenantTree';
import { stringArg, targetOf } from '../../../core/tenant/commandArgs';
import { COMMAND } from '../../../core/commands';

/**
 * On an application under a connector group: pick another group and PUT `applications/{id}/connectorGroup/$ref`
 * (an app is in one group, so it moves), then refresh both groups. `{applicationId, groupId}` skips the pick.
 */
export class AssignAppToConnectorGroupCommand implements Command {
  readonly id = COMMAND.assignAppToConnectorGroup;
  constructor(private readonly deps: TreeCommandDeps) {}

  async execute(arg?: unknown): Promise<string | undefined> {
    const { node, id: applicationId } = await targetOf(this.deps.provider, arg, 'application', 'applicationId');
    if (!applicationId) throw new Error(vscode.l10n.t('Assign to another connector group: select an application.'));
    const current = ancestorOfKind(node, 'connectorGroup');
    const groupId = stringArg(arg, 'groupId')
      ?? await pickConnectorGroup(this.deps.send, vscode.l10n.t('Assign {0} to…', node?.label ?? applicationId), current?.entityId);
    if (!groupId) return undefined;
    await assignApplicationToGroup(this.deps.send, applicationId, groupId);
    // The destination, if its row is loaded: a group under the tenant's "Connector groups" folder.
    const folder = ancestorOfKind(node, 'connectorGroups');
    const destination = folder ? childKey(folder, `group:${groupId}`) : undefined;
    await this.deps.mutated({ method: 'PUT', url: graphUrls.applicationConnectorGroupRef(applicationId), status: 204 }, ...(current && destination ? [current, destination] : []));
    void vscode.window.setStatusBarMessage(vscode.l10n.t('Assigned {0} to another connector group.', node?.label ?? applicationId), 4000);
    return groupId;
  }
}
