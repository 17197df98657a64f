import { vscode } from '../../api';
import type { Command } from '../commandManager';
import type { Question } from '../../prompts';
import { graphUrls } from '../../../core/tenant/graphUrls';
import { deleteConnectorGroup, listAll } from '../../../core/tenant/tenantActions';
import type { TreeCommandDeps } from '../../tree/tenantTree';
import { stringArg, targetOf } from '../../../core/tenant/commandArgs';
import { COMMAND } from '../../../core/commands';

/** How many app names a warning lists before "and N more". */
const NAMED_APPS = 5;

/**
 * Deletes after a confirmation (`{groupId, confirm: true}` skips the modal one, for tests and scripts). A group that
 * still has applications is named with its apps first, in a warning that sends nothing unless "Delete Anyway" is
 * chosen (non-modal, through the Prompts port: the UI tier can show it and the host tests answer it); Graph refuses
 * such a delete, and the apps' publishing depends on the group. When Graph refuses, the error says why.
 */
export class DeleteConnectorGroupCommand implements Command {
  readonly id = COMMAND.deleteConnectorGroup;
  constructor(private readonly deps: TreeCommandDeps) {}

  async execute(arg?: unknown): Promise<boolean> {
    const { node, id: groupId } = await targetOf(this.deps.provider, arg, 'connectorGroup', 'groupId');
    if (!groupId) throw new Error(vscode.l10n.t('Delete: select a connector group.'));
    const name = node?.label ?? stringArg(arg, 'name') ?? groupId;
    const apps = await this.applicationsOf(groupId);
    const confirmed = apps.length > 0 ? await this.confirmWithApps(name, apps)
      : (arg as { confirm?: unknown } | undefined)?.confirm === true || await this.confirm(name);
    if (!confirmed) return false;
    await deleteConnectorGroup(this.deps.send, groupId, name);
    await this.deps.mutated({ method: 'DELETE', url: graphUrls.connectorGroup(groupId), status: 204 });
    return true;
  }

  /** The display names of the group's apps; a listing that fails says nothing (the plain confirmation still asks). */
  private async applicationsOf(groupId: string): Promise<string[]> {
    try {
      const apps = await listAll(this.deps.send, `${graphUrls.connectorGroupApplications(groupId)}?$select=id,displayName`, 'applications', 200);
      return apps.map(a => (typeof a.displayName === 'string' && a.displayName ? a.displayName : String(a.id ?? '?')));
    } catch {
      return [];
    }
  }

  private async confirmWithApps(name: string, apps: string[]): Promise<boolean> {
    const named = apps.slice(0, NAMED_APPS).map(a => `"${a}"`).join(', ');
    const list = apps.length > NAMED_APPS ? vscode.l10n.t('{0} and {1} more', named, apps.length - NAMED_APPS) : named;
    const anyway = vscode.l10n.t('Delete Anyway');
    // Shown as a warning where Prompts supports `warning` (as an information message otherwise).
    const question: Question & { warning?: boolean } = {
      modal: false, warning: true, actions: [anyway],
      message: apps.length === 1
        ? vscode.l10n.t('Connector group "{0}" still has 1 application: {1}. It is published through this group; Graph refuses to delete a group with applications. Assign it to another connector group first. Nothing was sent.', name, list)
        : vscode.l10n.t('Connector group "{0}" still has {1} applications: {2}. They are published through this group; Graph refuses to delete a group with applications. Assign them to another connector group first. Nothing was sent.', name, apps.length, list),
    };
    return await this.deps.prompts.ask(question) === anyway;
  }

  private async confirm(name: string): Promise<boolean> {
    const remove = vscode.l10n.t('Delete');
    const answer = await vscode.window.showWarningMessage(vscode.l10n.t('Delete connector group "{0}"?', name), {
      modal: true, detail: vscode.l10n.t('Graph deletes a connector group only when no connectors and no applications are assigned to it.'),
    }, remove);
    return answer === remove;
  }
}
