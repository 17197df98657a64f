import { loadRouteTable, matchRoute, normalizeVersion, type RouteMatch } from '../../core/graph/routes';
import type { ApiVersion, RouteOperation, RouteTable } from '../../core/graph/types';
import { GraphError, badRequest, unknownSegment } from './errors';

export interface ResolvedRoute { version: ApiVersion; path: string; operation: RouteOperation; params: string[] }

function safeDecode(segment: string): string {
  try { return decodeURIComponent(segment); } catch { return segment; }
}

/**
 * The first segment no route of this version knows at that position: what Graph names in
 * "Resource not found for the segment '...'" (e.g. onPremisesPublishingProfiles under v1.0, which only beta has).
 */
function firstUnknownSegment(table: RouteTable, version: ApiVersion, segments: string[]): string {
  let candidates = table.routes.filter(r => r.versions.includes(version)).map(r => r.template.split('/').filter(Boolean));
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    candidates = candidates.filter(t => t[i] !== undefined && ((t[i].startsWith('{') && !seg.startsWith('$')) || t[i].toLowerCase() === seg.toLowerCase()));
    if (candidates.length === 0) return safeDecode(seg);
  }
  return safeDecode(segments[segments.length - 1] ?? version);
}

function methodNotAllowed(match: RouteMatch): GraphError {
  const allow = match.route.operations.map(o => o.method).join(', ');
  return new GraphError(405, 'BadRequest', 'The OData request is not supported.', { allow });
}

/** Maps a request path to the route table's operation, failing the way Graph fails for unknown versions, segments and methods. */
export function resolveRoute(pathname: string, method: string): ResolvedRoute {
  const table = loadRouteTable();
  const [versionSegment = '', ...segments] = pathname.split('/').filter(Boolean);
  const version = normalizeVersion(versionSegment, table) as ApiVersion | undefined;
  if (!version) throw badRequest(`Invalid version: ${safeDecode(versionSegment)}`);
  const path = `/${segments.join('/')}`;
  const match = matchRoute(table, version, path, method);
  if (!match) throw unknownSegment(firstUnknownSegment(table, version, segments));
  if (!match.operation) throw methodNotAllowed(match);
  return { version, path, operation: match.operation, params: Object.values(match.params).map(safeDecode) };
}
