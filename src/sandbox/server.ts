import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GRAPH_CLI_TOOLS_CLIENT_ID, type SandboxContext } from './context';
import { applyFault, compileFaults, takeFault } from './faults';
import { graphErrorBody, GraphError } from './graph/errors';
import { handleGraphRequest } from './graph/graphRouter';
import { requestIds, sendJson } from './http';
import { completeAuthorization } from './identity/authorize';
import { registerCertificate } from './identity/clientAssertion';
import { approveDeviceCode } from './identity/deviceCode';
import { handleIdentityRequest, isIdentityPath } from './identity/identityRouter';
import { msalAuthOptions, type MsalAuthOptions } from './identity/openIdConfiguration';
import { issueAppAccessToken, issueDelegatedAccessToken, revokeAll } from './identity/tokens';
import { createSigningKey } from './jwt';
import { loadSeed } from './seed';
import { createState, type SandboxState } from './store';
import type { FaultRule, SandboxOptions, SeedApi } from './types';

export type { FaultRule, SandboxOptions, SandboxSeed, SeedApi } from './types';
export type { MsalAuthOptions } from './identity/openIdConfiguration';

/** Host of the https authority MSAL is given. `.localhost` never resolves off the machine, and MSAL never calls it. */
export const SANDBOX_AUTHORITY_HOST = 'login.sandbox.gcg.localhost';

export interface Sandbox {
  /** http://127.0.0.1:PORT: put /v1.0 or /beta after it. */
  graphEndpoint: string;
  /** https authority URL for MSAL (ends with '/'). */
  authority: string;
  /** Spread into MSAL's `auth` config next to clientId. */
  msalAuthOptions(): MsalAuthOptions;
  tenantId: string;
  port: number;
  /** The seeded confidential app (client credentials). */
  clientId: string;
  clientSecret: string;
  /** A seeded public client for device code and interactive sign-in. */
  publicClientId: string;
  /** The seeded user every delegated sign-in becomes. */
  userPrincipalName: string;
  state: SandboxState;
  setFaults(rules: FaultRule[]): void;
  /** A Graph access token minted directly: `roles` makes an app token, otherwise a delegated one with `scp`. */
  issueToken(claims: { scp?: string[]; roles?: string[]; expiresInSec?: number }): string;
  /**
   * Registers a certificate credential on the confidential app. The sandbox needs no X.509 certificate: it returns a
   * SHA-256 thumbprint (of the public key) to give MSAL as `clientCertificate.thumbprintSha256` next to the private key.
   */
  /** Registers a public key, or an X.509 certificate (PEM), as a credential of the seeded confidential app. */
  addClientCertificate(publicKeyPem: string): { thumbprintSha256: string };
  approveDeviceCode(userCode: string): boolean;
  /** Performs the sign-in page's form_post to the authorize URL's loopback redirect_uri, as a browser would. */
  completeAuthorization(authorizeUrl: string): Promise<void>;
  /** Revokes every token and refresh token issued so far and withdraws consent until the user signs in again. */
  revokeAll(): void;
  /** Registers another API of the tenant (an app registration's "Expose an API"), e.g. a test server's loopback origin as its Application ID URI. */
  addApi(api: SeedApi): void;
  close(): Promise<void>;
}

async function dispatch(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const ids = requestIds(req);
  res.setHeader('request-id', ids.requestId);
  res.setHeader('client-request-id', ids.clientRequestId);
  // Concatenate rather than resolve: `new URL('//x', base)` would read a path starting with '//' as a host.
  const url = new URL(`${ctx.baseUrl}${(req.url ?? '/').startsWith('/') ? '' : '/'}${req.url ?? ''}`);
  const method = (req.method ?? 'GET').toUpperCase();
  const fault = takeFault(ctx, method, url.pathname);
  if (fault && await applyFault(ctx, fault, req, res, ids)) return;
  if (isIdentityPath(url.pathname)) return handleIdentityRequest(ctx, req, res, url);
  if (url.pathname !== '/') return handleGraphRequest(ctx, req, res, url, ids);
  sendJson(res, 200, { sandbox: 'Graph Connector Groups sandbox tenant', graph: `${ctx.baseUrl}/beta`, tenantId: ctx.state.tenantId });
}

