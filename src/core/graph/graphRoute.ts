/**
 * Which route a Graph request addresses, asked the same way by every feature: the validator, the CodeLens (operation
 * and least-privileged permission), the scopes a send signs in with and the 403 hint.
 * routes.json's documented routes first; in v1.0, what they lack comes from the whole v1.0 metadata (v1Routes.ts).
 */
import type { RouteTable } from './types';
import { matchRoute, normalizeVersion, type RouteMatch } from './routes';
import type { V1Resolution } from './v1Routes';

/**
 * The v1.0 path walk, loaded the first time a v1.0 path routes.json does not answer needs it: the CLI's send asks
 * graphRoute for the sign-in scopes of every request, and most never need the walk (nor its module's start-up).
 */
let v1Routes: typeof import('./v1Routes') | undefined;
function resolveV1Path(path: string): V1Resolution {
  // Kept once: the bundler turns each require() of an ES module into a fresh copy of its exports (__toCommonJS),
  // which every v1.0 request paid for.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, synchronously
  v1Routes ??= require('./v1Routes') as typeof import('./v1Routes');
  return v1Routes.resolveV1Path(path);
}

export interface GraphRoute {
  match?: RouteMatch;
  /** The walk through the v1.0 metadata, when it was asked (v1.0 paths routes.json does not fully answer). */
  v1?: V1Resolution;
}

/**
 * The route `method path` addresses in `version` (as written; `Beta` reads as beta):
 * - a route of routes.json with an operation for the method: that one;
 * - under a partial root (routes.json has only the App Proxy tutorial's operations for /users, /applications, ...)
 *   a v1.0 method routes.json lacks: the whole v1.0 metadata's route, when it has that method (PATCH
 *   /v1.0/users/{id} gets user's update operation and schema);
 * - a v1.0 path routes.json does not have: the v1.0 metadata's route (with or without an operation for the method);
 * - else routes.json's route without an operation, or nothing.
 */
export function graphRoute(table: RouteTable, version: string, path: string, method: string, segments?: string[]): GraphRoute {
  const match = matchRoute(table, version, path, method, segments);
  if (match?.operation || normalizeVersion(version, table) !== 'v1.0') return { match };
  const upper = method.toUpperCase();
  if (match) {
    const first = (segments ?? path.split('?')[0].split('/').filter(Boolean))[0]?.toLowerCase();
    if (!(table.partialRoots ?? []).some(r => r.toLowerCase() === first)) return { match };
    const whole = resolveV1Path(path);
    const operation = whole.kind === 'route' ? whole.route.operations.find(o => o.method === upper) : undefined;
    return whole.kind === 'route' && operation ? { match: { route: whole.route, params: {}, operation } } : { match };
  }
  const v1 = resolveV1Path(path);
  if (v1.kind !== 'route') return { v1 };
  const operation = v1.route.operations.find(o => o.method === upper);
  return { match: { route: v1.route, params: {}, ...(operation ? { operation } : {}) }, v1 };
}
