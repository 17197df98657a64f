/**
 * The tree's item models: plain data, no `vscode`, so mapping, paging and error handling are unit-tested
 * in Node. The adapter (../treeItems.ts) turns one into a TreeItem; `contextValue` here is what the
 * manifest's `view/item/context` `when` clauses match, so it is part of the extension's public shape.
 */
export type EntityKind = 'connectorGroup' | 'connector' | 'application' | 'externalConnection' | 'externalGroup';

/** Folders load their children from Graph (`listUrl`) or, for external groups, from the remembered ids. */
export type FolderKind = 'connectorGroups' | 'connectors' | 'externalConnections' | 'groupConnectors' | 'groupApplications';

/**
 * Under an external connection: its schema (read with GET .../schema, one entity, not a page) and the operations
 * this workspace started (Graph has no list of operations: they come from the remembered ids, each GET on expand).
 */
export type ConnectionPartKind = 'connectionSchema' | 'schemaProperty' | 'connectionOperations' | 'connectionOperation';

export type NodeKind = 'tenant' | EntityKind | FolderKind | ConnectionPartKind | 'connectorMemberOf' | 'externalGroups'
  | 'loadMore' | 'loading' | 'empty' | 'error' | 'action';

export interface NodeIcon { id: string; color?: string }
export interface NodeCommand { command: string; title: string; arguments?: unknown[] }

export interface TenantNode {
  /** Unique in the whole tree (parent key + own segment) because one connector shows under several parents; becomes TreeItem.id. */
  readonly key: string;
  readonly kind: NodeKind;
  readonly parent?: TenantNode;
  readonly label: string;
  readonly description?: string;
  readonly tooltip?: string;
  readonly icon?: NodeIcon;
  readonly contextValue?: string;
  readonly expandable: boolean;
  /** Graph id of the entity behind an entity item. */
  readonly entityId?: string;
  /** External groups live under a connection: their URLs need both ids. */
  readonly connectionId?: string;
  /** The Graph object as received, for "Open JSON" and "Insert request". */
  readonly json?: Record<string, unknown>;
  /** First page of the children (folders and expandable entities). */
  readonly listUrl?: string;
  /** What clicking the item does (error items: sign in with the missing scope; action items). */
  readonly command?: NodeCommand;
}

export const CONTEXT = {
  connectorGroupsFolder: 'connectorGroupsFolder',
  connectorGroup: 'connectorGroup',
  connectorGroupDefault: 'connectorGroup.default',
  connectorActive: 'connector.active',
  connectorInactive: 'connector.inactive',
  application: 'application',
  externalConnection: 'externalConnection',
  externalGroup: 'externalGroup',
  /** `connectionOperation.<status>` (inprogress, completed, failed, unknown): "Poll Operation" matches the prefix. */
  connectionOperation: 'connectionOperation',
  schemaProperty: 'schemaProperty',
  loadMore: 'loadMore',
} as const;

export function childKey(parent: TenantNode | undefined, segment: string): string {
  return parent ? `${parent.key}/${segment}` : segment;
}

/** The entity node nearest above `node` (itself included) of one of `kinds`. */
export function ancestorOfKind(node: TenantNode | undefined, ...kinds: NodeKind[]): TenantNode | undefined {
  for (let n = node; n; n = n.parent) if (kinds.includes(n.kind)) return n;
  return undefined;
}

export function isEntity(node: TenantNode): boolean {
  return ['connectorGroup', 'connector', 'application', 'externalConnection', 'externalGroup'].includes(node.kind);
}
