/**
 * External groups this workspace created or added by id. Graph cannot list a connection's groups,
 * so this is the tree's only source for them; it is kept per tenant (a sandbox group must not show
 * under a real tenant) in a key-value store (workspaceState in the extension, a Map in tests).
 */
export interface RememberedExternalGroup {
  connectionId: string;
  id: string;
  /** The group as Graph last returned it (displayName, description), for the label and "Open JSON". */
  json?: Record<string, unknown>;
}

/** The part of vscode.Memento this needs. */
export interface KeyValueStore {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): PromiseLike<void>;
}

const STORE_KEY = 'graphConnectorGroups.rememberedExternalGroups';
type Stored = Record<string, RememberedExternalGroup[]>;

export class RememberedExternalGroups {
  constructor(private readonly store: KeyValueStore) {}

  list(tenantKey: string): RememberedExternalGroup[] {
    return [...(this.store.get<Stored>(STORE_KEY)?.[tenantKey] ?? [])];
  }

  /** Adds or replaces (same connection and id): re-adding refreshes the stored JSON. */
  async remember(tenantKey: string, group: RememberedExternalGroup): Promise<void> {
    const rest = this.list(tenantKey).filter(g => !same(g, group));
    await this.write(tenantKey, [...rest, group].sort((a, b) => a.connectionId.localeCompare(b.connectionId) || a.id.localeCompare(b.id)));
  }

  async forget(tenantKey: string, connectionId: string, id: string): Promise<boolean> {
    const before = this.list(tenantKey);
    const after = before.filter(g => !same(g, { connectionId, id }));
    if (after.length === before.length) return false;
    await this.write(tenantKey, after);
    return true;
  }

  private async write(tenantKey: string, groups: RememberedExternalGroup[]): Promise<void> {
    const all = { ...(this.store.get<Stored>(STORE_KEY) ?? {}) };
    if (groups.length) all[tenantKey] = groups; else delete all[tenantKey];
    await this.store.update(STORE_KEY, all);
  }
}

// Graph ids of external groups are case-insensitive alphanumerics; compare the way the service does.
function same(a: { connectionId: string; id: string }, b: { connectionId: string; id: string }): boolean {
  return a.connectionId.toLowerCase() === b.connectionId.toLowerCase() && a.id.toLowerCase() === b.id.toLowerCase();
}

/** The group a successful create/delete from a .http file names, if any: `.../external/connections/{c}/groups[/{g}]`. */
export function externalGroupFromUrl(url: string): { connectionId: string; id?: string } | undefined {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').split(/[?#]/)[0];
  const m = /^\/(?:v1\.0|beta)\/external\/connections\/([^/]+)\/groups(?:\/([^/]+))?\/?$/i.exec(path);
  if (!m) return undefined;
  return { connectionId: decodeURIComponent(m[1]), id: m[2] ? decodeURIComponent(m[2]) : undefined };
}

/**
 * The external group a successful `POST .../external/connections/{c}/groups` from a .http file created:
 * Graph cannot list groups, so the tree remembers it from the request body's `id`. Undefined otherwise.
 */
export function createdExternalGroup(mutation: { method: string; url: string; status: number; requestBody?: string }): RememberedExternalGroup | undefined {
  if (mutation.method.toUpperCase() !== 'POST' || mutation.status < 200 || mutation.status >= 300 || !mutation.requestBody) return undefined;
  const target = externalGroupFromUrl(mutation.url);
  if (!target || target.id) return undefined;
  let body: unknown;
  try { body = JSON.parse(mutation.requestBody); } catch { return undefined; }
  const id = (body as { id?: unknown } | null)?.id;
  if (typeof id !== 'string' || !id) return undefined;
  return { connectionId: target.connectionId, id, json: body as Record<string, unknown> };
}
