/**
 * A plain-data copy of the tree as loaded, `depth` levels down. The refresh command returns it when asked,
 * which is how host tests (and scripts) read the view without reaching into the provider.
 */
import type { TenantNode } from './nodes';

export interface TreeSnapshot {
  key: string;
  kind: string;
  label: string;
  description?: string;
  contextValue?: string;
  icon?: string;
  command?: { command: string; arguments?: unknown[] };
  children?: TreeSnapshot[];
}

export async function snapshotTree(
  roots: readonly TenantNode[], loadedChildren: (node: TenantNode) => Promise<TenantNode[]>, depth: number,
): Promise<TreeSnapshot[]> {
  return Promise.all(roots.map(async (node) => {
    const snap: TreeSnapshot = {
      key: node.key, kind: node.kind, label: node.label, description: node.description, contextValue: node.contextValue, icon: node.icon?.id,
      command: node.command ? { command: node.command.command, arguments: node.command.arguments } : undefined,
    };
    if (depth > 0 && node.expandable) snap.children = await snapshotTree(await loadedChildren(node), loadedChildren, depth - 1);
    return snap;
  }));
}
