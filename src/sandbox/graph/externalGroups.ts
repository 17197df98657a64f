import type { SandboxContext } from '../context';
import type { SeedIdentity } from '../types';
import { memberKey, type ExternalGroup } from '../store';
import { findConnection } from './externalConnections';
import { GraphError, notFound } from './errors';
import { entityResult } from './odata';
import { noContent, type SandboxRequest, type GraphResult } from './request';
import { bodySchemas } from './bodySchemas';
import { validateBody } from './validateBody';

const GROUP_TYPE = 'microsoft.graph.externalConnectors.externalGroup';
const IDENTITY_TYPE = 'microsoft.graph.externalConnectors.identity';

function groupsOf(ctx: SandboxContext, connectionId: string): Map<string, ExternalGroup> {
  findConnection(ctx, connectionId);
  const state = ctx.state;
  let groups = state.externalGroups.get(connectionId);
  if (!groups) state.externalGroups.set(connectionId, groups = new Map());
  return groups;
}

function findGroup(ctx: SandboxContext, connectionId: string, groupId: string): ExternalGroup {
  const group = groupsOf(ctx, connectionId).get(groupId);
  if (!group) throw notFound(groupId);
  return group;
}

const groupsFragment = (connectionId: string): string => `external/connections('${connectionId}')/groups`;

export function createExternalGroup(req: SandboxRequest): GraphResult {
  const state = req.ctx.state;
  const [connectionId] = req.params;
  const groups = groupsOf(req.ctx, connectionId);
  const body = validateBody(req.body, bodySchemas['externalGroup.create'], req.version);
  const id = body.id as string;
  if (groups.has(id)) throw new GraphError(409, 'Conflict', `An external group with the id '${id}' already exists in connection '${connectionId}'.`);
  const group: ExternalGroup = { id, displayName: (body.displayName as string | undefined) ?? null, description: (body.description as string | undefined) ?? null };
  groups.set(id, group);
  state.externalGroupMembers.set(memberKey(connectionId, id), new Map());
  return entityResult(req, group, GROUP_TYPE, groupsFragment(connectionId), 201);
}

export function getExternalGroup(req: SandboxRequest): GraphResult {
  const [connectionId, groupId] = req.params;
  return entityResult(req, findGroup(req.ctx, connectionId, groupId), GROUP_TYPE, groupsFragment(connectionId));
}

export function updateExternalGroup(req: SandboxRequest): GraphResult {
  const [connectionId, groupId] = req.params;
  const group = findGroup(req.ctx, connectionId, groupId);
  const body = validateBody(req.body, bodySchemas['externalGroup.update'], req.version);
  if ('displayName' in body) group.displayName = (body.displayName as string | null) ?? null;
  if ('description' in body) group.description = (body.description as string | null) ?? null;
  return noContent();
}

export function deleteExternalGroup(req: SandboxRequest): GraphResult {
  const state = req.ctx.state;
  const [connectionId, groupId] = req.params;
  findGroup(req.ctx, connectionId, groupId);
  state.externalGroups.get(connectionId)?.delete(groupId);
  state.externalGroupMembers.delete(memberKey(connectionId, groupId));
  return noContent();
}

function membersOf(ctx: SandboxContext, connectionId: string, groupId: string): Map<string, SeedIdentity> {
  findGroup(ctx, connectionId, groupId);
  const state = ctx.state;
  const key = memberKey(connectionId, groupId);
  let members = state.externalGroupMembers.get(key);
  if (!members) state.externalGroupMembers.set(key, members = new Map());
  return members;
}

/** Adding a member answers 201 with the identity, as documented. Adding the same identity twice is a conflict. */
export function addExternalGroupMember(req: SandboxRequest): GraphResult {
  const [connectionId, groupId] = req.params;
  const members = membersOf(req.ctx, connectionId, groupId);
  const body = validateBody(req.body, bodySchemas['identity.create'], req.version);
  const identity: SeedIdentity = { id: body.id as string, type: body.type as SeedIdentity['type'] };
  if (members.has(identity.id)) throw new GraphError(409, 'Conflict', `The identity '${identity.id}' is already a member of external group '${groupId}'.`);
  members.set(identity.id, identity);
  return entityResult(req, identity, IDENTITY_TYPE, `${groupsFragment(connectionId)}('${groupId}')/members`, 201);
}

export function removeExternalGroupMember(req: SandboxRequest): GraphResult {
  const [connectionId, groupId, memberId] = req.params;
  const members = membersOf(req.ctx, connectionId, groupId);
  if (!members.delete(memberId)) throw notFound(memberId);
  return noContent();
}
