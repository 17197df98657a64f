/**
 * The tree's children, loaded lazily and paged, without `vscode`. `children(node)` answers at once
 * (cached items, or a loading item while the first page is on its way) so the view never waits on
 * the network inside getChildren; when a page arrives `onChanged(node)` tells the adapter to re-ask.
 * A reload bumps the list's generation, so an answer for a list refreshed meanwhile is dropped.
 */
import { call, fetchPage, type GraphSend, type Outcome } from './tenantAnswers';
import { mapOperation, noOperationsNode, noSchemaNode, schemaChildren, type OperationReading } from './connectionParts';
import { graphUrls } from './graphUrls';
import type { RememberedOperation } from './rememberedOperations';
import { mapPageValues } from './mapItems';
import type { TenantNode } from './nodes';
import type { RememberedExternalGroup } from './rememberedExternalGroups';
import { emptyNode, errorNode, loadMoreNode, loadingNode, type PermissionLookup } from './stateNodes';
import { connectorGroupFolders, externalConnectionChildren, tenantFolders } from './structure';

export interface TenantChildrenDeps {
  send: GraphSend;
  permissionFor: PermissionLookup;
  rememberedGroups: () => readonly RememberedExternalGroup[];
  /** Operations started from this workspace (newest first); none when absent. */
  rememberedOperations?: () => readonly RememberedOperation[];
  /** Told the status each operation GET returned, so the store shows it next time. */
  operationRead?: (operation: RememberedOperation, status: string) => void;
  onChanged: (node: TenantNode) => void;
}

interface PagedList {
  generation: number;
  items: TenantNode[];
  nextLink?: string;
  error?: TenantNode;
  /** Set while a page is on its way; resolves when it is in. */
  pending?: Promise<void>;
}

export class TenantChildren {
  private readonly lists = new Map<string, PagedList>();
  /** Fixed children are cached too: the view identifies elements by object, so a node must not be re-created until a refresh. */
  private readonly fixed = new Map<string, TenantNode[]>();
  private readonly byKey = new Map<string, TenantNode>();
  private generation = 0;

  constructor(private readonly deps: TenantChildrenDeps) {}

  /** What to show under `node` right now. */
  children(node: TenantNode): TenantNode[] {
    const cached = this.fixed.get(node.key);
    if (cached) return cached;
    const fixed = this.fixedChildren(node);
    if (fixed) {
      this.fixed.set(node.key, fixed);
      return this.remember(fixed);
    }
    const part = this.partLoader(node);
    if (!node.listUrl && !part) return [];
    let list = this.lists.get(node.key);
    if (!list) {
      list = { generation: ++this.generation, items: [] };
      this.lists.set(node.key, list);
      list.pending = part ? this.loadInto(node, list, part) : this.fetchInto(node, list, node.listUrl!);
    }
    return this.remember(this.render(node, list));
  }

  /** A connection's schema (one entity, not a page) and its operations (one GET each) load whole, not paged. */
  private partLoader(node: TenantNode): (() => Promise<Outcome<TenantNode[]>>) | undefined {
    if (node.kind === 'connectionSchema') return () => this.loadSchema(node);
    if (node.kind === 'connectionOperations') return () => this.loadOperations(node);
    return undefined;
  }

  private async loadSchema(folder: TenantNode): Promise<Outcome<TenantNode[]>> {
    const r = await call(this.deps.send, { method: 'GET', url: graphUrls.connectionSchema(folder.connectionId ?? '') });
    // No schema yet is a state of the connection, not a failure: Graph answers 404 until a registration completes.
    if (!r.ok) return r.failure.status === 404 ? { ok: true, value: [noSchemaNode(folder)] } : r;
    return { ok: true, value: schemaChildren(folder, r.value) };
  }

  private async loadOperations(folder: TenantNode): Promise<Outcome<TenantNode[]>> {
    const connectionId = (folder.connectionId ?? '').toLowerCase();
    const mine = (this.deps.rememberedOperations?.() ?? []).filter(o => o.connectionId.toLowerCase() === connectionId);
    if (mine.length === 0) return { ok: true, value: [noOperationsNode(folder)] };
    const readings = await Promise.all(mine.map(async (op): Promise<OperationReading> => {
      const r = await call(this.deps.send, { method: 'GET', url: graphUrls.connectionOperation(op.connectionId, op.id) });
      if (!r.ok) return { ok: false, failure: r.failure };
      const json = (r.value && typeof r.value === 'object' ? r.value : { id: op.id }) as Record<string, unknown>;
      if (typeof json.status === 'string') this.deps.operationRead?.(op, json.status);
      return { ok: true, json };
    }));
    return { ok: true, value: mine.map((op, i) => mapOperation(folder, op, readings[i])) };
  }

