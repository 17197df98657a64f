/** Public option and data types of the sandbox tenant. Kept apart from server.ts so callers can import types only. */

export type FaultKind = 'throttle' | 'unavailable' | 'latency' | 'reset' | 'malformedJson' | 'largeBody';

/**
 * One injected failure. `path` is a regular expression tested against the request's URL path
 * (e.g. `/beta/onPremisesPublishingProfiles/.+/connectorGroups$`); `method` limits it to one verb.
 * `times` makes the fault hit only the first N matching requests (default: every request).
 */
export interface FaultRule {
  kind: FaultKind;
  path?: string | RegExp;
  method?: string;
  times?: number;
  /** throttle / unavailable: Retry-After value in seconds (default 1 for throttle, none for 503). */
  retryAfterSec?: number;
  /** latency: delay before the request is handled normally. */
  latencyMs?: number;
  /** largeBody: size of the streamed, valid JSON body in megabytes (default 5). */
  sizeMb?: number;
}

export interface SeedConnector { id: string; machineName: string; externalIp: string; status: 'active' | 'inactive'; version: string }
export interface SeedConnectorGroup { id: string; name: string; isDefault?: boolean; region?: string | null; connectorIds?: string[] }
export interface SeedApplication { id: string; appId: string; displayName: string; connectorGroupId?: string }
export interface SeedIdentity { id: string; type: 'user' | 'group' | 'externalGroup' | 'unknownFutureValue' }
export interface SeedExternalGroup { id: string; displayName?: string; description?: string; members?: SeedIdentity[] }
export interface SeedExternalConnection { id: string; name: string; description?: string; state?: string; groups?: SeedExternalGroup[] }
/** A certificate credential: the thumbprint MSAL sends (hex; SHA-256 and/or SHA-1) and the public key that verifies the assertion. */
export interface SeedCertificate { thumbprintSha256?: string; thumbprint?: string; publicKeyPem: string }
export interface SeedConfidentialApp { clientId: string; clientSecret: string; displayName: string; roles: string[]; certificates?: SeedCertificate[] }
export interface SeedUser { id: string; userPrincipalName: string; displayName: string; delegatedScopes: string[] }
/**
 * An API another app registration exposes (Entra: "Expose an API"): its Application ID URI, the delegated scopes it
 * defines (admin-consented for the tenant) and its app roles (granted to the confidential app). A token for it has
 * `aud` = the Application ID URI, as Entra's v1.0 access tokens (accessTokenAcceptedVersion null) have.
 */
export interface SeedApi { appIdUri: string; displayName?: string; scopes: string[]; appRoles?: string[] }

/** Everything the tenant starts with. A JSON file of this shape can replace the default seed. */
export interface SandboxSeed {
  tenantId: string;
  user: SeedUser;
  /** Other users of the tenant (the App Proxy tutorial assigns one to the published app, then deletes it). */
  users?: { id: string; userPrincipalName: string; displayName: string }[];
  confidentialApp: SeedConfidentialApp;
  /** Public clients (no secret) allowed to sign users in; the Graph CLI tools id is always accepted too. */
  publicClientIds: string[];
  connectors: SeedConnector[];
  connectorGroups: SeedConnectorGroup[];
  applications: SeedApplication[];
  externalConnections: SeedExternalConnection[];
  /** APIs of the tenant besides Microsoft Graph, that tokens can be asked for (`<appIdUri>/<scope>`, `<appIdUri>/.default`). */
  apis?: SeedApi[];
}

export interface SandboxOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  seed?: SandboxSeed | string;
  /** Server-driven page size when the client sends no $top (default 100). */
  pageSize?: number;
  /** 'auto' (default) approves device codes after autoApproveDelayMs; 'manual' waits for the approval page or approveDeviceCode(). */
  deviceCodeApproval?: 'auto' | 'manual';
  autoApproveDelayMs?: number;
  /** Milliseconds a schema registration stays `inprogress` and an accepted connection delete takes (default 1000). */
  operationDelayMs?: number;
  /** Access-token lifetime (default 3600). */
  tokenLifetimeSec?: number;
  /** Milliseconds since the epoch; lets tests move time forward to expire tokens. */
  clock?: () => number;
  faults?: FaultRule[];
}
