import type { SandboxSeed, SeedIdentity } from './types';

/** Entities as Graph returns them; property order is the order Graph serialises them in. */
export interface ConnectorGroup { id: string; name: string; connectorGroupType: 'applicationProxy'; isDefault: boolean; region: string | null }
export interface Connector { id: string; machineName: string; externalIp: string; status: string; version: string }
/** Beta-only properties (onPremisesPublishing) are kept here and left out of v1.0 answers by the handlers. */
export interface Application {
  id: string; appId: string; applicationTemplateId: string | null; displayName: string;
  identifierUris: string[]; web: Record<string, unknown>; onPremisesPublishing: Record<string, unknown> | null;
}
export interface AppRole { allowedMemberTypes: string[]; description: string; displayName: string; id: string; isEnabled: boolean; origin: string; value: string | null }
export interface ServicePrincipal { id: string; appId: string; applicationTemplateId: string | null; displayName: string; servicePrincipalType: 'Application'; appRoles: AppRole[] }
export interface AppRoleAssignment {
  id: string; appRoleId: string; creationTimestamp: string; principalDisplayName: string | null; principalId: string;
  principalType: string | null; resourceDisplayName: string; resourceId: string;
}
export interface DirectoryUser { id: string; displayName: string; userPrincipalName: string }
export interface ExternalGroup { id: string; displayName: string | null; description: string | null }
export interface ExternalConnection { id: string; name: string; description: string | null; state: string; configuration: { authorizedAppIds: string[] } }
/** Graph's publicError, as a failed connectionOperation carries it. */
export interface PublicError { code: string; message: string; target?: string }
/** A schema registration: in progress until dueMs, then completed (the schema applies) or failed with its error. */
export interface ConnectionOperation { id: string; connectionId: string; dueMs: number; schema: ConnectionSchema; error: PublicError | null }
export interface ConnectionSchema { baseType: string; properties: SchemaProperty[] }
export interface SchemaProperty { name: string; type: string; isSearchable?: boolean | null; aliases?: string[]; labels?: string[]; [key: string]: unknown }
export interface ExternalItem { id: string; acl: unknown[]; properties: Record<string, unknown>; content?: unknown }

/**
 * The tenant's mutable state. Relationships are kept as id maps rather than nested arrays so that moving a
 * connector or an application between groups is one assignment (a connector is in exactly one group).
 */
export interface SandboxState {
  tenantId: string;
  seed: SandboxSeed;
  connectorGroups: Map<string, ConnectorGroup>;
  connectors: Map<string, Connector>;
  applications: Map<string, Application>;
  servicePrincipals: Map<string, ServicePrincipal>;
  appRoleAssignments: Map<string, AppRoleAssignment>;
  users: Map<string, DirectoryUser>;
  /** connector id -> connector group id */
  connectorGroupOf: Map<string, string>;
  /** application object id -> connector group id */
  applicationGroupOf: Map<string, string>;
  externalConnections: Map<string, ExternalConnection>;
  /** connection id -> (external group id -> group) */
  externalGroups: Map<string, Map<string, ExternalGroup>>;
  /** `${connectionId}/${groupId}` -> (member id -> identity) */
  externalGroupMembers: Map<string, Map<string, SeedIdentity>>;
  /** operation id -> schema registration (Graph answers PATCH schema with 202 and the operation's URL) */
  connectionOperations: Map<string, ConnectionOperation>;
  /** connection id -> its registered schema (set when the registration completes) */
  connectionSchemas: Map<string, ConnectionSchema>;
  /** connection id -> (item id -> item) */
  externalItems: Map<string, Map<string, ExternalItem>>;
  /** connection id -> when its accepted delete (202) takes effect */
  connectionRemovals: Map<string, number>;
}

export function memberKey(connectionId: string, groupId: string): string {
  return `${connectionId}/${groupId}`;
}

/** An application as Graph creates it: no identifier URIs, an empty web platform, not published through App Proxy. */
export function newApplication(id: string, appId: string, displayName: string, applicationTemplateId: string | null): Application {
  return {
    id, appId, applicationTemplateId, displayName, identifierUris: [],
    web: { homePageUrl: null, logoutUrl: null, redirectUris: [] }, onPremisesPublishing: null,
  };
}

export function createState(seed: SandboxSeed): SandboxState {
  const state: SandboxState = {
    tenantId: seed.tenantId, seed,
    connectorGroups: new Map(), connectors: new Map(), applications: new Map(),
    servicePrincipals: new Map(), appRoleAssignments: new Map(), users: new Map(),
    connectorGroupOf: new Map(), applicationGroupOf: new Map(),
    externalConnections: new Map(), externalGroups: new Map(), externalGroupMembers: new Map(),
    connectionOperations: new Map(), connectionSchemas: new Map(), externalItems: new Map(), connectionRemovals: new Map(),
  };
  for (const c of seed.connectors) {
    state.connectors.set(c.id, { id: c.id, machineName: c.machineName, externalIp: c.externalIp, status: c.status, version: c.version });
  }
  for (const g of seed.connectorGroups) {
    state.connectorGroups.set(g.id, { id: g.id, name: g.name, connectorGroupType: 'applicationProxy', isDefault: g.isDefault === true, region: g.region ?? null });
    for (const cid of g.connectorIds ?? []) state.connectorGroupOf.set(cid, g.id);
  }
  for (const a of seed.applications) {
    state.applications.set(a.id, newApplication(a.id, a.appId, a.displayName, null));
    if (a.connectorGroupId) state.applicationGroupOf.set(a.id, a.connectorGroupId);
  }
  for (const u of [seed.user, ...(seed.users ?? [])]) {
    state.users.set(u.id, { id: u.id, displayName: u.displayName, userPrincipalName: u.userPrincipalName });
  }
  for (const c of seed.externalConnections) {
    state.externalConnections.set(c.id, { id: c.id, name: c.name, description: c.description ?? null, state: c.state ?? 'draft', configuration: { authorizedAppIds: [] } });
    const groups = new Map<string, ExternalGroup>();
    state.externalGroups.set(c.id, groups);
    for (const g of c.groups ?? []) {
      groups.set(g.id, { id: g.id, displayName: g.displayName ?? null, description: g.description ?? null });
      state.externalGroupMembers.set(memberKey(c.id, g.id), new Map((g.members ?? []).map(m => [m.id, { ...m }])));
    }
  }
  return state;
}

/** The connectors in a group, in the order they were first assigned. */
export function connectorsInGroup(state: SandboxState, groupId: string): Connector[] {
  const out: Connector[] = [];
  for (const [cid, gid] of state.connectorGroupOf) {
    const c = state.connectors.get(cid);
    if (gid === groupId && c) out.push(c);
  }
  return out;
}

export function applicationsInGroup(state: SandboxState, groupId: string): Application[] {
  const out: Application[] = [];
  for (const [aid, gid] of state.applicationGroupOf) {
    const a = state.applications.get(aid);
    if (gid === groupId && a) out.push(a);
  }
  return out;
}
