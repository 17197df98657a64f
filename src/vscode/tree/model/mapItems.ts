/**
 * Graph JSON -> item models. Pure and tolerant: a missing property shows as nothing rather than
 * "undefined", and an object without an id is skipped (it could not be acted on).
 */
import { graphUrls } from './graphUrls';
import { regionMeaning } from './regions';
import { CONTEXT, childKey, type TenantNode } from './nodes';

type Json = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);
const lines = (...xs: (string | undefined | false)[]): string => xs.filter(Boolean).join('\n');

export function mapConnectorGroup(parent: TenantNode, json: Json): TenantNode | undefined {
  const id = str(json.id);
  if (!id) return undefined;
  const isDefault = json.isDefault === true;
  const region = str(json.region);
  const regionText = region ? `${region} (${regionMeaning(region) ?? 'unknown region'})` : 'no region';
  return {
    key: childKey(parent, `group:${id}`), kind: 'connectorGroup', parent, entityId: id, json, expandable: true,
    label: str(json.name) ?? id,
    description: [region ?? '', isDefault ? 'default' : ''].filter(Boolean).join(' · ') || undefined,
    tooltip: lines(str(json.name), `Id: ${id}`, `Type: ${str(json.connectorGroupType) ?? 'applicationProxy'}`, `Region: ${regionText}`, isDefault && 'Default connector group'),
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
    tooltip: lines(str(json.machineName), `Id: ${id}`, `Status: ${str(json.status) ?? 'unknown'}`, `External IP: ${str(json.externalIp) ?? '-'}`, `Version: ${str(json.version) ?? '-'}`),
    icon: active ? { id: 'pass-filled', color: 'testing.iconPassed' } : { id: 'circle-slash', color: 'disabledForeground' },
    contextValue: active ? CONTEXT.connectorActive : CONTEXT.connectorInactive,
    listUrl: graphUrls.connectorMemberOf(id),
  };
}

const PRE_AUTHENTICATION: Record<string, string> = { aadPreAuthentication: 'Microsoft Entra ID', passthru: 'Passthrough' };

/** What an App Proxy app is published as (beta `onPremisesPublishing`): its URLs, pre-authentication and SSO mode. */
function publishingLines(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const p = value as Json;
  const preAuth = str(p.externalAuthenticationType);
  const sso = p.singleSignOnSettings && typeof p.singleSignOnSettings === 'object' ? str((p.singleSignOnSettings as Json).singleSignOnMode) : undefined;
  return [
    `External URL: ${str(p.externalUrl) ?? '-'}`,
    `Internal URL: ${str(p.internalUrl) ?? '-'}`,
    `Pre-authentication: ${preAuth ? `${PRE_AUTHENTICATION[preAuth] ?? preAuth} (${preAuth})` : '-'}`,
    `Single sign-on: ${sso ?? 'none'}`,
  ];
}

export function mapApplication(parent: TenantNode, json: Json): TenantNode | undefined {
  const id = str(json.id);
  if (!id) return undefined;
  return {
    key: childKey(parent, `app:${id}`), kind: 'application', parent, entityId: id, json, expandable: false,
    label: str(json.displayName) ?? id,
    description: str(json.appId),
    tooltip: lines(str(json.displayName), `Object id: ${id}`, str(json.appId) && `App id: ${str(json.appId)}`, ...publishingLines(json.onPremisesPublishing)),
    icon: { id: 'window' }, contextValue: CONTEXT.application,
  };
}

export function mapExternalConnection(parent: TenantNode, json: Json): TenantNode | undefined {
  const id = str(json.id);
  if (!id) return undefined;
  return {
    key: childKey(parent, `connection:${id}`), kind: 'externalConnection', parent, entityId: id, connectionId: id, json, expandable: true,
    label: str(json.name) ?? id,
    description: str(json.state) ? `${id} · ${str(json.state)}` : id,
    tooltip: lines(str(json.name), `Id: ${id}`, str(json.description), str(json.state) && `State: ${str(json.state)}`),
    icon: { id: 'plug' }, contextValue: CONTEXT.externalConnection,
  };
}

export function mapExternalGroup(parent: TenantNode, connectionId: string, json: Json): TenantNode | undefined {
  const id = str(json.id);
  if (!id) return undefined;
  return {
    key: childKey(parent, `externalGroup:${id}`), kind: 'externalGroup', parent, entityId: id, connectionId, json, expandable: false,
    label: str(json.displayName) ?? id,
    description: id,
    tooltip: lines(str(json.displayName), `Id: ${id}`, `Connection: ${connectionId}`, str(json.description)),
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
