import { vscode } from '../../api';
import type { Command } from '../commandManager';
import type { TreeCommandDeps } from '../../tree/tenantTree';
import { nodeOf, stringArg } from '../../../core/tenant/commandArgs';
import { COMMAND } from '../../../core/commands';

export class CopyIdCommand implements Command {
  readonly id = COMMAND.copyId;
  constructor(private readonly deps: TreeCommandDeps) {}

  async execute(arg?: unknown): Promise<string | undefined> {
    const id = (await nodeOf(this.deps.provider, arg))?.entityId ?? stringArg(arg, 'id');
    if (!id) throw new Error(vscode.l10n.t('Copy Id: select a connector group, connector, application, connection or group.'));
    await vscode.env.clipboard.writeText(id);
    vscode.window.setStatusBarMessage(vscode.l10n.t('Copied {0}', id), 3000);
    return id;
  }
}
