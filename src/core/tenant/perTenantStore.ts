/**
 * What the tree remembers because Graph cannot list it (external groups, connection operations): lists kept per
 * tenant (a sandbox item must not show under a real tenant) under one key of a key-value store (workspaceState in
 * the extension, a Map in tests).
 */

/** The part of vscode.Memento this needs. */
export interface KeyValueStore {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): PromiseLike<void>;
}

/** Something that lives under an external connection: a group, an operation. */
export interface ConnectionItem { connectionId: string; id: string }

export class PerTenantStore<T> {
  constructor(private readonly store: KeyValueStore, private readonly storeKey: string) {}

  list(tenantKey: string): T[] {
    return [...(this.store.get<Record<string, T[]>>(this.storeKey)?.[tenantKey] ?? [])];
  }

  /** Replaces the tenant's list; an empty list removes the tenant's entry. */
  async write(tenantKey: string, items: T[]): Promise<void> {
    const all = { ...(this.store.get<Record<string, T[]>>(this.storeKey) ?? {}) };
    if (items.length) all[tenantKey] = items; else delete all[tenantKey];
    await this.store.update(this.storeKey, all);
  }
}

// Connection, group and operation ids compare case-insensitively, the way the service does.
export function sameItem(a: ConnectionItem, b: ConnectionItem): boolean {
  return a.connectionId.toLowerCase() === b.connectionId.toLowerCase() && a.id.toLowerCase() === b.id.toLowerCase();
}

/** The path of a Graph URL (any host), without query or fragment: what the URL patterns here match. */
export function graphPath(url: string): string {
  return url.replace(/^[a-z]+:\/\/[^/]+/i, '').split(/[?#]/)[0];
}
