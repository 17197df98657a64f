import { vscode } from '../../api';
import type { Command } from '../../commands/commandManager';
import { graphUrls } from '../model/graphUrls';
import { deleteConnectorGroup } from '../model/tenantActions';
import { stringArg, targetOf, type TreeCommandDeps } from './treeCommandDeps';

/**
 * Deletes after a modal confirmation (`{groupId, confirm: true}` skips it, for tests and scripts).
 * When Graph refuses because the group still holds connectors or applications, the error says so.
 */
export class DeleteConnectorGroupCommand implements Command {
  readonly id = 'graphConnectorGroups.deleteConnectorGroup';
  constructor(private readonly deps: TreeCommandDeps) {}

  async execute(arg?: unknown): Promise<boolean> {
    const { node, id: groupId } = await targetOf(this.deps.provider, arg, 'connectorGroup', 'groupId');
    if (!groupId) throw new Error(vscode.l10n.t('Delete: select a connector group.'));
    const name = node?.label ?? stringArg(arg, 'name') ?? groupId;
    const confirmed = (arg as { confirm?: unknown } | undefined)?.confirm === true || await this.confirm(name);
    if (!confirmed) return false;
    await deleteConnectorGroup(this.deps.send, groupId, name);
    await this.deps.mutated({ method: 'DELETE', url: graphUrls.connectorGroup(groupId), status: 204 });
    return true;
  }

  private async confirm(name: string): Promise<boolean> {
    const remove = vscode.l10n.t('Delete');
    const answer = await vscode.window.showWarningMessage(vscode.l10n.t('Delete connector group "{0}"?', name), {
      modal: true, detail: vscode.l10n.t('Graph deletes a connector group only when no connectors and no applications are assigned to it.'),
    }, remove);
    return answer === remove;
  }
}
