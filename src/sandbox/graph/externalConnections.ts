import type { SandboxContext } from '../context';
import { memberKey, type ExternalConnection, type SandboxState } from '../store';
import { GraphError, badRequest, notFound } from './errors';
import { collectionResult, entityResult } from './odata';
import { noContent, type SandboxRequest, type GraphResult } from './request';
import { bodySchemas } from './bodySchemas';
import { validateBody } from './validateBody';

const CONNECTION_TYPE = 'microsoft.graph.externalConnectors.externalConnection';
const CONNECTIONS_FRAGMENT = 'external/connections';
/** Graph's documented rule for connection ids (not in the generated schema): 3-32 letters and digits. */
const CONNECTION_ID = /^[A-Za-z0-9]{3,32}$/;
const SETTABLE = ['name', 'description', 'connectorId', 'contentCategory', 'configuration', 'activitySettings', 'searchSettings', 'complianceSettings', 'enabledContentExperiences'];

function removeConnection(state: SandboxState, id: string): void {
  for (const groupId of state.externalGroups.get(id)?.keys() ?? []) state.externalGroupMembers.delete(memberKey(id, groupId));
  state.externalGroups.delete(id);
  state.externalItems.delete(id);
  state.connectionSchemas.delete(id);
  for (const [opId, op] of state.connectionOperations) if (op.connectionId === id) state.connectionOperations.delete(opId);
  state.externalConnections.delete(id);
  state.connectionRemovals.delete(id);
}

/**
 * Applies what Graph has finished by now: schema registrations whose delay is over register their schema (the
 * connection becomes ready), accepted deletes remove their connection. Time is read, never waited for, so a test's
 * clock decides.
 */
export function settleConnections(ctx: SandboxContext): void {
  const { state } = ctx;
  const now = ctx.clock();
  for (const op of state.connectionOperations.values()) {
    if (op.dueMs > now || op.error || state.connectionSchemas.get(op.connectionId) === op.schema) continue;
    const connection = state.externalConnections.get(op.connectionId);
    if (!connection) continue;
    state.connectionSchemas.set(op.connectionId, op.schema);
    connection.state = 'ready';
  }
  for (const [id, dueMs] of state.connectionRemovals) if (dueMs <= now) removeConnection(state, id);
}

export function findConnection(ctx: SandboxContext, id: string): ExternalConnection {
  settleConnections(ctx);
  const connection = ctx.state.externalConnections.get(id);
  if (!connection) throw notFound(id);
  return connection;
}

export function listConnections(req: SandboxRequest): GraphResult {
  settleConnections(req.ctx);
  return collectionResult(req, [...req.ctx.state.externalConnections.values()], CONNECTION_TYPE, CONNECTIONS_FRAGMENT);
}

function applySettable(target: ExternalConnection, body: Record<string, unknown>): void {
  const record = target as unknown as Record<string, unknown>;
  for (const key of SETTABLE) if (key in body) record[key] = body[key];
}

export function createConnection(req: SandboxRequest): GraphResult {
  const state = req.ctx.state;
  settleConnections(req.ctx);
  const body = validateBody(req.body, bodySchemas['externalConnection.create'], req.version);
  const id = body.id as string;
  if (!CONNECTION_ID.test(id)) throw badRequest(`The connection id '${id}' is invalid: it must be 3 to 32 letters or digits.`);
  if (state.externalConnections.has(id)) throw new GraphError(409, 'Conflict', `A connection with the id '${id}' already exists.`);
  const connection: ExternalConnection = { id, name: '', description: null, state: 'draft', configuration: { authorizedAppIds: [] } };
  applySettable(connection, body);
  state.externalConnections.set(id, connection);
  state.externalGroups.set(id, new Map());
  const result = entityResult(req, connection, CONNECTION_TYPE, CONNECTIONS_FRAGMENT, 201);
  result.headers = { location: `${req.ctx.baseUrl}/${req.version}/external/connections('${id}')` };
  return result;
}

export function getConnection(req: SandboxRequest): GraphResult {
  return entityResult(req, findConnection(req.ctx, req.params[0]), CONNECTION_TYPE, CONNECTIONS_FRAGMENT);
}

export function updateConnection(req: SandboxRequest): GraphResult {
  const connection = findConnection(req.ctx, req.params[0]);
  applySettable(connection, validateBody(req.body, bodySchemas['externalConnection.update'], req.version));
  return noContent();
}

export function deleteConnection(req: SandboxRequest): GraphResult {
  const connection = findConnection(req.ctx, req.params[0]);
  // Graph accepts the delete and removes the connection asynchronously (docs: 202 Accepted, v1.0 and beta).
  if (!req.ctx.state.connectionRemovals.has(connection.id)) req.ctx.state.connectionRemovals.set(connection.id, req.ctx.clock() + req.ctx.operationDelayMs);
  return { status: 202 };
}
