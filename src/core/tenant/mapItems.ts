/**
 * Graph JSON -> item models. Pure and tolerant: a missing property shows as nothing rather than
 * "undefined", and an object without an id is skipped (it could not be acted on).
 */
import { graphUrls } from './graphUrls';
import { regionMeaning } from './regions';
import { CONTEXT, childKey, type TenantNode } from './nodes';
import { l10n } from '../text/l10n';

type Json = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);
const lines = (...xs: (string | undefined | false)[]): string => xs.filter(Boolean).join('\n');

export function mapConnectorGroup(parent: TenantNode, json: Json): TenantNode | undefined {
  const id = str(json.id);
  if (!id) return undefined;
  const isDefault = json.isDefault === true;
  const region = str(json.region);
  const regionText = region ? `${region} (${regionMeaning(region) ?? l10n.t('unknown region')})` : l10n.t('no region');
  return {
    key: childKey(parent, `group:${id}`), kind: 'connectorGroup', parent, entityId: id, json, expandable: true,
    label: str(json.name) ?? id,
    description: [region ?? '', isDefault ? l10n.t('default') : ''].filter(Boolean).join(' · ') || undefined,
    tooltip: lines(str(json.name), l10n.t('Id: {0}', id), l10n.t('Type: {0}', str(json.connectorGroupType) ?? 'applicationProxy'), l10n.t('Region: {0}', regionText), isDefault && l10n.t('Default connector group')),
    icon: { id: isDefault ? 'star-full' : 'server-environment' },
    contextValue: isDefault ? CONTEXT.connectorGroupDefault : CONTEXT.connectorGroup,
  };
}

export function mapConnector(parent: TenantNode, json: Json): TenantNode | undefined {
  const id = str(json.id);
  if (!id) return undefined;
  const active = json.status === 'active';
  return {
    key: childKey(parent, `connector:${id}`), kind: 'connector', parent, entityId: id, json, expandable: true,
    label: str(json.machineName) ?? id,
    description: str(json.status),
    tooltip: lines(str(json.machineName), l10n.t('Id: {0}', id), l10n.t('Status: {0}', str(json.status) ?? l10n.t('unknown')), l10n.t('External IP: {0}', str(json.externalIp) ?? '-'), l10n.t('Version: {0}', str(json.version) ?? '-')),
    icon: active ? { id: 'pass-filled', color: 'testing.iconPassed' } : { id: 'circle-slash', color: 'disabledForeground' },
    contextValue: active ? CONTEXT.connectorActive : CONTEXT.connectorInactive,
    listUrl: graphUrls.connectorMemberOf(id),
  };
}

const PRE_AUTHENTICATION: Record<string, () => string> = { aadPreAuthentication: () => 'Microsoft Entra ID', passthru: () => l10n.t('Passthrough') };

/** What an App Proxy app is published as (beta `onPremisesPublishing`): its URLs, pre-authentication and SSO mode. */
function publishingLines(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const p = value as Json;
  const preAuth = str(p.externalAuthenticationType);
  const sso = p.singleSignOnSettings && typeof p.singleSignOnSettings === 'object' ? str((p.singleSignOnSettings as Json).singleSignOnMode) : undefined;
  return [
    l10n.t('External URL: {0}', str(p.externalUrl) ?? '-'),
    l10n.t('Internal URL: {0}', str(p.internalUrl) ?? '-'),
    l10n.t('Pre-authentication: {0}', preAuth ? `${PRE_AUTHENTICATION[preAuth]?.() ?? preAuth} (${preAuth})` : '-'),
    l10n.t('Single sign-on: {0}', sso ?? l10n.t('none')),
  ];
}

export function mapApplication(parent: TenantNode, json: Json): TenantNode | undefined {
  const id = str(json.id);
  if (!id) return undefined;
  return {
    key: childKey(parent, `app:${id}`), kind: 'application', parent, entityId: id, json, expandable: false,
    label: str(json.displayName) ?? id,
    description: str(json.appId),
    tooltip: lines(str(json.displayName), l10n.t('Object id: {0}', id), str(json.appId) && l10n.t('App id: {0}', str(json.appId)!), ...publishingLines(json.onPremisesPublishing)),
    icon: { id: 'window' }, contextValue: CONTEXT.application,
  };
}

/** connectionState members (CSDL microsoft.graph.externalConnectors.connectionState; Computed, docs-facts rule on state). */
const CONNECTION_STATE_ICON: Record<string, { id: string; color?: string }> = {
  draft: { id: 'plug', color: 'list.warningForeground' },
  ready: { id: 'plug', color: 'testing.iconPassed' },
  obsolete: { id: 'plug', color: 'disabledForeground' },
  limitExceeded: { id: 'plug', color: 'errorForeground' },
};

export function mapExternalConnection(parent: TenantNode, json: Json): TenantNode | undefined {
  const id = str(json.id);
  if (!id) return undefined;
  return {
    key: childKey(parent, `connection:${id}`), kind: 'externalConnection', parent, entityId: id, connectionId: id, json, expandable: true,
    label: str(json.name) ?? id,
    description: str(json.state) ? `${id} · ${str(json.state)}` : id,
    tooltip: lines(str(json.name), l10n.t('Id: {0}', id), str(json.description), l10n.t('State: {0}', str(json.state) ?? l10n.t('unknown'))),
    icon: CONNECTION_STATE_ICON[str(json.state) ?? ''] ?? { id: 'plug' }, contextValue: CONTEXT.externalConnection,
  };
}

export function mapExternalGroup(parent: TenantNode, connectionId: string, json: Json): TenantNode | undefined {
  const id = str(json.id);
  if (!id) return undefined;
  return {
    key: childKey(parent, `externalGroup:${id}`), kind: 'externalGroup', parent, entityId: id, connectionId, json, expandable: false,
    label: str(json.displayName) ?? id,
    description: id,
    tooltip: lines(str(json.displayName), l10n.t('Id: {0}', id), l10n.t('Connection: {0}', connectionId), str(json.description)),
    icon: { id: 'organization' }, contextValue: CONTEXT.externalGroup,
  };
}

/** Maps one page of `value` to items of the kind the folder holds. */
export function mapPageValues(parent: TenantNode, values: unknown[]): TenantNode[] {
  const map = parent.kind === 'connectorGroups' || parent.kind === 'connector' ? mapConnectorGroup
    : parent.kind === 'connectors' || parent.kind === 'groupConnectors' ? mapConnector
    : parent.kind === 'groupApplications' ? mapApplication
    : parent.kind === 'externalConnections' ? mapExternalConnection
    : undefined;
  if (!map) return [];
  const out: TenantNode[] = [];
  for (const v of values) {
    if (v && typeof v === 'object') {
      const node = map(parent, v as Json);
      if (node) out.push(node);
    }
  }
  return out;
}
