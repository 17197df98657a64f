import { AadError } from './aadError';
import { GRAPH_AUDIENCE } from '../context';

/** OpenID scopes say what to return (id_token, refresh token), not what the access token may do. */
export const OIDC_SCOPES = new Set(['openid', 'profile', 'email', 'offline_access']);

export interface ParsedScopes {
  /** Exactly as requested; echoed in the response's `scope` so MSAL's cache lookups match what it asked for. */
  requested: string[];
  /** Graph permission names to put in `scp`, e.g. Directory.ReadWrite.All. */
  graphPermissions: string[];
  /** True when `<graph>/.default` was asked for: grant everything consented. */
  defaultScope: boolean;
  offlineAccess: boolean;
  openid: boolean;
}

/** Graph is the only resource this tenant knows; its scopes may be written short (User.Read) or long (https://graph.microsoft.com/User.Read). */
export function parseScopes(scopeParam: string | null): ParsedScopes {
  const requested = (scopeParam ?? '').split(' ').filter(s => s.length > 0);
  const out: ParsedScopes = { requested, graphPermissions: [], defaultScope: false, offlineAccess: false, openid: false };
  for (const scope of requested) {
    const lower = scope.toLowerCase();
    if (OIDC_SCOPES.has(lower)) {
      if (lower === 'offline_access') out.offlineAccess = true;
      if (lower === 'openid') out.openid = true;
      continue;
    }
    let name = scope;
    if (lower.startsWith(`${GRAPH_AUDIENCE}/`)) name = scope.slice(GRAPH_AUDIENCE.length + 1);
    else if (lower.startsWith('00000003-0000-0000-c000-000000000000/')) name = scope.slice(37);
    else if (scope.includes('/')) {
      throw new AadError(400, 'invalid_resource', 500011, `The resource principal named ${scope.slice(0, scope.lastIndexOf('/'))} was not found in the tenant. Only Microsoft Graph exists in the sandbox tenant.`);
    }
    if (name === '.default') out.defaultScope = true;
    else if (/^[A-Za-z][A-Za-z0-9.\-_]*$/.test(name)) out.graphPermissions.push(name);
    else throw new AadError(400, 'invalid_scope', 70011, `The provided value for the input parameter 'scope' is not valid. The scope ${scope} is not valid.`);
  }
  return out;
}
