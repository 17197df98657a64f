/**
 * The little the compiler needs that neither Graph's metadata nor docs-facts.json says: the national clouds'
 * Graph roots, short operation names for the editor, and the docs' wording of enum members. Everything else
 * (paths, types, statuses, permissions, docs rules) is compiled from ../shared/graph.
 */
import type { GraphCloud } from '../types';

/**
 * Graph service roots (docs concepts/deployments.md, SOURCES.md). `metadata` names the cloud's CSDL files in
 * docs-facts.json `clouds.metadataPresence`, where the per-cloud presence of a resource was checked, and `docs`
 * its column in the docs' availability tables (`clouds` of each operation).
 */
export const CLOUDS: (GraphCloud & { metadata: Record<string, string>; docs: string })[] = [
  { id: 'Global', name: 'Global', origin: 'https://graph.microsoft.com', metadata: { 'v1.0': 'v1.0-Prod', beta: 'beta-Prod' }, docs: 'Global' },
  { id: 'USGovL4', name: 'US Government L4 (GCC High)', origin: 'https://graph.microsoft.us', metadata: { 'v1.0': 'v1.0-Fairfax', beta: 'beta-Fairfax' }, docs: 'US Government L4' },
  { id: 'USGovL5', name: 'US Government L5 (DoD)', origin: 'https://dod-graph.microsoft.us', metadata: { 'v1.0': 'v1.0-Fairfax', beta: 'beta-Fairfax' }, docs: 'US Government L5 (DoD)' },
  { id: 'China', name: 'China (21Vianet)', origin: 'https://microsoftgraph.chinacloudapi.cn', metadata: { 'v1.0': 'v1.0-Mooncake', beta: 'beta-Mooncake' }, docs: 'China (21Vianet)' },
];

/**
 * Operation ids for the docs-facts entries that only the tutorial lists (its ids say where they come from, not
 * what they do). One (method, path) is one operation: the tutorial's PATCH /applications steps are all
 * `application.update`.
 */
export const OPERATION_IDS: Record<string, string> = {
  'GET /applicationTemplates': 'applicationTemplate.list',
  'POST /applicationTemplates/{applicationTemplateId}/instantiate': 'applicationTemplate.instantiate',
  'PATCH /applications/{applicationObjectId}': 'application.update',
  'DELETE /applications/{applicationObjectId}': 'application.delete',
  'DELETE /users/{userId}': 'user.delete',
  'POST /servicePrincipals/{servicePrincipalId}/appRoleAssignments': 'servicePrincipal.addAppRoleAssignment',
};

/** Summaries the editor shows (hover, CodeLens, messages); operations not listed get one made from their method and type. */
export const SUMMARIES: Record<string, string> = {
  'connectorGroup.list': 'List connector groups',
  'connectorGroup.create': 'Create a connector group',
  'connectorGroup.get': 'Get a connector group',
  'connectorGroup.update': 'Update a connector group',
  'connectorGroup.delete': 'Delete a connector group (it must hold no connectors or applications)',
  'connectorGroup.listMembers': 'List the connectors in a connector group',
  'connectorGroup.addMember': 'Add a connector to a connector group',
  'connectorGroup.listApplications': 'List the applications assigned to a connector group',
  'connector.list': 'List connectors',
  'connector.get': 'Get a connector',
  'connector.listMemberOf': 'List the connector groups a connector belongs to',
  'connector.addMemberOf': 'Add a connector to a connector group (from the connector)',
  'application.setConnectorGroup': 'Assign an application to a connector group',
  'application.get': 'Get an application',
  'application.update': 'Update an application',
  'application.delete': 'Delete an application',
  'applicationTemplate.list': 'List application templates',
  'applicationTemplate.instantiate': 'Create an application and its service principal from a template',
  'servicePrincipal.addAppRoleAssignment': 'Assign an app role to a service principal',
  'servicePrincipal.addAppRoleAssignedTo': 'Assign a user, group or service principal an app role of this service principal',
  'user.delete': 'Delete a user',
  'externalConnection.list': 'List external connections',
  'externalConnection.create': 'Create an external connection',
  'externalConnection.get': 'Get an external connection',
  'externalConnection.update': 'Update an external connection',
  'externalConnection.delete': 'Delete an external connection (Graph removes it asynchronously)',
  'externalGroup.create': 'Create an external group',
  'externalGroup.get': 'Get an external group',
  'externalGroup.update': 'Update an external group',
  'externalGroup.delete': 'Delete an external group',
  'externalGroup.addMember': 'Add a member (user, group or external group) to an external group',
  'externalGroup.removeMember': 'Remove a member from an external group',
  'schema.register': 'Register the connection schema (asynchronous: poll the operation in Location)',
  'schema.create.legacy': 'Register the connection schema (legacy POST)',
  'schema.get': 'Get the connection schema',
  'connectionOperation.get': 'Get a connection operation (schema registration status)',
  'externalItem.put': 'Create or replace an external item',
  'externalItem.get': 'Get an external item',
  'externalItem.update': 'Update an external item (acl and properties are replaced whole)',
  'externalItem.delete': 'Delete an external item',
  'externalItem.addActivities': 'Add activities to an external item',
  'connectionQuota.get': 'Get the connection quota',
};

