import { notFound } from './errors';
import { refTargetId } from './refs';
import { noContent, type GraphRequest, type GraphResult } from './request';

/** PUT /applications/{id}/connectorGroup/$ref: assigns (or moves) an app-proxy application to a connector group. */
export function assignApplicationConnectorGroup(req: GraphRequest): GraphResult {
  const state = req.ctx.state;
  const appId = req.params[0];
  if (!state.applications.has(appId)) throw notFound(appId);
  const groupId = refTargetId(req.body, 'connectorGroup', req.version, id => state.connectorGroups.has(id));
  state.applicationGroupOf.set(appId, groupId);
  return noContent();
}
