import { randomUUID } from 'node:crypto';
import { applicationsInGroup, connectorsInGroup, type ConnectorGroup, type SandboxState } from '../store';
import { applicationView } from './applications';
import { directoryBadRequest, notFound } from './errors';
import { collectionResult, entityResult } from './odata';
import { refTargetId } from './refs';
import { noContent, type SandboxRequest, type GraphResult } from './request';
import { bodySchemas } from './bodySchemas';
import { validateBody } from './validateBody';

const GROUP_TYPE = 'microsoft.graph.connectorGroup';
const GROUPS_FRAGMENT = "onPremisesPublishingProfiles('applicationProxy')/connectorGroups";

export function findGroup(state: SandboxState, id: string): ConnectorGroup {
  const group = state.connectorGroups.get(id);
  if (!group) throw notFound(id);
  return group;
}

export function listConnectorGroups(req: SandboxRequest): GraphResult {
  return collectionResult(req, [...req.ctx.state.connectorGroups.values()], GROUP_TYPE, GROUPS_FRAGMENT);
}

export function createConnectorGroup(req: SandboxRequest): GraphResult {
  const body = validateBody(req.body, bodySchemas['connectorGroup.create'], req.version);
  const group: ConnectorGroup = {
    id: randomUUID(), name: body.name as string, connectorGroupType: 'applicationProxy', isDefault: false,
    region: (body.region as string | undefined) ?? null,
  };
  req.ctx.state.connectorGroups.set(group.id, group);
  const result = entityResult(req, group, GROUP_TYPE, GROUPS_FRAGMENT, 201);
  result.headers = { location: `${req.ctx.baseUrl}/${req.version}/onPremisesPublishingProfiles/applicationProxy/connectorGroups/${group.id}` };
  return result;
}

export function getConnectorGroup(req: SandboxRequest): GraphResult {
  return entityResult(req, findGroup(req.ctx.state, req.params[0]), GROUP_TYPE, GROUPS_FRAGMENT);
}

function hasMembersOrApplications(state: SandboxState, groupId: string): boolean {
  return connectorsInGroup(state, groupId).length > 0 || applicationsInGroup(state, groupId).length > 0;
}

/** The docs promise 200 with the updated object (not the usual 204), so that is what the sandbox returns. */
export function updateConnectorGroup(req: SandboxRequest): GraphResult {
  const state = req.ctx.state;
  const group = findGroup(state, req.params[0]);
  const body = validateBody(req.body, bodySchemas['connectorGroup.update'], req.version);
  if (body.name === null) throw directoryBadRequest("Invalid value specified for property 'name' of resource 'ConnectorGroup'.");
  if ('region' in body && body.region !== group.region && hasMembersOrApplications(state, group.id)) {
    throw directoryBadRequest('The region of a connector group can only be set when no connectors or applications are assigned to it.');
  }
  if (typeof body.name === 'string') group.name = body.name;
  if ('region' in body) group.region = (body.region as string | null) ?? null;
  return entityResult(req, group, GROUP_TYPE, GROUPS_FRAGMENT);
}

export function deleteConnectorGroup(req: SandboxRequest): GraphResult {
  const state = req.ctx.state;
  const group = findGroup(state, req.params[0]);
  if (group.isDefault) throw directoryBadRequest('The default connector group cannot be deleted.');
  if (hasMembersOrApplications(state, group.id)) {
    throw directoryBadRequest('The connector group cannot be deleted while connectors or applications are assigned to it. Move them to another group first.');
  }
  state.connectorGroups.delete(group.id);
  return noContent();
}

export function listGroupMembers(req: SandboxRequest): GraphResult {
  const group = findGroup(req.ctx.state, req.params[0]);
  return collectionResult(req, connectorsInGroup(req.ctx.state, group.id), 'microsoft.graph.connector', `${GROUPS_FRAGMENT}('${group.id}')/members`);
}

/** A connector belongs to exactly one group, so adding it here moves it out of its current group. */
export function addGroupMember(req: SandboxRequest): GraphResult {
  const state = req.ctx.state;
  const group = findGroup(state, req.params[0]);
  const connectorId = refTargetId(req.body, 'connector', req.version, id => state.connectors.has(id));
  state.connectorGroupOf.set(connectorId, group.id);
  return noContent();
}

export function listGroupApplications(req: SandboxRequest): GraphResult {
  const group = findGroup(req.ctx.state, req.params[0]);
  const apps = applicationsInGroup(req.ctx.state, group.id).map(app => applicationView(app, req.version));
  return collectionResult(req, apps, 'microsoft.graph.application', `${GROUPS_FRAGMENT}('${group.id}')/applications`);
}
