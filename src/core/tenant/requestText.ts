/**
 * The `.http` text "Insert request" writes for a tree item: one `### title` block per request (REST Client's
 * separator), absolute Graph URLs, and JSON bodies that match the documented request shapes. Pure, so
 * every choice is unit-tested and the editor side only appends the text.
 */
import { connectorGroupRefBody, connectorRefBody, graphUrls } from './graphUrls';
import type { TenantNode } from './nodes';

export type RequestChoiceId = 'get' | 'update' | 'delete' | 'listMembers' | 'listApplications' | 'addConnector' | 'listMemberOf'
  | 'addToGroup' | 'assignToGroup' | 'createExternalGroup' | 'addMember';

export interface RequestChoice { id: RequestChoiceId; label: string; needs?: 'connector' | 'connectorGroup' }

/** A placeholder the user replaces; the comment above the request says so. */
export const PLACEHOLDER_ID = '00000000-0000-0000-0000-000000000000';

export function requestChoices(node: TenantNode): RequestChoice[] {
  switch (node.kind) {
    case 'connectorGroup': return [
      { id: 'get', label: 'Get this connector group' },
      { id: 'update', label: 'Update (rename) this connector group' },
      { id: 'delete', label: 'Delete this connector group' },
      { id: 'listMembers', label: 'List its connectors' },
      { id: 'listApplications', label: 'List its applications' },
      { id: 'addConnector', label: 'Add a connector to it', needs: 'connector' },
    ];
    case 'connector': return [
      { id: 'get', label: 'Get this connector' },
      { id: 'listMemberOf', label: 'List its connector groups' },
      { id: 'addToGroup', label: 'Add (move) it to a connector group', needs: 'connectorGroup' },
    ];
    case 'application': return [
      { id: 'get', label: 'Get this application (on-premises publishing)' },
      { id: 'assignToGroup', label: 'Assign it to a connector group', needs: 'connectorGroup' },
    ];
    case 'externalConnection': return [
      { id: 'get', label: 'Get this external connection' },
      { id: 'createExternalGroup', label: 'Create an external group in it' },
    ];
    case 'externalGroup': return [
      { id: 'get', label: 'Get this external group' },
      { id: 'update', label: 'Update this external group' },
      { id: 'delete', label: 'Delete this external group' },
      { id: 'addMember', label: 'Add a member to it' },
    ];
    default: return [];
  }
}

interface Req { title: string; method: string; url: string; body?: unknown; bodyText?: string; note?: string }

/** The request block for `choice` on `node`; `otherId` fills the connector/group a `$ref` names (else a placeholder). */
export function requestText(node: TenantNode, choice: RequestChoiceId, otherId?: string): string {
  const r = buildRequest(node, choice, otherId);
  if (!r) throw new Error(`No "${choice}" request for a ${node.kind}.`);
  const lines = [`### ${r.title}`];
  if (r.note) lines.push(`# ${r.note}`);
  lines.push(`${r.method} ${r.url}`);
  const body = r.bodyText ?? (r.body === undefined ? undefined : JSON.stringify(r.body, null, 2));
  if (body !== undefined) lines.push('Content-Type: application/json', '', body);
  return `${lines.join('\n')}\n`;
}

function buildRequest(node: TenantNode, choice: RequestChoiceId, otherId?: string): Req | undefined {
  const id = node.entityId ?? PLACEHOLDER_ID;
  const name = node.label;
  const other = otherId ?? PLACEHOLDER_ID;
  const note = otherId ? undefined : `Replace ${PLACEHOLDER_ID} with the id of the ${choice === 'addConnector' ? 'connector' : 'connector group'}.`;
  const refBody = (text: string): string => JSON.stringify(JSON.parse(text), null, 2);
  switch (`${node.kind}:${choice}`) {
    case 'connectorGroup:get': return { title: `Get connector group "${name}"`, method: 'GET', url: graphUrls.connectorGroup(id) };
    case 'connectorGroup:update': return { title: `Rename connector group "${name}"`, method: 'PATCH', url: graphUrls.connectorGroup(id), body: { name } };
    case 'connectorGroup:delete': return { title: `Delete connector group "${name}" (it must hold no connectors or applications)`, method: 'DELETE', url: graphUrls.connectorGroup(id) };
    case 'connectorGroup:listMembers': return { title: `Connectors in "${name}"`, method: 'GET', url: graphUrls.connectorGroupMembers(id) };
    case 'connectorGroup:listApplications': return { title: `Applications using "${name}"`, method: 'GET', url: graphUrls.connectorGroupApplications(id) };
    case 'connectorGroup:addConnector': return { title: `Add a connector to "${name}"`, note, method: 'POST', url: graphUrls.connectorGroupMembersRef(id), bodyText: refBody(connectorRefBody(other)) };
    case 'connector:get': return { title: `Get connector ${name}`, method: 'GET', url: graphUrls.connector(id) };
    case 'connector:listMemberOf': return { title: `Connector groups of ${name}`, method: 'GET', url: graphUrls.connectorMemberOf(id) };
    case 'connector:addToGroup': return { title: `Move connector ${name} to a connector group`, note, method: 'POST', url: graphUrls.connectorMemberOfRef(id), bodyText: refBody(connectorGroupRefBody(other)) };
    case 'application:get': return {
      title: `Get application "${name}" (on-premises publishing)`, method: 'GET', url: graphUrls.applicationSelected(id),
      note: 'Graph returns onPremisesPublishing (beta) only when $select names it.',
    };
    case 'application:assignToGroup': return { title: `Assign "${name}" to a connector group`, note, method: 'PUT', url: graphUrls.applicationConnectorGroupRef(id), bodyText: refBody(connectorGroupRefBody(other)) };
    case 'externalConnection:get': return { title: `Get external connection "${name}"`, method: 'GET', url: graphUrls.externalConnection(id) };
    case 'externalConnection:createExternalGroup': return {
      title: `Create an external group in "${name}"`, note: 'The id is yours to choose: alphanumeric, up to 128 characters, unique in the connection.',
      method: 'POST', url: graphUrls.externalGroups(id), body: { id: 'newgroup1', displayName: 'New group', description: '' },
    };
    case 'externalGroup:get': return { title: `Get external group "${name}"`, method: 'GET', url: graphUrls.externalGroup(node.connectionId ?? '', id) };
    case 'externalGroup:update': return {
      title: `Update external group "${name}"`, method: 'PATCH', url: graphUrls.externalGroup(node.connectionId ?? '', id),
      body: { displayName: stringProp(node, 'displayName') ?? name, description: stringProp(node, 'description') ?? '' },
    };
    case 'externalGroup:delete': return { title: `Delete external group "${name}"`, method: 'DELETE', url: graphUrls.externalGroup(node.connectionId ?? '', id) };
    case 'externalGroup:addMember': return {
      title: `Add a member to external group "${name}"`, note: 'type is user, group or externalGroup; id is an Entra object id or an external group id.',
      method: 'POST', url: graphUrls.externalGroupMembers(node.connectionId ?? '', id), body: { id: PLACEHOLDER_ID, type: 'user' },
    };
    default: return undefined;
  }
}

function stringProp(node: TenantNode, name: string): string | undefined {
  const v = node.json?.[name];
  return typeof v === 'string' ? v : undefined;
}

/** What to insert at the end of a document holding `existing`, so the new block starts on its own line after a blank one. */
export function textToAppend(existing: string, block: string): string {
  if (existing.trim().length === 0) return block;
  const sep = existing.endsWith('\n\n') ? '' : existing.endsWith('\n') ? '\n' : '\n\n';
  return `${sep}${block}`;
}