/** Meanings of enum members as the docs word them (metadata has names only). */
export const ENUM_MEANINGS: Record<string, Record<string, string>> = {
  // api-reference/beta/resources/connectorgroup.md (SOURCES.md): the region property's table.
  'microsoft.graph.connectorGroupRegion': { nam: 'North America', eur: 'Europe', aus: 'Australia', asia: 'Asia', ind: 'India' },
};

/**
 * Navigation properties the docs send inline in a body (deep insert), shaped as their target type in the documented
 * routes' schemas (the v1.0 metadata's own schemas accept every navigation property, unshaped: v1Schemas.ts).
 * externalItem addActivities: docs-facts.json (externalItem.addActivities) "an inline performedBy {type, id}
 * (performedBy is a NavigationProperty to externalConnectors.identity in metadata)"; the sandbox takes it too.
 */
export const INLINE_NAVIGATION: Record<string, string[]> = {
  'microsoft.graph.externalConnectors.externalActivity': ['performedBy'],
};

/**
 * Other names a service reads for a type in `@odata.type`. The Teams service reads its own namespace: the docs'
 * chat-sendactivitynotification and team-sendactivitynotification examples name the recipient
 * `Microsoft.Teams.GraphSvc.aadUserNotificationRecipient` (their first example `microsoft.graph.`). Accepted as
 * spelling variants: completion, hover and messages offer `#microsoft.graph.` only. Outlook reads its REST API's
 * old name for an open extension: opentypeextension-update.md's Request 2 (v1.0, a group post's extension) sends
 * `"@odata.type": "Microsoft.OutlookServices.OpenTypeExtension"`, and Outlook's extension ids still carry it
 * (`Microsoft.OutlookServices.OpenTypeExtension.Com.Contoso.Referral` in the same page's answers).
 */
export const TYPE_ALIASES: Record<string, string[]> = {
  'microsoft.graph.aadUserNotificationRecipient': ['Microsoft.Teams.GraphSvc.aadUserNotificationRecipient'],
  'microsoft.graph.openTypeExtension': ['Microsoft.OutlookServices.OpenTypeExtension', '#Microsoft.OutlookServices.OpenTypeExtension'],
};

/**
 * Types whose raw content Graph serves at `/$value` though the metadata does not mark them HasStream (so the
 * walker would call `/$value` after them unknown). From the docs' own requests (microsoft-graph-docs-contrib,
 * api-reference/v1.0/api): message-get.md, "Get MIME content of a message" (`GET /me/messages/{id}/$value`, also
 * an eventMessage's); attachment-get.md, "the raw contents of a file or item attachment"
 * (`GET /me/messages/{id}/attachments/{id}/$value`, `GET /me/events/{id}/attachments/{id}/$value`).
 */
/**
 * Formats the docs give for what the metadata types as a plain Edm.String, as extra keywords of that property (the
 * v1.0 schemas' TypeContext.constraints). dateTimeTimeZone.dateTime, resources/datetimetimezone.md: "A single point of
 * time in a combined date and time representation ({date}T{time}; for example, 2017-08-29T04:00:00.0000000)".
 * bookingbusiness-getstaffavailability's "2022-01-25T00: 00: 00" is no such value. A fraction and an offset are
 * accepted (the docs' examples write `.0000000`; some answers carry `Z`).
 */
export const DOCS_FORMATS: Record<string, { pattern: string; patternErrorMessage: string }> = {
  'microsoft.graph.dateTimeTimeZone/dateTime': {
    pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,7})?)?(Z|[+-]\\d{2}:\\d{2})?$',
    patternErrorMessage: 'Must be a date and time written {date}T{time}, such as 2017-08-29T04:00:00.0000000 (resources/datetimetimezone.md); the time zone goes in timeZone.',
  },
};

export const DOCS_MEDIA_TYPES = ['microsoft.graph.attachment', 'microsoft.graph.message'];

/**
 * Roots of which this table holds only the operations the App Proxy tutorial uses, not the resource's API
 * (compiling all of v1.0 is a later step): an unknown path under them is a real Graph path the table does
 * not know, not a mistake.
 */
export const PARTIAL_ROOTS = ['applications', 'applicationTemplates', 'servicePrincipals', 'users'];
