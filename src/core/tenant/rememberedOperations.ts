/**
 * Connection operations (schema registrations) started from this workspace. Graph has no operation that lists a
 * connection's operations: PATCH .../schema answers 202 Accepted with `Location: .../operations/{id}` (docs-facts
 * rule schema.async, externalconnectors-externalconnection-patch-schema.md) and that URL is the only way to find
 * one again. So the tree keeps the ids it saw, per tenant (perTenantStore.ts) like RememberedExternalGroups, the
 * newest first and at most MAX_PER_CONNECTION per connection.
 */
import { graphPath, PerTenantStore, sameItem as same, type KeyValueStore } from './perTenantStore';

export interface RememberedOperation {
  connectionId: string;
  id: string;
  /** When the 202 came (ms since the epoch). */
  startedAt: number;
  /** The status last read (inprogress, completed, failed...), shown until the next GET. */
  status?: string;
}

const STORE_KEY = 'graphConnectorGroups.rememberedOperations';
export const MAX_PER_CONNECTION = 10;

export class RememberedOperations {
  private readonly lists: PerTenantStore<RememberedOperation>;

  constructor(store: KeyValueStore) {
    this.lists = new PerTenantStore(store, STORE_KEY);
  }

  /** Newest first. */
  list(tenantKey: string): RememberedOperation[] {
    return this.lists.list(tenantKey);
  }

  async remember(tenantKey: string, operation: RememberedOperation): Promise<void> {
    const others = this.list(tenantKey).filter(o => !same(o, operation));
    const all = [operation, ...others].sort((a, b) => b.startedAt - a.startedAt);
    const perConnection = new Map<string, number>();
    const kept = all.filter(o => {
      const key = o.connectionId.toLowerCase();
      const n = (perConnection.get(key) ?? 0) + 1;
      perConnection.set(key, n);
      return n <= MAX_PER_CONNECTION;
    });
    await this.lists.write(tenantKey, kept);
  }

  /** Records the status a GET returned; unknown operations are left alone. */
  async setStatus(tenantKey: string, connectionId: string, id: string, status: string): Promise<void> {
    const list = this.list(tenantKey);
    const i = list.findIndex(o => same(o, { connectionId, id }));
    if (i < 0 || list[i].status === status) return;
    list[i] = { ...list[i], status };
    await this.lists.write(tenantKey, list);
  }
}

/** `{connectionId, id}` of an operation URL (`.../external/connections/{c}/operations/{id}`, any host and version). */
export function operationFromLocation(location: string | undefined): { connectionId: string; id: string } | undefined {
  if (!location) return undefined;
  const path = graphPath(location);
  const m = /^\/(?:v1\.0|beta)\/external\/connections\/([^/]+)\/operations\/([^/]+)\/?$/i.exec(path);
  if (!m) return undefined;
  return { connectionId: decodeURIComponent(m[1]), id: decodeURIComponent(m[2]) };
}

/**
 * The operation a schema registration sent from a .http file started: PATCH (or the docs' older POST)
 * `.../external/connections/{c}/schema` answered 202 with a Location naming `.../connections/{c}/operations/{id}`.
 */
export function startedOperation(mutation: { method: string; url: string; status: number; responseLocation?: string }, now: number): RememberedOperation | undefined {
  const method = mutation.method.toUpperCase();
  if ((method !== 'PATCH' && method !== 'POST') || mutation.status !== 202) return undefined;
  const path = graphPath(mutation.url);
  if (!/^\/(?:v1\.0|beta)\/external\/connections\/[^/]+\/schema\/?$/i.test(path)) return undefined;
  const op = operationFromLocation(mutation.responseLocation);
  return op ? { ...op, startedAt: now } : undefined;
}
