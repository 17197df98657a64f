/**
 * The least-privileged permission of the operation a refused request was, for the 403 item. Graph's
 * own 403 ("Insufficient privileges...") never names it; the route table, generated from the Graph
 * permission map, does. Delegated first: the tree always acts as the signed-in user.
 */
import { loadRouteTable, matchRoute, parseGraphUrl } from '../graph/routes';
import type { PermissionLookup } from './stateNodes';

export const permissionFor: PermissionLookup = (method, url) => {
  const parsed = parseGraphUrl(url);
  if (!parsed.ok) return undefined;
  const op = matchRoute(loadRouteTable(), parsed.version, parsed.path, method)?.operation;
  return op ? op.permissions.delegated ?? op.permissions.application ?? op.permissions.all[0] : undefined;
};
