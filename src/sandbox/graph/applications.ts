import type { ApiVersion } from '../../core/graph/types';
import type { Application, SandboxState } from '../store';
import { directoryBadRequest, notFound } from './errors';
import { refTargetId } from './refs';
import { entityResult } from './odata';
import { noContent, type SandboxRequest, type GraphResult } from './request';
import { bodySchemas } from './bodySchemas';
import { validateBody } from './validateBody';

export function findApplication(state: SandboxState, id: string): Application {
  const app = state.applications.get(id);
  if (!app) throw notFound(id);
  return app;
}

/** onPremisesPublishing exists only in beta's metadata: v1.0 answers leave it out, as Graph's do. */
export function applicationView(app: Application, version: ApiVersion): object {
  if (version === 'beta') return app;
  const { onPremisesPublishing: _beta, ...v1 } = app;
  return v1;
}

/** GET /applications/{id} (application-get.md): 200 with the application, `$select` honoured; beta adds onPremisesPublishing. */
export function getApplication(req: SandboxRequest): GraphResult {
  const app = findApplication(req.ctx.state, req.params[0]);
  return entityResult(req, applicationView(app, req.version), 'microsoft.graph.application', 'applications');
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** PATCH semantics for complex values: named properties replace, nested complex values merge, collections replace. */
function merge(target: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const out = { ...target };
  for (const [key, value] of Object.entries(patch)) out[key] = isPlainObject(value) && isPlainObject(out[key]) ? merge(out[key], value) : value;
  return out;
}

const withoutSlash = (url: string): string => url.replace(/\/+$/, '').toLowerCase();

/**
 * The tutorial (concepts/application-proxy-configure-api.md, step 2): onPremisesPublishing cannot be configured until
 * the external URL is among the app's identifierUris.
 */
function checkExternalUrlRegistered(app: Application, publishing: Record<string, unknown>): void {
  const externalUrl = publishing.externalUrl;
  if (typeof externalUrl !== 'string') return;
  if (!app.identifierUris.some(uri => withoutSlash(uri) === withoutSlash(externalUrl))) {
    throw directoryBadRequest(`The external URL '${externalUrl}' must be added to identifierUris before onPremisesPublishing can be configured.`);
  }
}

/** PATCH /applications/{id}: 204; v1.0 refuses onPremisesPublishing as an unknown property (it is beta only). */
export function updateApplication(req: SandboxRequest): GraphResult {
  const app = findApplication(req.ctx.state, req.params[0]);
  const body = validateBody(req.body, bodySchemas['application.update'], req.version, { deep: true });
  if (body.displayName === null) throw directoryBadRequest("Invalid value specified for property 'displayName' of resource 'Application'.");
  if (body.identifierUris === null) throw directoryBadRequest("Invalid value specified for property 'identifierUris' of resource 'Application'.");
  const updated = merge(app as unknown as Record<string, unknown>, body) as unknown as Application;
  if (isPlainObject(body.onPremisesPublishing)) {
    const publishing = merge(app.onPremisesPublishing ?? {}, body.onPremisesPublishing);
    checkExternalUrlRegistered(updated, publishing);
    // Read-only and "preset by the system" (api-reference/beta/resources/onpremisespublishing.md).
    updated.onPremisesPublishing = { ...publishing, isOnPremPublishingEnabled: true };
  }
  Object.assign(app, updated);
  return noContent();
}

/** DELETE /applications/{id}: also deletes its service principal and that principal's role assignments (tutorial step 7). */
export function deleteApplication(req: SandboxRequest): GraphResult {
  const state = req.ctx.state;
  const app = findApplication(state, req.params[0]);
  for (const sp of [...state.servicePrincipals.values()].filter(s => s.appId === app.appId)) {
    state.servicePrincipals.delete(sp.id);
    for (const [id, a] of state.appRoleAssignments) if (a.resourceId === sp.id || a.principalId === sp.id) state.appRoleAssignments.delete(id);
  }
  state.applications.delete(app.id);
  state.applicationGroupOf.delete(app.id);
  return noContent();
}

/** PUT /applications/{id}/connectorGroup/$ref: assigns (or moves) an app-proxy application to a connector group. */
export function assignApplicationConnectorGroup(req: SandboxRequest): GraphResult {
  const state = req.ctx.state;
  const app = findApplication(state, req.params[0]);
  const groupId = refTargetId(req.body, 'connectorGroup', req.version, id => state.connectorGroups.has(id));
  state.applicationGroupOf.set(app.id, groupId);
  return noContent();
}
