import { vscode } from '../api';
import type { Session } from '../services';
import type { GraphSend } from '../../core/tenant/tenantAnswers';
import type { TenantNode } from '../../core/tenant/nodes';
import type { RememberedExternalGroup } from '../../core/tenant/rememberedExternalGroups';
import type { RememberedOperation } from '../../core/tenant/rememberedOperations';
import { snapshotTree, type TreeSnapshot } from '../../core/tenant/snapshot';
import type { PermissionLookup } from '../../core/tenant/stateNodes';
import { tenantRoot } from '../../core/tenant/structure';
import { TenantChildren } from '../../core/tenant/tenantChildren';
import { treeItemFor } from './treeItems';

export interface TenantTreeDeps {
  send: GraphSend;
  permissionFor: PermissionLookup;
  session: Session;
  rememberedGroups: (tenantKey: string) => readonly RememberedExternalGroup[];
  rememberedOperations?: (tenantKey: string) => readonly RememberedOperation[];
  operationRead?: (tenantKey: string, operation: RememberedOperation, status: string) => void;
}

/**
 * The Tenant view's data: one root for the signed-in tenant (none when signed out, so the declared
 * welcome view shows). Loading and paging live in model/TenantChildren; this class only adapts it.
 */
export class TenantTreeProvider implements vscode.TreeDataProvider<TenantNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TenantNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly loaded: TenantChildren;
  private root?: TenantNode;

  constructor(private readonly deps: TenantTreeDeps) {
    this.loaded = new TenantChildren({
      send: deps.send,
      permissionFor: deps.permissionFor,
      rememberedGroups: () => (this.root ? deps.rememberedGroups(this.root.key) : []),
      rememberedOperations: () => (this.root ? deps.rememberedOperations?.(this.root.key) ?? [] : []),
      operationRead: (operation, status) => { if (this.root) deps.operationRead?.(this.root.key, operation, status); },
      onChanged: node => this.changed.fire(node),
    });
  }

  getTreeItem(node: TenantNode): vscode.TreeItem {
    return treeItemFor(node);
  }

  getParent(node: TenantNode): TenantNode | undefined {
    return node.parent;
  }

  getChildren(node?: TenantNode): TenantNode[] {
    return node ? this.loaded.children(node) : this.roots();
  }

  roots(): TenantNode[] {
    const s = this.deps.session.current();
    if (!s.signedIn) {
      this.root = undefined;
      return [];
    }
    const root = tenantRoot({ environment: s.environment, cloudLabel: s.cloudLabel, username: s.account?.username, tenantId: s.account?.tenantId });
    if (this.root?.key !== root.key) {
      this.loaded.invalidate();
      this.root = root;
    }
    return [this.root];
  }

  /** Key of the signed-in tenant's root: remembered external groups are kept per tenant. */
  tenantKey(): string | undefined {
    return this.roots()[0]?.key;
  }

  /** Reloads `node`'s children (the whole tree when undefined) the next time they show. */
  refresh(node?: TenantNode): void {
    this.loaded.invalidate(node);
    this.changed.fire(node);
  }

  /**
   * The node with this key: absolute, or relative to the tenant root (`connectorGroups/group:{id}`).
   * Loads the path down to it when a refresh dropped it (the view re-asks only for what is visible).
   */
  async find(key: string): Promise<TenantNode | undefined> {
    const [root] = this.roots();
    if (!root) return undefined;
    const absolute = key === root.key || key.startsWith(`${root.key}/`) ? key : `${root.key}/${key}`;
    const known = this.loaded.find(absolute);
    if (known || absolute === root.key) return known ?? root;
    let node: TenantNode | undefined = root;
    for (const segment of absolute.slice(root.key.length + 1).split('/')) {
      const parent: TenantNode = node;
      node = (await this.loaded.loadedChildren(parent)).find(c => c.key === `${parent.key}/${segment}`);
      if (!node) return undefined;
    }
    return node;
  }

  loadMore(parentKey: string): Promise<void> {
    return this.loaded.loadMore(parentKey);
  }

  loadedChildren(node: TenantNode): Promise<TenantNode[]> {
    return this.loaded.loadedChildren(node);
  }

  /** The roots (or `under`'s children) as plain data, loaded `depth` levels down. */
  async snapshot(depth: number, under?: TenantNode): Promise<TreeSnapshot[]> {
    const start = under ? await this.loaded.loadedChildren(under) : this.roots();
    return snapshotTree(start, n => this.loaded.loadedChildren(n), depth);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
