import { assignApplicationConnectorGroup, deleteApplication, getApplication, updateApplication } from './applications';
import { instantiateApplicationTemplate, listApplicationTemplates } from './applicationTemplates';
import * as groups from './connectorGroups';
import * as connectors from './connectors';
import * as connectionSchema from './connectionSchema';
import * as connections from './externalConnections';
import * as externalGroups from './externalGroups';
import * as items from './externalItems';
import type { GraphHandler } from './request';
import { addAppRoleAssignment } from './servicePrincipals';
import { deleteUser } from './users';

/**
 * The sandbox implementation of each operation in schemas/routes.json, keyed by operation id. The route table decides
 * which paths and methods exist and which permissions they need; this map only says how each one changes the tenant.
 */
export const handlersByOperationId: Record<string, GraphHandler> = {
  'connectorGroup.list': groups.listConnectorGroups,
  'connectorGroup.create': groups.createConnectorGroup,
  'connectorGroup.get': groups.getConnectorGroup,
  'connectorGroup.update': groups.updateConnectorGroup,
  'connectorGroup.delete': groups.deleteConnectorGroup,
  'connectorGroup.listMembers': groups.listGroupMembers,
  'connectorGroup.addMember': groups.addGroupMember,
  'connectorGroup.listApplications': groups.listGroupApplications,
  'connector.list': connectors.listConnectors,
  'connector.get': connectors.getConnector,
  'connector.listMemberOf': connectors.listConnectorMemberOf,
  'connector.addMemberOf': connectors.addConnectorMemberOf,
  'application.setConnectorGroup': assignApplicationConnectorGroup,
  'application.get': getApplication,
  'application.update': updateApplication,
  'application.delete': deleteApplication,
  'applicationTemplate.list': listApplicationTemplates,
  'applicationTemplate.instantiate': instantiateApplicationTemplate,
  'servicePrincipal.addAppRoleAssignment': addAppRoleAssignment,
  'servicePrincipal.addAppRoleAssignedTo': addAppRoleAssignment,
  'user.delete': deleteUser,
  'externalConnection.list': connections.listConnections,
  'externalConnection.create': connections.createConnection,
  'externalConnection.get': connections.getConnection,
  'externalConnection.update': connections.updateConnection,
  'externalConnection.delete': connections.deleteConnection,
  'externalGroup.create': externalGroups.createExternalGroup,
  'externalGroup.get': externalGroups.getExternalGroup,
  'externalGroup.update': externalGroups.updateExternalGroup,
  'externalGroup.delete': externalGroups.deleteExternalGroup,
  'externalGroup.addMember': externalGroups.addExternalGroupMember,
  'externalGroup.removeMember': externalGroups.removeExternalGroupMember,
  'schema.register': connectionSchema.registerSchema,
  'schema.create.legacy': connectionSchema.registerSchema,
  'schema.get': connectionSchema.getSchema,
  'connectionOperation.get': connectionSchema.getOperation,
  'externalItem.put': items.putItem,
  'externalItem.get': items.getItem,
  'externalItem.update': items.updateItem,
  'externalItem.delete': items.deleteItem,
  'externalItem.addActivities': items.addActivities,
  'connectionQuota.get': items.getQuota,
};
