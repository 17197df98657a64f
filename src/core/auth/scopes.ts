import { loadRouteTable, parseGraphUrl } from '../graph/routes';
import { graphRoute } from '../graph/graphRoute';
import { leastPermissions, type RoutePermissions, type RouteTable } from '../graph/types';
import { CLOUDS } from './clouds';

export interface ScopeOptions {
  /** The cloud's Graph host scopes are named after (default https://graph.microsoft.com). */
  graphHost?: string;
  /** A sandbox/proxy endpoint: URLs on it are read as Graph URLs too. */
  graphEndpoint?: string;
  /** App-only tokens take `<graph>/.default` and nothing else. */
  appOnly?: boolean;
  table?: RouteTable;
}

/** Path-only form of a URL on a sandbox/proxy endpoint, so the route table can read it. */
function asGraphPath(url: string, graphEndpoint: string | undefined): string {
  if (!graphEndpoint) return url;
  try {
    const u = new URL(url), e = new URL(graphEndpoint);
    if (u.origin !== e.origin) return url;
    const prefix = e.pathname.replace(/\/+$/, '');
    const path = prefix && u.pathname.startsWith(prefix) ? u.pathname.slice(prefix.length) : u.pathname;
    return path + u.search;
  } catch { return url; }
}

/**
 * Permissions the operation needs (least privileged first): routes.json's documented operation, else (v1.0) the whole
 * v1.0 metadata's with permissions.json's; undefined for an unknown route.
 */
export function permissionsForRequest(method: string, url: string, options: ScopeOptions = {}): RoutePermissions | undefined {
  const table = options.table ?? loadRouteTable();
  const parsed = parseGraphUrl(asGraphPath(url, options.graphEndpoint), table);
  if (!parsed.ok) return undefined;
  return graphRoute(table, parsed.version, parsed.path, method, parsed.segments).match?.operation?.permissions;
}

/** The permissions to name in a hint ("needs X", "needs X and Y"): least-privileged of the kind the token is. */
export function leastPrivilegedPermissions(method: string, url: string, options: ScopeOptions = {}): string[] {
  const p = permissionsForRequest(method, url, options);
  if (!p) return [];
  const least = leastPermissions(p, options.appOnly ? 'application' : 'delegated');
  return least.length ? least : p.all.slice(0, 1);
}

/**
 * Scopes to ask for before sending: the operation's least-privileged delegated permission as
 * `<graph host>/<Permission>` plus `offline_access` (so a refresh token is issued); unknown routes fall back
 * to `<graph host>/.default` (whatever was consented). App-only always uses `.default`.
 */
export function scopesForRequest(method: string, url: string, options: ScopeOptions = {}): string[] {
  const host = (options.graphHost ?? CLOUDS.Global.graphHost).replace(/\/+$/, '');
  if (options.appOnly) return [`${host}/.default`];
  const p = permissionsForRequest(method, url, options);
  const permissions = p ? leastPermissions(p, 'delegated') : [];
  return [...(permissions.length ? permissions.map(permission => `${host}/${permission}`) : [`${host}/.default`]), 'offline_access'];
}
