import type { SigningKey } from './jwt';
import type { SandboxState } from './store';
import type { FaultRule } from './types';

export interface DeviceCodeEntry {
  deviceCode: string; userCode: string; clientId: string; scopes: string[];
  issuedAtMs: number; expiresAtMs: number; approved: boolean;
}

export interface AuthCodeEntry {
  clientId: string; redirectUri: string; scopes: string[]; codeChallenge?: string; codeChallengeMethod?: string;
  nonce?: string; expiresAtMs: number;
}

export interface RefreshTokenEntry { clientId: string; scopes: string[]; revoked: boolean }

/** Everything a request handler may read or change; built once per sandbox, never global. */
export interface SandboxContext {
  state: SandboxState;
  key: SigningKey;
  /** http://127.0.0.1:PORT (no trailing slash) */
  baseUrl: string;
  /** https authority MSAL is configured with, ending in '/'. Never contacted. */
  authority: string;
  /** iss of every token: the authority + 'v2.0'. */
  issuer: string;
  pageSize: number;
  tokenLifetimeSec: number;
  deviceCodeApproval: 'auto' | 'manual';
  autoApproveDelayMs: number;
  /** How long a schema registration stays inprogress and an accepted connection delete takes (Graph: minutes). */
  operationDelayMs: number;
  clock: () => number;
  faults: { rule: FaultRule; hits: number }[];
  deviceCodes: Map<string, DeviceCodeEntry>;
  authCodes: Map<string, AuthCodeEntry>;
  refreshTokens: Map<string, RefreshTokenEntry>;
  /** `uti` of every access token issued, so revokeAll() can reject exactly those (iat has only second precision). */
  issuedTokenIds: Set<string>;
  revokedTokenIds: Set<string>;
  /** After revokeAll(), grants are withdrawn until a user consents again by signing in interactively. */
  consentRevoked: { delegated: boolean; application: boolean };
}

export const GRAPH_AUDIENCE = 'https://graph.microsoft.com';
/** Microsoft Graph Command Line Tools: a public client every tenant knows, accepted so real scripts work unchanged. */
export { GRAPH_CLI_TOOLS_CLIENT_ID } from '../core/auth/clientIds';
