/**
 * The Graph calls behind the tree's actions. Each returns what Graph answered or throws a
 * GraphActionError whose message is ready for the user (the command boundary shows it once).
 */
import { connectorGroupRefBody, graphUrls } from './graphUrls';
import { call, fetchPage, GraphActionError, type TenantRequest, type GraphSend } from './tenantAnswers';
import { deleteRefusedMessage } from './stateNodes';
import { l10n } from '../text/l10n';

type Json = Record<string, unknown>;
const JSON_HEADERS = { 'Content-Type': 'application/json' };

async function must(send: GraphSend, request: TenantRequest, what: string): Promise<unknown> {
  const r = await call(send, request);
  if (!r.ok) throw new GraphActionError(r.failure.status ? l10n.t('{0} failed: {1} (HTTP {2})', what, r.failure.message, r.failure.status) : l10n.t('{0} failed: {1}', what, r.failure.message), r.failure);
  return r.value;
}

export async function createConnectorGroup(send: GraphSend, input: { name: string; region?: string }): Promise<Json> {
  const body: Json = { name: input.name };
  if (input.region) body.region = input.region;
  const created = await must(send, { method: 'POST', url: graphUrls.connectorGroups(), headers: JSON_HEADERS, body: JSON.stringify(body) }, l10n.t('Creating connector group "{0}"', input.name));
  return (created ?? body) as Json;
}

export async function renameConnectorGroup(send: GraphSend, id: string, name: string): Promise<void> {
  await must(send, { method: 'PATCH', url: graphUrls.connectorGroup(id), headers: JSON_HEADERS, body: JSON.stringify({ name }) }, l10n.t('Renaming the connector group to "{0}"', name));
}

export async function deleteConnectorGroup(send: GraphSend, id: string, name: string): Promise<void> {
  const r = await call(send, { method: 'DELETE', url: graphUrls.connectorGroup(id) });
  if (!r.ok) throw new GraphActionError(deleteRefusedMessage(name, r.failure), r.failure);
}

/** `POST connectors/{id}/memberOf/$ref`: a connector is in exactly one group, so this also moves it. */
export async function addConnectorToGroup(send: GraphSend, connectorId: string, groupId: string): Promise<void> {
  await must(send, { method: 'POST', url: graphUrls.connectorMemberOfRef(connectorId), headers: JSON_HEADERS, body: connectorGroupRefBody(groupId) }, l10n.t('Adding the connector to the group'));
}

/** `PUT applications/{id}/connectorGroup/$ref`: an app is in one group, so this moves it (connectorgroup-post-applications.md). */
export async function assignApplicationToGroup(send: GraphSend, applicationId: string, groupId: string): Promise<void> {
  await must(send, { method: 'PUT', url: graphUrls.applicationConnectorGroupRef(applicationId), headers: JSON_HEADERS, body: connectorGroupRefBody(groupId) }, l10n.t('Assigning the application to the connector group'));
}

/** GET before remembering: an id that Graph does not know must not appear in the tree. */
export async function getExternalGroup(send: GraphSend, connectionId: string, groupId: string): Promise<Json> {
  const r = await call(send, { method: 'GET', url: graphUrls.externalGroup(connectionId, groupId) });
  if (!r.ok) {
    const reason = r.failure.status === 404 ? l10n.t('there is no group "{0}" in connection "{1}"', groupId, connectionId) : r.failure.message;
    throw new GraphActionError(l10n.t('Could not add external group "{0}": {1}', groupId, reason), r.failure);
  }
  return (r.value ?? { id: groupId }) as Json;
}

/** Every item of a collection, following nextLink up to `maxItems` (quick picks need the whole list, not one page). */
export async function listAll(send: GraphSend, url: string, what: string, maxItems = 2000): Promise<Json[]> {
  const out: Json[] = [];
  let next: string | undefined = url;
  while (next && out.length < maxItems) {
    const page = await fetchPage(send, next);
    if (!page.ok) throw new GraphActionError(l10n.t('Listing {0} failed: {1}', what, page.failure.message), page.failure);
    out.push(...(page.value.values.filter(v => v && typeof v === 'object') as Json[]));
    next = page.value.nextLink;
  }
  return out;
}
