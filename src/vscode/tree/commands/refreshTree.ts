import type { Command } from '../../commands/commandManager';
import type { TreeSnapshot } from '../model/snapshot';
import { asNode, stringArg, type TreeCommandDeps } from './treeCommandDeps';

/**
 * View title "Refresh" (whole tree) or a node's refresh. `{expand: n, under?: key}` also returns the tree
 * as plain data, loaded n levels down: that is how host tests and scripts read the view.
 */
export class RefreshTreeCommand implements Command {
  readonly id = 'graphConnectorGroups.refreshTree';
  constructor(private readonly deps: TreeCommandDeps) {}

  async execute(arg?: unknown): Promise<TreeSnapshot[] | undefined> {
    const { provider } = this.deps;
    const under = stringArg(arg, 'under');
    const node = asNode(arg) ?? (under ? provider.find(under) : undefined);
    provider.refresh(node);
    const expand = (arg as { expand?: unknown } | undefined)?.expand;
    if (typeof expand !== 'number') return undefined;
    return provider.snapshot(expand, node);
  }
}
