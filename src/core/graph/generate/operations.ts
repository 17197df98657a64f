/**
 * Presentation data the facts do not carry: a stable id, a one-line summary, the body schema key and the
 * docs page of each documented operation. Keyed by `METHOD /path` with lower-cased segments and every
 * parameter written `{id}`, the form the permission map uses. Methods, paths, statuses and permissions
 * are NOT here: they come from the facts, so an operation listed here but absent from the facts is dropped.
 */
export interface OperationInfo { id: string; summary: string; bodySchema?: string; docs: string }

const CG = '/onpremisespublishingprofiles/applicationproxy/connectorgroups';
const CN = '/onpremisespublishingprofiles/applicationproxy/connectors';
const EC = '/external/connections';
const BETA = 'api-reference/beta/api/';
const V1 = 'api-reference/v1.0/api/';

export const OPERATION_INFO: Record<string, OperationInfo> = {
  [`GET ${CG}`]: { id: 'connectorGroup.list', summary: 'List connector groups', docs: `${BETA}connectorgroup-list.md` },
  [`POST ${CG}`]: { id: 'connectorGroup.create', summary: 'Create a connector group', bodySchema: 'connectorGroup.create', docs: `${BETA}connectorgroup-post.md` },
  [`GET ${CG}/{id}`]: { id: 'connectorGroup.get', summary: 'Get a connector group', docs: 'api-reference/beta/resources/connectorgroup.md' },
  [`PATCH ${CG}/{id}`]: { id: 'connectorGroup.update', summary: 'Update a connector group', bodySchema: 'connectorGroup.update', docs: `${BETA}connectorgroup-update.md` },
  [`DELETE ${CG}/{id}`]: { id: 'connectorGroup.delete', summary: 'Delete a connector group (it must hold no connectors or applications)', docs: `${BETA}connectorgroup-delete.md` },
  [`GET ${CG}/{id}/members`]: { id: 'connectorGroup.listMembers', summary: 'List the connectors in a connector group', docs: `${BETA}connectorgroup-list-members.md` },
  [`POST ${CG}/{id}/members/$ref`]: { id: 'connectorGroup.addMember', summary: 'Add a connector to a connector group', bodySchema: 'ref.connector', docs: `${BETA}connectorgroup-post-members.md` },
  [`GET ${CG}/{id}/applications`]: { id: 'connectorGroup.listApplications', summary: 'List the applications assigned to a connector group', docs: `${BETA}connectorgroup-list-applications.md` },
  [`GET ${CN}`]: { id: 'connector.list', summary: 'List connectors', docs: `${BETA}connector-list.md` },
  [`GET ${CN}/{id}`]: { id: 'connector.get', summary: 'Get a connector', docs: 'api-reference/beta/resources/connector.md' },
  [`GET ${CN}/{id}/memberof`]: { id: 'connector.listMemberOf', summary: 'List the connector groups a connector belongs to', docs: `${BETA}connector-list-memberof.md` },
  [`POST ${CN}/{id}/memberof/$ref`]: { id: 'connector.addMemberOf', summary: 'Add a connector to a connector group (from the connector)', bodySchema: 'ref.connectorGroup', docs: `${BETA}connector-post-memberof.md` },
  ['PUT /applications/{id}/connectorgroup/$ref']: { id: 'application.setConnectorGroup', summary: 'Assign an application to a connector group', bodySchema: 'ref.connectorGroup', docs: `${BETA}connectorgroup-post-applications.md` },
  [`GET ${EC}`]: { id: 'externalConnection.list', summary: 'List external connections', docs: 'api-reference/v1.0/resources/externalconnectors-externalconnection.md' },
  [`POST ${EC}`]: { id: 'externalConnection.create', summary: 'Create an external connection', bodySchema: 'externalConnection.create', docs: `${V1}externalconnectors-external-post-connections.md` },
  [`GET ${EC}/{id}`]: { id: 'externalConnection.get', summary: 'Get an external connection', docs: 'api-reference/v1.0/resources/externalconnectors-externalconnection.md' },
  [`PATCH ${EC}/{id}`]: { id: 'externalConnection.update', summary: 'Update an external connection', bodySchema: 'externalConnection.update', docs: 'api-reference/v1.0/resources/externalconnectors-externalconnection.md' },
  [`DELETE ${EC}/{id}`]: { id: 'externalConnection.delete', summary: 'Delete an external connection', docs: 'api-reference/v1.0/resources/externalconnectors-externalconnection.md' },
  [`POST ${EC}/{id}/groups`]: { id: 'externalGroup.create', summary: 'Create an external group', bodySchema: 'externalGroup.create', docs: `${V1}externalconnectors-externalconnection-post-groups.md` },
  [`GET ${EC}/{id}/groups/{id}`]: { id: 'externalGroup.get', summary: 'Get an external group', docs: 'api-reference/v1.0/resources/externalconnectors-externalgroup.md' },
  [`PATCH ${EC}/{id}/groups/{id}`]: { id: 'externalGroup.update', summary: 'Update an external group', bodySchema: 'externalGroup.update', docs: `${V1}externalconnectors-externalgroup-update.md` },
  [`DELETE ${EC}/{id}/groups/{id}`]: { id: 'externalGroup.delete', summary: 'Delete an external group', docs: `${V1}externalconnectors-externalgroup-delete.md` },
  [`POST ${EC}/{id}/groups/{id}/members`]: { id: 'externalGroup.addMember', summary: 'Add a member (user, group or external group) to an external group', bodySchema: 'identity.create', docs: `${V1}externalconnectors-externalgroup-post-members.md` },
  [`DELETE ${EC}/{id}/groups/{id}/members/{id}`]: { id: 'externalGroup.removeMember', summary: 'Remove a member from an external group', docs: `${V1}externalconnectors-identity-delete.md` },
};

/** `/Foo/{connectionId}/Bar` -> `/foo/{id}/bar`: the key form of OPERATION_INFO and of the permission map. */
export function operationKeyPath(template: string): string {
  return template.toLowerCase().replace(/\{[^}]*\}/g, '{id}');
}
