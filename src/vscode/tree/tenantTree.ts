import { vscode } from '../api';
import type { Prompts } from '../prompts';
import type { ExtensionServices, TenantMutation } from '../services';
import type { GraphSend } from '../../core/tenant/tenantAnswers';
import type { TenantNode } from '../../core/tenant/nodes';
import { treeSend } from '../../core/tenant/treeSend';
import { createdExternalGroup, externalGroupFromUrl, RememberedExternalGroups } from '../../core/tenant/rememberedExternalGroups';
import { RememberedOperations, startedOperation } from '../../core/tenant/rememberedOperations';
import { permissionFor } from '../../core/tenant/refusedPermission';
import { TenantTreeProvider } from './tenantTreeProvider';

/** What the tree's commands share; built once in createTenantTree. */
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

/** Several requests sent from a .http file in a row cause one reload, not one each. */
const MUTATION_DEBOUNCE_MS = 400;

/**
 * The Tenant view's data: the provider and the events that refresh it; its commands (commands/registerCommands.ts) act
 * on `deps`. The view and the item documents are registered at activation (parts/features.ts); this is made on first use.
 */
export function createTenantTree(context: vscode.ExtensionContext, services: ExtensionServices & { readonly prompts: Prompts }): { deps: TreeCommandDeps; disposable: vscode.Disposable } {
  const send = treeSend(request => services.graph.send(request));
  const remembered = new RememberedExternalGroups(context.workspaceState);
  const operations = new RememberedOperations(context.workspaceState);
  const provider = new TenantTreeProvider({
    send, permissionFor, session: services.session, rememberedGroups: key => remembered.list(key),
    rememberedOperations: key => operations.list(key), operationRead: (key, op, status) => { void operations.setStatus(key, op.connectionId, op.id, status); },
  });

  // Our own mutations refresh precisely at once; the echo through onDidMutateTenant must not reload everything again.
  const own = new WeakSet<TenantMutation>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onMutation = services.onDidMutateTenant(async (m) => {
    if (own.has(m)) return;
    const tenantKey = provider.tenantKey();
    const group = externalGroupFromUrl(m.url);
    if (group?.id && m.method.toUpperCase() === 'DELETE' && tenantKey) await remembered.forget(tenantKey, group.connectionId, group.id);
    // `requestBody` is not in the TenantMutation contract yet; when the sender passes it, created groups are remembered.
    const created = createdExternalGroup(m as TenantMutation & { requestBody?: string });
    if (created && tenantKey) await remembered.remember(tenantKey, created);
    // A schema registration sent from a .http file: its 202 named the operation, which Graph cannot list later.
    const operation = startedOperation(m, Date.now());
    if (operation && tenantKey) await operations.remember(tenantKey, { ...operation, status: 'inprogress' });
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => provider.refresh(), MUTATION_DEBOUNCE_MS);
  });

  // The session layer owns the graphConnectorGroups.signedIn context key (and so the welcome view); the tree only follows.
  const onSession = services.session.onDidChange(() => provider.refresh());

  const deps: TreeCommandDeps = {
    provider, send, remembered, operations, prompts: services.prompts,
    async mutated(mutation, ...targets) {
      const nodes = await Promise.all(targets.map(t => (typeof t === 'string' ? provider.find(t) : t)));
      if (nodes.length === 0 || nodes.some(n => !n)) provider.refresh();
      else for (const n of nodes) provider.refresh(n);
      own.add(mutation);
      services.fireTenantMutated(mutation);
    },
  };
  return { deps, disposable: vscode.Disposable.from(provider, onMutation, onSession, { dispose: () => timer && clearTimeout(timer) }) };
}
