import { vscode } from '../../api';
import type { Command } from '../commandManager';
import type { TreeSnapshot } from '../../../core/tenant/snapshot';
import type { TreeCommandDeps } from '../../tree/tenantTree';
import { nodeOf, stringArg } from '../../../core/tenant/commandArgs';
import { COMMAND } from '../../../core/commands';

interface RefreshOptions { under?: string; expand?: number; refresh?: boolean }

/**
 * View title "Refresh" (whole tree) or a node's refresh. `{expand: n, under?: key, refresh?: false}` also
 * returns the tree as plain data, loaded n levels down (without reloading first when `refresh` is false):
 * that is how host tests and scripts read the view.
 */
export class RefreshTreeCommand implements Command {
  readonly id = COMMAND.refreshTree;
  constructor(private readonly deps: TreeCommandDeps) {}

  async execute(arg?: unknown): Promise<TreeSnapshot[] | undefined> {
    const { provider } = this.deps;
    const options = (arg && typeof arg === 'object' ? arg : {}) as RefreshOptions;
    const under = stringArg(options, 'under');
    const node = (await nodeOf(provider, arg)) ?? (under ? await provider.find(under) : undefined);
    if (under && !node) throw new Error(vscode.l10n.t('Refresh: no item "{0}".', under));
    if (options.refresh !== false) provider.refresh(node);
    return typeof options.expand === 'number' ? provider.snapshot(options.expand, node) : undefined;
  }
}
