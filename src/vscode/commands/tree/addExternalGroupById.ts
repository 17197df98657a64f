import { vscode } from '../../api';
import type { Command } from '../commandManager';
import { getExternalGroup } from '../../../core/tenant/tenantActions';
import type { TreeCommandDeps } from '../../tree/tenantTree';
import { nodeOf, stringArg } from '../../../core/tenant/commandArgs';
import { COMMAND } from '../../../core/commands';

const ID_RULE = /^[A-Za-z0-9]{1,128}$/;

/**
 * Graph cannot list a connection's external groups, so the tree shows the ones added here: ask for an id,
 * GET it (an unknown id is refused, never shown), and remember it for this tenant in workspaceState.
 * Argument: the connection item, `{connectionId}` (the "Add existing group" item), or `{connectionId, groupId}`.
 */
export class AddExternalGroupByIdCommand implements Command {
  readonly id = COMMAND.addExternalGroupById;
  constructor(private readonly deps: TreeCommandDeps) {}

  async execute(arg?: unknown): Promise<Record<string, unknown> | undefined> {
    const node = (await nodeOf(this.deps.provider, arg));
    const connectionId = node?.kind === 'externalConnection' ? node.entityId : stringArg(arg, 'connectionId');
    if (!connectionId) throw new Error(vscode.l10n.t('Add external group: select an external connection.'));
    const groupId = stringArg(arg, 'groupId') ?? await vscode.window.showInputBox({
      title: vscode.l10n.t('Add an existing external group to "{0}"', node?.label ?? connectionId), prompt: vscode.l10n.t('Id of the external group (as given when it was created)'),
      ignoreFocusOut: true, validateInput: v => (ID_RULE.test(v.trim()) ? undefined : vscode.l10n.t('External group ids are alphanumeric, 1 to 128 characters.')),
    });
    if (!groupId) return undefined;
    const json = await getExternalGroup(this.deps.send, connectionId, groupId.trim());
    const tenantKey = this.deps.provider.tenantKey();
    if (!tenantKey) throw new Error(vscode.l10n.t('Sign in first.'));
    await this.deps.remembered.remember(tenantKey, { connectionId, id: typeof json.id === 'string' ? json.id : groupId.trim(), json });
    const connection = node ?? await this.deps.provider.find(`externalConnections/connection:${connectionId}`);
    this.deps.provider.refresh(connection);
    return json;
  }
}
