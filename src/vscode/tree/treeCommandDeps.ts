import type { Prompts } from '../prompts';
import type { TenantMutation } from '../services';
import type { GraphSend } from '../../core/tenant/tenantAnswers';
import type { TenantNode } from '../../core/tenant/nodes';
import type { RememberedExternalGroups } from '../../core/tenant/rememberedExternalGroups';
import type { RememberedOperations } from '../../core/tenant/rememberedOperations';
import type { TenantTreeProvider } from './tenantTreeProvider';

/** What the tree's commands share; built once in registerTenantTree. */
export interface TreeCommandDeps {
  readonly provider: TenantTreeProvider;
  readonly send: GraphSend;
  readonly remembered: RememberedExternalGroups;
  /** Schema registrations started from this workspace (Graph cannot list a connection's operations). */
  readonly operations: RememberedOperations;
  /** Questions before a change that would break something (a group's apps on delete); the host tests answer them. */
  readonly prompts: Pick<Prompts, 'ask'>;
  /** After a successful change: refresh `refresh` (keys of loaded nodes, or folder names like 'connectorGroups') and tell the other features. */
  mutated(mutation: TenantMutation, ...refresh: (TenantNode | string | undefined)[]): Promise<void>;
}

/**
 * Command arguments come from the tree (the node itself) or from scripts and tests: plain objects such as
 * `{groupId}`, or `{key}` naming a loaded item (a refreshTree snapshot entry works: it carries `key`).
 */
export async function nodeOf(provider: Pick<TenantTreeProvider, 'find'>, arg: unknown): Promise<TenantNode | undefined> {
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
export async function targetOf(provider: Pick<TenantTreeProvider, 'find'>, arg: unknown, kind: 'connectorGroup' | 'connector' | 'application', idArg: string): Promise<{ node?: TenantNode; id?: string }> {
  const node = await nodeOf(provider, arg);
  return { node, id: node?.kind === kind ? node.entityId : stringArg(arg, idArg) };
}