  private async loadInto(node: TenantNode, list: PagedList, load: () => Promise<Outcome<TenantNode[]>>): Promise<void> {
    const generation = list.generation;
    const r = await load();
    if (this.lists.get(node.key) !== list || list.generation !== generation) return;
    list.pending = undefined;
    if (r.ok) {
      list.items = r.value;
      list.error = undefined;
    } else {
      list.error = errorNode(node, r.failure, this.deps.permissionFor);
    }
    this.deps.onChanged(node);
  }

  /** Children once the current page is in: for tests, benchmarks and commands that need the loaded items. */
  async loadedChildren(node: TenantNode): Promise<TenantNode[]> {
    for (let i = 0; i < 5; i++) {
      const shown = this.children(node);
      const pending = this.lists.get(node.key)?.pending;
      if (!pending) return shown;
      await pending;
    }
    return this.children(node);
  }

  /** Fetches the next page of the list under `parentKey`; resolves when it is shown. */
  async loadMore(parentKey: string): Promise<void> {
    const parent = this.byKey.get(parentKey);
    const list = this.lists.get(parentKey);
    if (!parent || !list) return;
    if (list.pending) return list.pending;
    if (!list.nextLink) return;
    list.pending = this.fetchInto(parent, list, list.nextLink);
    this.deps.onChanged(parent);
    return list.pending;
  }

  /** Forgets loaded children under `node` (everything when undefined); they load again when next shown. */
  invalidate(node?: TenantNode): void {
    if (!node) {
      this.lists.clear();
      this.fixed.clear();
      this.byKey.clear();
      return;
    }
    const inside = (key: string): boolean => key === node.key || key.startsWith(`${node.key}/`);
    for (const key of [...this.lists.keys()]) if (inside(key)) this.lists.delete(key);
    for (const key of [...this.fixed.keys()]) if (inside(key)) this.fixed.delete(key);
  }

  find(key: string): TenantNode | undefined {
    return this.byKey.get(key);
  }

  private fixedChildren(node: TenantNode): TenantNode[] | undefined {
    switch (node.kind) {
      case 'tenant': return tenantFolders(node);
      case 'connectorGroup': return connectorGroupFolders(node);
      case 'externalConnection': return externalConnectionChildren(node, this.deps.rememberedGroups());
      default: return undefined;
    }
  }

  private render(node: TenantNode, list: PagedList): TenantNode[] {
    if (list.error && list.items.length === 0) return [list.error];
    if (list.items.length === 0) return [list.pending ? loadingNode(node) : emptyNode(node)];
    // After a failed "load more" the error shows above a "Load more" that retries the same page.
    const more = list.nextLink ? [loadMoreNode(node, list.nextLink, list.items.length)] : [];
    const tail = list.pending ? [loadingNode(node)] : list.error ? [list.error, ...more] : more;
    return [...list.items, ...tail];
  }

  private async fetchInto(node: TenantNode, list: PagedList, url: string): Promise<void> {
    const generation = list.generation;
    const page = await fetchPage(this.deps.send, url);
    if (this.lists.get(node.key) !== list || list.generation !== generation) return;
    list.pending = undefined;
    if (page.ok) {
      // $skip paging shifts when the tenant changes between pages; a repeated item would be a duplicate TreeItem id.
      const seen = new Set(list.items.map(n => n.key));
      list.items = [...list.items, ...mapPageValues(node, page.value.values).filter(n => !seen.has(n.key))];
      list.nextLink = page.value.nextLink;
      list.error = undefined;
    } else {
      list.error = errorNode(node, page.failure, this.deps.permissionFor);
    }
    this.deps.onChanged(node);
  }

  private remember(nodes: TenantNode[]): TenantNode[] {
    for (const n of nodes) this.byKey.set(n.key, n);
    return nodes;
  }
}
