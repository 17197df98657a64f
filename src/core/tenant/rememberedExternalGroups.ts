/**
 * External groups this workspace created or added by id. Graph cannot list a connection's groups,
 * so this is the tree's only source for them (kept per tenant: perTenantStore.ts).
 */
import { graphPath, PerTenantStore, sameItem as same, type KeyValueStore } from './perTenantStore';
export interface RememberedExternalGroup {
  connectionId: string;
  id: string;
  /** The group as Graph last returned it (displayName, description), for the label and "Open JSON". */
  json?: Record<string, unknown>;
}

const STORE_KEY = 'graphConnectorGroups.rememberedExternalGroups';

export class RememberedExternalGroups {
  private readonly lists: PerTenantStore<RememberedExternalGroup>;

  constructor(store: KeyValueStore) {
    this.lists = new PerTenantStore(store, STORE_KEY);
  }

  list(tenantKey: string): RememberedExternalGroup[] {
    return this.lists.list(tenantKey);
  }

  /** Adds or replaces (same connection and id): re-adding refreshes the stored JSON. */
  async remember(tenantKey: string, group: RememberedExternalGroup): Promise<void> {
    const rest = this.list(tenantKey).filter(g => !same(g, group));
    await this.lists.write(tenantKey, [...rest, group].sort((a, b) => a.connectionId.localeCompare(b.connectionId) || a.id.localeCompare(b.id)));
  }

  async forget(tenantKey: string, connectionId: string, id: string): Promise<boolean> {
    const before = this.list(tenantKey);
    const after = before.filter(g => !same(g, { connectionId, id }));
    if (after.length === before.length) return false;
    await this.lists.write(tenantKey, after);
    return true;
  }
}

/** The group a successful create/delete from a .http file names, if any: `.../external/connections/{c}/groups[/{g}]`. */
export function externalGroupFromUrl(url: string): { connectionId: string; id?: string } | undefined {
  const path = graphPath(url);
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
