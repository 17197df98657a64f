import type { TenantNode } from './nodes';

/** What a tree command asks of the tree to turn a `{key}` argument into the loaded node. */
export interface NodeFinder {
  find(key: string): Promise<TenantNode | undefined>;
}

/**
 * Command arguments come from the tree (the node itself) or from scripts and tests: plain objects such as
 * `{groupId}`, or `{key}` naming a loaded item (a refreshTree snapshot entry works: it carries `key`).
 */
export async function nodeOf(provider: NodeFinder, arg: unknown): Promise<TenantNode | undefined> {
  if (!arg || typeof arg !== 'object') return undefined;
  if ('kind' in arg && 'key' in arg && 'expandable' in arg) return arg as TenantNode;
  const key = stringArg(arg, 'key');
  return key ? provider.find(key) : undefined;
}

export function stringArg(arg: unknown, name: string): string | undefined {
  const v = arg && typeof arg === 'object' ? (arg as Record<string, unknown>)[name] : undefined;
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

/**
 * The item a command acts on: the tree node (when it is of `kind`) and its id, else the id a script or test
 * passed as `arg[idArg]`.
 */
export async function targetOf(provider: NodeFinder, arg: unknown, kind: 'connectorGroup' | 'connector' | 'application', idArg: string): Promise<{ node?: TenantNode; id?: string }> {
  const node = await nodeOf(provider, arg);
  return { node, id: node?.kind === kind ? node.entityId : stringArg(arg, idArg) };
}
