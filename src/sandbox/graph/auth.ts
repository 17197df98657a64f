import type { RoutePermissions } from '../../core/graph/types';
import { GRAPH_AUDIENCE, type SandboxContext } from '../context';
import { verifyJwt } from '../jwt';
import { GraphError, insufficientPrivileges } from './errors';

/** Who is calling: a signed-in user (delegated `scp`) or an application (`roles`). */
export interface Principal { kind: 'user' | 'app'; permissions: Set<string> }

/** Graph sends this challenge with every 401 so clients know where to get a better token. */
function invalidToken(ctx: SandboxContext, message: string): GraphError {
  return new GraphError(401, 'InvalidAuthenticationToken', message, {
    'www-authenticate': `Bearer realm="", authorization_uri="${ctx.authority}oauth2/v2.0/authorize", client_id="00000003-0000-0000-c000-000000000000"`,
  });
}

/** Checks the bearer token the way Graph does: signature, lifetime, audience, tenant, revocation. */
export function authenticate(ctx: SandboxContext, authorization: string | undefined): Principal {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match) throw invalidToken(ctx, 'Access token is empty.');
  const checked = verifyJwt(ctx.key, match[1]);
  if (!checked.ok) {
    throw invalidToken(ctx, checked.reason === 'malformed' ? 'IDX14100: JWT is not well formed.' : 'Access token validation failure. Invalid signature.');
  }
  const claims = checked.claims;
  const nowSec = Math.floor(ctx.clock() / 1000);
  if (typeof claims.exp !== 'number' || claims.exp <= nowSec) throw invalidToken(ctx, 'Lifetime validation failed, the token is expired.');
  if (typeof claims.nbf === 'number' && claims.nbf > nowSec + 300) throw invalidToken(ctx, 'Lifetime validation failed, the token is not yet valid.');
  if (claims.aud !== GRAPH_AUDIENCE && claims.aud !== '00000003-0000-0000-c000-000000000000') {
    throw invalidToken(ctx, 'Access token validation failure. Invalid audience.');
  }
  if (claims.tid !== ctx.state.tenantId) throw invalidToken(ctx, 'Access token validation failure. Invalid issuer.');
  if (typeof claims.uti === 'string' && ctx.revokedTokenIds.has(claims.uti)) {
    throw invalidToken(ctx, 'Continuous access evaluation resulted in challenge with result: InteractionRequired and code: TokenIssuedBeforeRevocationTimestamp');
  }
  if (typeof claims.scp === 'string') {
    return { kind: 'user', permissions: new Set(claims.scp.split(' ').filter(Boolean).map(s => s.toLowerCase())) };
  }
  const roles = Array.isArray(claims.roles) ? claims.roles.filter((r): r is string => typeof r === 'string') : [];
  return { kind: 'app', permissions: new Set(roles.map(r => r.toLowerCase())) };
}

/** 403 unless the token carries one of the permissions the route table lists for this operation and this kind of caller (with what it also requires). */
export function authorize(principal: Principal, permissions: RoutePermissions): void {
  // No permission documented at all (GET /applicationTemplates has no permissions.json entry): any signed-in caller.
  if (permissions.all.length === 0 && permissions.delegated === undefined && permissions.application === undefined) return;
  const supported = principal.kind === 'user' ? permissions.delegated !== undefined : permissions.application !== undefined;
  if (!supported) throw insufficientPrivileges();
  // A permission the map marks `AlsoRequires=A,B` grants only with A or B in the same token (Entra checks both).
  const requires = (principal.kind === 'user' ? permissions.alsoRequires?.delegated : permissions.alsoRequires?.application) ?? {};
  const grants = (p: string) => principal.permissions.has(p.toLowerCase()) && (!requires[p] || requires[p].some(r => principal.permissions.has(r.toLowerCase())));
  if (!permissions.all.some(grants)) throw insufficientPrivileges();
}
