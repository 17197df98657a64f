import { randomUUID } from 'node:crypto';
import type { AppRoleAssignment } from '../store';
import { directoryBadRequest, notFound } from './errors';
import type { SandboxRequest, GraphResult } from './request';
import { bodySchemas } from './bodySchemas';
import { validateBody } from './validateBody';

const NO_ROLE = '00000000-0000-0000-0000-000000000000';

/**
 * POST /servicePrincipals/{id}/appRoleAssignments, as the App Proxy tutorial (step 5) uses it, and
 * /servicePrincipals/{id}/appRoleAssignedTo, as its API page assigns a user: assigns a user (or a service principal)
 * one of the resource service principal's app roles. 201 with the assignment.
 */
export function addAppRoleAssignment(req: SandboxRequest): GraphResult {
  const state = req.ctx.state;
  if (!state.servicePrincipals.has(req.params[0])) throw notFound(req.params[0]);
  const body = validateBody(req.body, bodySchemas['appRoleAssignment.create'], req.version);
  for (const name of ['principalId', 'resourceId', 'appRoleId']) {
    if (typeof body[name] !== 'string') throw directoryBadRequest(`The property '${name}' is required when creating an 'appRoleAssignment'.`);
  }
  const { principalId, resourceId, appRoleId } = body as Record<string, string>;
  const resource = state.servicePrincipals.get(resourceId);
  if (!resource) throw notFound(resourceId);
  const user = state.users.get(principalId);
  const principal = user ?? state.servicePrincipals.get(principalId);
  if (!principal) throw notFound(principalId);
  if (appRoleId !== NO_ROLE && !resource.appRoles.some(r => r.id === appRoleId && r.isEnabled)) {
    throw directoryBadRequest('Permission being assigned was not found on application');
  }
  const duplicate = [...state.appRoleAssignments.values()].some(a => a.principalId === principalId && a.resourceId === resourceId && a.appRoleId === appRoleId);
  if (duplicate) throw directoryBadRequest('Permission being assigned already exists on the object');
  const assignment: AppRoleAssignment = {
    id: randomUUID(), appRoleId, creationTimestamp: new Date(req.ctx.clock()).toISOString(), principalDisplayName: principal.displayName,
    principalId, principalType: user ? 'User' : 'ServicePrincipal', resourceDisplayName: resource.displayName, resourceId,
  };
  state.appRoleAssignments.set(assignment.id, assignment);
  return {
    status: 201,
    body: { '@odata.context': `${req.ctx.baseUrl}/${req.version}/$metadata#servicePrincipals('${req.params[0]}')/${req.operation.id === 'servicePrincipal.addAppRoleAssignedTo' ? 'appRoleAssignedTo' : 'appRoleAssignments'}/$entity`, ...assignment },
  };
}
