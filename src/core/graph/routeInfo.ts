import { loadRouteTable, parseGraphUrl } from './routes';
import { graphRoute } from './graphRoute';

export interface RouteInfo {
  operationId: string;
  summary: string;
  /** Least-privileged permission: delegated when there is one, else application. */
  permission?: string;
  delegated?: string;
  application?: string;
}

/**
 * The operation a request addresses, for the CodeLens and the 403 hint: routes.json's documented one, else (v1.0) the
 * whole v1.0 metadata's, with permissions.json's least-privileged permissions. Pure; undefined for URLs that are not
 * Graph routes we know (other hosts, typos, unresolved `{{host}}` prefixes).
 */
export function routeInfoFor(method: string, url: string): RouteInfo | undefined {
  const table = loadRouteTable();
  const parsed = parseGraphUrl(url, table);
  if (!parsed.ok) return undefined;
  const { match } = graphRoute(table, parsed.version, parsed.path, method, parsed.segments);
  const op = match?.operation;
  if (!op) return undefined;
  const { delegated, application } = op.permissions;
  return { operationId: op.id, summary: op.summary, permission: delegated ?? application, delegated, application };
}

/**
 * The permission a 403 is about: one named in Graph's message (e.g. "...requires Directory.ReadWrite.All"),
 * else the route table's least-privileged one. Undefined when neither says.
 */
export function missingPermission(errorMessage: string | undefined, routePermission: string | undefined): string | undefined {
  const named = errorMessage?.match(/\b[A-Z][A-Za-z]+(?:\.[A-Z][A-Za-z]+){1,3}\b/g)
    ?.find(p => /\.(All|OwnedBy|Read|ReadWrite|Basic|Shared)$/.test(p) || /\.(Read|ReadWrite)\./.test(p));
  return named ?? routePermission;
}
