/**
 * The fixed part of the tree: the tenant root, its three folders, a group's two folders, and what
 * an external connection holds. Graph has no list operation for external groups, so a connection shows
 * only the groups this workspace remembers (created or added by id), and says so.
 */
import { operationsFolder, schemaFolder } from './connectionParts';
import { graphUrls } from './graphUrls';
import { mapExternalGroup } from './mapItems';
import { CONTEXT, childKey, type TenantNode } from './nodes';
import type { RememberedExternalGroup } from './rememberedExternalGroups';
import { l10n } from '../text/l10n';
import { COMMAND } from '../commands';

export interface TenantIdentity {
  environment: 'sandbox' | 'cloud';
  cloudLabel: string;
  username?: string;
  tenantId?: string;
}

export function tenantRoot(who: TenantIdentity): TenantNode {
  const sandbox = who.environment === 'sandbox';
  const label = sandbox ? l10n.t('Sandbox tenant') : who.username ?? l10n.t('Signed-in tenant');
  const description = sandbox ? who.username : [who.cloudLabel, who.tenantId].filter(Boolean).join(' · ');
  return {
    key: `tenant:${who.environment}:${who.tenantId ?? ''}:${who.username ?? ''}`, kind: 'tenant', expandable: true, label,
    description: description || undefined,
    tooltip: [label, who.username && l10n.t('Account: {0}', who.username), who.tenantId && l10n.t('Tenant: {0}', who.tenantId), l10n.t('Environment: {0}', who.cloudLabel)].filter(Boolean).join('\n'),
    icon: { id: sandbox ? 'beaker' : 'organization' },
  };
}

export function tenantFolders(tenant: TenantNode): TenantNode[] {
  return [
    { key: childKey(tenant, 'connectorGroups'), kind: 'connectorGroups', parent: tenant, label: l10n.t('Connector groups'), expandable: true,
      icon: { id: 'folder-library' }, contextValue: CONTEXT.connectorGroupsFolder, listUrl: graphUrls.connectorGroups() },
    { key: childKey(tenant, 'connectors'), kind: 'connectors', parent: tenant, label: l10n.t('Connectors'), expandable: true,
      icon: { id: 'server' }, listUrl: graphUrls.connectors() },
    { key: childKey(tenant, 'externalConnections'), kind: 'externalConnections', parent: tenant, label: l10n.t('External connections'), expandable: true,
      icon: { id: 'plug' }, listUrl: graphUrls.externalConnections() },
  ];
}

export function connectorGroupFolders(group: TenantNode): TenantNode[] {
  const id = group.entityId ?? '';
  return [
    { key: childKey(group, 'connectors'), kind: 'groupConnectors', parent: group, label: l10n.t('Connectors'), expandable: true,
      icon: { id: 'server' }, listUrl: graphUrls.connectorGroupMembers(id) },
    { key: childKey(group, 'applications'), kind: 'groupApplications', parent: group, label: l10n.t('Applications'), expandable: true,
      icon: { id: 'window' }, listUrl: graphUrls.connectorGroupApplicationsSelected(id) },
  ];
}

/**
 * A connection's schema and the operations started from this workspace, its remembered groups, then an action to
 * add a group by id (the only way to find one).
 */
export function externalConnectionChildren(connection: TenantNode, remembered: readonly RememberedExternalGroup[]): TenantNode[] {
  const connectionId = connection.entityId ?? '';
  const groups = remembered
    .filter(g => g.connectionId === connectionId)
    .map(g => mapExternalGroup(connection, connectionId, g.json ?? { id: g.id }))
    .filter((n): n is TenantNode => n !== undefined);
  const add: TenantNode = {
    key: childKey(connection, 'addGroupById'), kind: 'action', parent: connection, expandable: false,
    label: l10n.t('Add existing group by id…'),
    description: groups.length === 0 ? l10n.t('Graph cannot list external groups') : undefined,
    tooltip: l10n.t('Microsoft Graph has no operation that lists the groups of an external connection: this tree shows the groups created or added by id from this workspace.'),
    icon: { id: 'add' },
    command: { command: COMMAND.addExternalGroupById, title: l10n.t('Add existing group by id'), arguments: [{ connectionId }] },
  };
  return [schemaFolder(connection), operationsFolder(connection), ...groups, add];
}
