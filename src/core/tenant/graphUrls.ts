/**
 * The Graph URLs the tree reads and writes. Always absolute `https://graph.microsoft.com/...` URLs:
 * the sender rewrites them to the sandbox or to the signed-in national cloud, and the same text is
 * what "Insert request" writes into a `.http` file.
 */
export const GRAPH_ROOT = 'https://graph.microsoft.com';
export const BETA = `${GRAPH_ROOT}/beta`;
export const V1 = `${GRAPH_ROOT}/v1.0`;

const APP_PROXY = `${BETA}/onPremisesPublishingProfiles/applicationProxy`;

/**
 * What the tree reads of an app under a connector group: its main properties and onPremisesPublishing, named in
 * `$select` because Graph's GET application does not return it otherwise (application-get.md's examples omit it;
 * see src/core/graph/facts/app-proxy-docs-facts.json). The tooltip shows its URLs, pre-authentication and SSO mode.
 */
export const APPLICATION_SELECT = 'id,appId,displayName,identifierUris,web,onPremisesPublishing';
const seg = (id: string): string => encodeURIComponent(id);

export const graphUrls = {
  connectorGroups: (): string => `${APP_PROXY}/connectorGroups`,
  connectorGroup: (id: string): string => `${APP_PROXY}/connectorGroups/${seg(id)}`,
  connectorGroupMembers: (id: string): string => `${APP_PROXY}/connectorGroups/${seg(id)}/members`,
  connectorGroupMembersRef: (id: string): string => `${APP_PROXY}/connectorGroups/${seg(id)}/members/$ref`,
  connectorGroupApplications: (id: string): string => `${APP_PROXY}/connectorGroups/${seg(id)}/applications`,
  connectorGroupApplicationsSelected: (id: string): string => `${APP_PROXY}/connectorGroups/${seg(id)}/applications?$select=${APPLICATION_SELECT}`,
  connectors: (): string => `${APP_PROXY}/connectors`,
  connector: (id: string): string => `${APP_PROXY}/connectors/${seg(id)}`,
  connectorMemberOf: (id: string): string => `${APP_PROXY}/connectors/${seg(id)}/memberOf`,
  connectorMemberOfRef: (id: string): string => `${APP_PROXY}/connectors/${seg(id)}/memberOf/$ref`,
  application: (id: string): string => `${BETA}/applications/${seg(id)}`,
  applicationSelected: (id: string): string => `${BETA}/applications/${seg(id)}?$select=${APPLICATION_SELECT}`,
  applicationConnectorGroupRef: (id: string): string => `${BETA}/applications/${seg(id)}/connectorGroup/$ref`,
  externalConnections: (): string => `${V1}/external/connections`,
  externalConnection: (id: string): string => `${V1}/external/connections/${seg(id)}`,
  externalGroups: (connectionId: string): string => `${V1}/external/connections/${seg(connectionId)}/groups`,
  externalGroup: (connectionId: string, id: string): string => `${V1}/external/connections/${seg(connectionId)}/groups/${seg(id)}`,
  externalGroupMembers: (connectionId: string, id: string): string => `${V1}/external/connections/${seg(connectionId)}/groups/${seg(id)}/members`,
  connectionSchema: (connectionId: string): string => `${V1}/external/connections/${seg(connectionId)}/schema`,
  connectionOperation: (connectionId: string, id: string): string => `${V1}/external/connections/${seg(connectionId)}/operations/${seg(id)}`,
  externalItem: (connectionId: string, id: string): string => `${V1}/external/connections/${seg(connectionId)}/items/${seg(id)}`,
};

/** The `@odata.id` a `$ref` POST names: the docs' form, always the beta Graph root (the sender rewrites hosts, not bodies). */
export function connectorGroupRefBody(groupId: string): string {
  return JSON.stringify({ '@odata.id': graphUrls.connectorGroup(groupId) });
}

export function connectorRefBody(connectorId: string): string {
  return JSON.stringify({ '@odata.id': graphUrls.connector(connectorId) });
}
