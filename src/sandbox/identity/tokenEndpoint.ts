import { createHash } from 'node:crypto';
import type { SandboxContext } from '../context';
import { AadError } from './aadError';
import { authenticateClient } from './clients';
import { redeemDeviceCode } from './deviceCode';
import { parseScopes } from './parseScopes';
import { appTokenResponse, delegatedTokenResponse } from './tokens';


function required(form: URLSearchParams, name: string): string {
  const value = form.get(name);
  if (!value) throw new AadError(400, 'invalid_request', 900144, `The request body must contain the following parameter: '${name}'.`);
  return value;
}

function pkceMatches(verifier: string, challenge: string): boolean {
  return createHash('sha256').update(verifier).digest('base64url') === challenge;
}

function authorizationCodeGrant(ctx: SandboxContext, form: URLSearchParams, clientId: string): Record<string, unknown> {
  const code = required(form, 'code');
  const entry = ctx.authCodes.get(code);
  ctx.authCodes.delete(code); // single use, even when the redemption fails
  if (!entry || entry.expiresAtMs < ctx.clock() || entry.clientId !== clientId) {
    throw new AadError(400, 'invalid_grant', 70008, 'The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.');
  }
  if (form.get('redirect_uri') !== entry.redirectUri) {
    throw new AadError(400, 'invalid_grant', 50148, "The redirect URI does not match the redirect_uri used in the authorization request.");
  }
  if (entry.codeChallenge) {
    const verifier = form.get('code_verifier');
    if (!verifier) throw new AadError(400, 'invalid_request', 50148, 'The code_verifier is missing although a code_challenge was sent in the authorization request.');
    if (!pkceMatches(verifier, entry.codeChallenge)) {
      throw new AadError(400, 'invalid_grant', 501481, 'The Code_Verifier does not match the code_challenge supplied in the authorization request.');
    }
  }
  const scopes = parseScopes(form.get('scope') ?? entry.scopes.join(' '), ctx.state.seed.apis);
  return delegatedTokenResponse(ctx, clientId, scopes, entry.nonce);
}

function refreshTokenGrant(ctx: SandboxContext, form: URLSearchParams, clientId: string): Record<string, unknown> {
  const token = required(form, 'refresh_token');
  const entry = ctx.refreshTokens.get(token);
  if (!entry || entry.clientId !== clientId) {
    throw new AadError(400, 'invalid_grant', 9002313, 'Invalid request. Request is malformed or invalid.');
  }
  if (entry.revoked) {
    ctx.refreshTokens.delete(token);
    throw new AadError(400, 'invalid_grant', 50173, 'The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password.', 'bad_token');
  }
  ctx.refreshTokens.delete(token); // rotated: the response carries a new one
  return delegatedTokenResponse(ctx, clientId, parseScopes(form.get('scope') ?? entry.scopes.join(' '), ctx.state.seed.apis));
}

function clientCredentialsGrant(ctx: SandboxContext, form: URLSearchParams, clientId: string, kind: string): Record<string, unknown> {
  if (kind !== 'confidential') {
    throw new AadError(401, 'invalid_client', 7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.");
  }
  const scope = required(form, 'scope');
  const parsed = parseScopes(scope, ctx.state.seed.apis);
  if (!parsed.defaultScope || parsed.graphPermissions.length > 0 || parsed.apiScopes.length > 0) {
    throw new AadError(400, 'invalid_scope', 1002012, `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`);
  }
  return appTokenResponse(ctx, clientId, scope, parsed.api);
}

/** POST /{tenant}/oauth2/v2.0/token: the four grants MSAL uses against this tenant. */
export function handleTokenRequest(ctx: SandboxContext, form: URLSearchParams): Record<string, unknown> {
  const grantType = required(form, 'grant_type');
  const { clientId, kind } = authenticateClient(ctx, form);
  switch (grantType) {
    case 'authorization_code': return authorizationCodeGrant(ctx, form, clientId);
    case 'refresh_token': return refreshTokenGrant(ctx, form, clientId);
    case 'client_credentials': return clientCredentialsGrant(ctx, form, clientId, kind);
    // MSAL sends the short form; RFC 8628 clients send the URN. Entra accepts both.
    case 'device_code':
    case 'urn:ietf:params:oauth:grant-type:device_code': return delegatedTokenResponse(ctx, clientId, parseScopes(redeemDeviceCode(ctx, required(form, 'device_code'), clientId).scopes.join(' '), ctx.state.seed.apis));
    default:
      throw new AadError(400, 'unsupported_grant_type', 70003, `The app requested an unsupported grant type '${grantType}'.`);
  }
}
