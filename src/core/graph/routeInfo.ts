import { loadRouteTable, parseGraphUrl } from './routes';
import { graphRoute } from './graphRoute';
import { leastPermissions } from './types';
import { l10n } from '../text/l10n';

export interface RouteInfo {
  operationId: string;
  summary: string;
  /** Least-privileged permission, as shown: delegated when there is one, else application ("A and B" when two go together). */
  permission?: string;
  delegated?: string;
  application?: string;
  /** What `permission` names, one entry per permission: the scopes to sign in with. */
  consent?: string[];
  /** The metadata's words when the path goes through what it deprecates (Core.V1.Revisions: Route.deprecated). */
  deprecated?: string;
}

/** Permissions asked for together, as the docs write them: "Policy.Read.All and Policy.ReadWrite.ConditionalAccess". */
export function permissionsText(names: string[]): string | undefined {
  return names.length ? names.reduce((all, p) => l10n.t('{0} and {1}', all, p)) : undefined;
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
  const delegated = leastPermissions(op.permissions, 'delegated'), application = leastPermissions(op.permissions, 'application');
  const consent = delegated.length ? delegated : application;
  return {
    operationId: op.id, summary: op.summary, permission: permissionsText(consent), delegated: permissionsText(delegated), application: permissionsText(application),
    ...(consent.length ? { consent } : {}), ...(match!.route.deprecated ? { deprecated: match!.route.deprecated.message } : {}),
  };
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