function fail(ctx: SandboxContext, res: ServerResponse): void {
  if (res.headersSent) { res.destroy(); return; }
  const ids = { requestId: String(res.getHeader('request-id') ?? ''), clientRequestId: String(res.getHeader('client-request-id') ?? '') };
  sendJson(res, 500, graphErrorBody(new GraphError(500, 'generalException', 'An unexpected error occurred in the sandbox tenant.'), ids, ctx.clock()));
}

/** 421 Misdirected Request: the request named a host this server is not (only its loopback address and port are). */
function misdirected(res: ServerResponse): void {
  sendJson(res, 421, { error: { code: 'misdirectedRequest', message: 'The sandbox tenant answers only requests addressed to its own loopback address and port (Host: 127.0.0.1:PORT or localhost:PORT).' } });
}

/** Starts the sandbox tenant on 127.0.0.1: Graph routes plus the identity platform endpoints MSAL needs. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const seed = loadSeed(options.seed);
  const authority = `https://${SANDBOX_AUTHORITY_HOST}/${seed.tenantId}/`;
  const ctx: SandboxContext = {
    state: createState(seed), key: createSigningKey(), baseUrl: '', authority, issuer: `${authority}v2.0`,
    pageSize: options.pageSize ?? 100, tokenLifetimeSec: options.tokenLifetimeSec ?? 3600,
    deviceCodeApproval: options.deviceCodeApproval ?? 'auto', autoApproveDelayMs: options.autoApproveDelayMs ?? 0,
    operationDelayMs: options.operationDelayMs ?? 1000,
    clock: options.clock ?? Date.now, faults: compileFaults(options.faults ?? []),
    deviceCodes: new Map(), authCodes: new Map(), refreshTokens: new Map(),
    issuedTokenIds: new Set(), revokedTokenIds: new Set(), consentRevoked: { delegated: false, application: false },
  };
  let ownHosts = new Set<string>();
  const server = createServer((req, res) => {
    // DNS rebinding: a web page whose name now resolves to 127.0.0.1 still sends its own name as Host.
    if (!ownHosts.has((req.headers.host ?? '').toLowerCase())) { misdirected(res); return; }
    dispatch(ctx, req, res).catch(() => fail(ctx, res));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  ctx.baseUrl = `http://127.0.0.1:${port}`;
  ownHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  return {
    graphEndpoint: ctx.baseUrl, authority, tenantId: seed.tenantId, port,
    clientId: seed.confidentialApp.clientId, clientSecret: seed.confidentialApp.clientSecret,
    publicClientId: seed.publicClientIds[0] ?? GRAPH_CLI_TOOLS_CLIENT_ID,
    userPrincipalName: seed.user.userPrincipalName, state: ctx.state,
    msalAuthOptions: () => msalAuthOptions(ctx),
    setFaults: rules => { ctx.faults = compileFaults(rules); },
    issueToken: ({ scp, roles, expiresInSec }) => roles
      ? issueAppAccessToken(ctx, seed.confidentialApp.clientId, roles, expiresInSec)
      : issueDelegatedAccessToken(ctx, seed.publicClientIds[0] ?? seed.confidentialApp.clientId, scp ?? [], expiresInSec),
    addClientCertificate: publicKeyPem => registerCertificate(ctx, publicKeyPem),
    approveDeviceCode: userCode => approveDeviceCode(ctx, userCode),
    completeAuthorization: url => completeAuthorization(ctx, url),
    revokeAll: () => revokeAll(ctx),
    addApi: api => { ctx.state.seed.apis = [...(ctx.state.seed.apis ?? []).filter(a => a.appIdUri.toLowerCase() !== api.appIdUri.toLowerCase()), { ...api, scopes: [...api.scopes] }]; },
    close: () => new Promise<void>(resolve => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
