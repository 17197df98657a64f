import type { Connector, SandboxState } from '../store';
import { notFound } from './errors';
import { collectionResult, entityResult } from './odata';
import { refTargetId } from './refs';
import { noContent, type SandboxRequest, type GraphResult } from './request';

const CONNECTOR_TYPE = 'microsoft.graph.connector';
const CONNECTORS_FRAGMENT = "onPremisesPublishingProfiles('applicationProxy')/connectors";

function findConnector(state: SandboxState, id: string): Connector {
  const connector = state.connectors.get(id);
  if (!connector) throw notFound(id);
  return connector;
}

export function listConnectors(req: SandboxRequest): GraphResult {
  return collectionResult(req, [...req.ctx.state.connectors.values()], CONNECTOR_TYPE, CONNECTORS_FRAGMENT);
}

export function getConnector(req: SandboxRequest): GraphResult {
  return entityResult(req, findConnector(req.ctx.state, req.params[0]), CONNECTOR_TYPE, CONNECTORS_FRAGMENT);
}

export function listConnectorMemberOf(req: SandboxRequest): GraphResult {
  const state = req.ctx.state;
  const connector = findConnector(state, req.params[0]);
  const groupId = state.connectorGroupOf.get(connector.id);
  const group = groupId ? state.connectorGroups.get(groupId) : undefined;
  return collectionResult(req, group ? [group] : [], 'microsoft.graph.connectorGroup', `${CONNECTORS_FRAGMENT}('${connector.id}')/memberOf`);
}

/**
 * The docs say 201 with the group in the body, but their sibling (connectorGroups/{id}/members/$ref) documents 204 and
 * OData answers every $ref POST with 204 No Content. The sandbox returns 204 in both directions so a client sees one
 * consistent answer; the route table lists both codes as success, so clients written against the docs still pass.
 */
export function addConnectorMemberOf(req: SandboxRequest): GraphResult {
  const state = req.ctx.state;
  const connector = findConnector(state, req.params[0]);
  const groupId = refTargetId(req.body, 'connectorGroup', req.version, id => state.connectorGroups.has(id));
  state.connectorGroupOf.set(connector.id, groupId);
  return noContent();
}
