import { randomBytes, randomUUID } from 'node:crypto';
import { GRAPH_AUDIENCE, type SandboxContext } from '../context';
import { encodeUnverifiedClaims, signJwt } from '../jwt';
import type { ParsedScopes } from './parseScopes';
import type { SeedApi } from '../types';

/** Stable object id of the confidential app's service principal (the `oid` of app-only tokens). */
export function servicePrincipalId(ctx: SandboxContext): string {
  return `${ctx.state.seed.confidentialApp.clientId.slice(0, 24)}5e7f1ce0b1d2`;
}

function newTokenId(ctx: SandboxContext): string {
  const uti = randomUUID();
  ctx.issuedTokenIds.add(uti);
  return uti;
}

function timeClaims(ctx: SandboxContext, lifetimeSec: number): { iat: number; nbf: number; exp: number } {
  const now = Math.floor(ctx.clock() / 1000);
  return { iat: now, nbf: now, exp: now + lifetimeSec };
}

/** `aud`: Microsoft Graph unless another API of the tenant (its Application ID URI) was asked for. */
export function issueDelegatedAccessToken(ctx: SandboxContext, clientId: string, scp: string[], lifetimeSec = ctx.tokenLifetimeSec, aud = GRAPH_AUDIENCE): string {
  const user = ctx.state.seed.user;
  return signJwt(ctx.key, {
    aud, iss: ctx.issuer, ...timeClaims(ctx, lifetimeSec),
    tid: ctx.state.tenantId, oid: user.id, sub: user.id, upn: user.userPrincipalName, unique_name: user.userPrincipalName,
    name: user.displayName, appid: clientId, azp: clientId, idtyp: 'user', scp: scp.join(' '), uti: newTokenId(ctx), ver: '2.0',
  });
}

export function issueAppAccessToken(ctx: SandboxContext, clientId: string, roles: string[], lifetimeSec = ctx.tokenLifetimeSec, aud = GRAPH_AUDIENCE): string {
  const sp = servicePrincipalId(ctx);
  const claims: Record<string, unknown> = {
    aud, iss: ctx.issuer, ...timeClaims(ctx, lifetimeSec),
    tid: ctx.state.tenantId, oid: sp, sub: sp, appid: clientId, azp: clientId, idtyp: 'app', uti: newTokenId(ctx), ver: '2.0',
  };
  // Entra omits `roles` entirely when nothing is consented; Graph then answers 403.
  if (roles.length > 0) claims.roles = roles;
  return signJwt(ctx.key, claims);
}

/** The scp of a delegated token: the requested scopes, or all consented ones for `.default` (an API's: all it defines, admin-consented). */
export function grantedDelegatedScopes(ctx: SandboxContext, scopes: ParsedScopes): string[] {
  if (ctx.consentRevoked.delegated) return [];
  if (scopes.api) return scopes.defaultScope || scopes.apiScopes.length === 0 ? [...scopes.api.scopes] : [...new Set(scopes.apiScopes)];
  const granted = new Set(scopes.graphPermissions);
  if (scopes.defaultScope || granted.size === 0) for (const s of ctx.state.seed.user.delegatedScopes) granted.add(s);
  return [...granted];
}

function clientInfo(ctx: SandboxContext): string {
  return Buffer.from(JSON.stringify({ uid: ctx.state.seed.user.id, utid: ctx.state.tenantId })).toString('base64url');
}

function idToken(ctx: SandboxContext, clientId: string, nonce?: string): string {
  const user = ctx.state.seed.user;
  const claims: Record<string, unknown> = {
    aud: clientId, iss: ctx.issuer, ...timeClaims(ctx, 3600),
    name: user.displayName, oid: user.id, preferred_username: user.userPrincipalName, sub: user.id, tid: ctx.state.tenantId, ver: '2.0',
  };
  if (nonce) claims.nonce = nonce;
  // MSAL decodes id_tokens without verifying them; an unsigned one keeps that honest.
  return encodeUnverifiedClaims(claims);
}

/** The token endpoint's answer for a signed-in user, with everything MSAL caches (id_token, client_info, refresh token). */
export function delegatedTokenResponse(ctx: SandboxContext, clientId: string, scopes: ParsedScopes, nonce?: string): Record<string, unknown> {
  const scp = grantedDelegatedScopes(ctx, scopes);
  const body: Record<string, unknown> = {
    token_type: 'Bearer',
    scope: scopes.requested.join(' '),
    expires_in: ctx.tokenLifetimeSec,
    ext_expires_in: ctx.tokenLifetimeSec,
    access_token: issueDelegatedAccessToken(ctx, clientId, scp, ctx.tokenLifetimeSec, scopes.api?.appIdUri ?? GRAPH_AUDIENCE),
  };
  if (scopes.offlineAccess) {
    const refreshToken = randomBytes(32).toString('base64url');
    ctx.refreshTokens.set(refreshToken, { clientId, scopes: scopes.requested, revoked: false });
    body.refresh_token = refreshToken;
  }
  if (scopes.openid) body.id_token = idToken(ctx, clientId, nonce);
  body.client_info = clientInfo(ctx);
  return body;
}

/** A client-credentials token for Graph, or for another API of the tenant (its app roles; none when it defines none). */
export function appTokenResponse(ctx: SandboxContext, clientId: string, requestedScope: string, api?: SeedApi): Record<string, unknown> {
  const roles = ctx.consentRevoked.application ? [] : api ? (api.appRoles ?? []) : ctx.state.seed.confidentialApp.roles;
  return {
    token_type: 'Bearer', scope: requestedScope, expires_in: ctx.tokenLifetimeSec, ext_expires_in: ctx.tokenLifetimeSec,
    access_token: issueAppAccessToken(ctx, clientId, roles, ctx.tokenLifetimeSec, api?.appIdUri ?? GRAPH_AUDIENCE),
  };
}

/**
 * Like an admin revoking sessions and consent: every access and refresh token issued so far stops working, and new
 * tokens carry no permissions until a user signs in interactively again (app tokens stay permission-less).
 */
export function revokeAll(ctx: SandboxContext): void {
  for (const id of ctx.issuedTokenIds) ctx.revokedTokenIds.add(id);
  for (const entry of ctx.refreshTokens.values()) entry.revoked = true;
  ctx.consentRevoked = { delegated: true, application: true };
}
