import { AadError } from './aadError';
import { GRAPH_AUDIENCE } from '../context';
import type { SeedApi } from '../types';

/** OpenID scopes say what to return (id_token, refresh token), not what the access token may do. */
export const OIDC_SCOPES = new Set(['openid', 'profile', 'email', 'offline_access']);

export interface ParsedScopes {
  /** Exactly as requested; echoed in the response's `scope` so MSAL's cache lookups match what it asked for. */
  requested: string[];
  /** Graph permission names to put in `scp`, e.g. Directory.ReadWrite.All. */
  graphPermissions: string[];
  /** True when `<resource>/.default` was asked for: grant everything consented. */
  defaultScope: boolean;
  offlineAccess: boolean;
  openid: boolean;
  /** The tenant's other API the scopes name (`<appIdUri>/<scope>`); undefined: Microsoft Graph. */
  api?: SeedApi;
  /** The API's scope names asked for (those it defines), when `api` is set. */
  apiScopes: string[];
}

/**
 * Graph's scopes may be written short (User.Read) or long (https://graph.microsoft.com/User.Read); another API's
 * always carry its Application ID URI. As in Entra, one request names one resource (AADSTS28000 otherwise), an
 * unknown resource is AADSTS500011 and a scope the API does not define is AADSTS650053.
 */
export function parseScopes(scopeParam: string | null, apis: SeedApi[] = []): ParsedScopes {
  const requested = (scopeParam ?? '').split(' ').filter(s => s.length > 0);
  const out: ParsedScopes = { requested, graphPermissions: [], defaultScope: false, offlineAccess: false, openid: false, apiScopes: [] };
  const resources = new Set<string>();
  for (const scope of requested) {
    const lower = scope.toLowerCase();
    if (OIDC_SCOPES.has(lower)) {
      if (lower === 'offline_access') out.offlineAccess = true;
      if (lower === 'openid') out.openid = true;
      continue;
    }
    let name = scope;
    const api = apis.find(a => lower.startsWith(`${a.appIdUri.toLowerCase().replace(/\/+$/, '')}/`));
    if (api) {
      name = scope.slice(api.appIdUri.replace(/\/+$/, '').length + 1);
      resources.add(api.appIdUri);
      out.api = api;
      if (name === '.default') { out.defaultScope = true; continue; }
      if (!api.scopes.includes(name)) {
        throw new AadError(400, 'invalid_scope', 650053, `The application asked for scope '${name}' that doesn't exist on the resource '${api.appIdUri}'.`);
      }
      out.apiScopes.push(name);
      continue;
    }
    if (lower.startsWith(`${GRAPH_AUDIENCE}/`)) name = scope.slice(GRAPH_AUDIENCE.length + 1);
    else if (lower.startsWith('00000003-0000-0000-c000-000000000000/')) name = scope.slice(37);
    else if (scope.includes('/')) {
      throw new AadError(400, 'invalid_resource', 500011, `The resource principal named ${scope.slice(0, scope.lastIndexOf('/'))} was not found in the tenant. Only Microsoft Graph${apis.length ? ` and ${apis.map(a => a.appIdUri).join(', ')}` : ''} exist in the sandbox tenant.`);
    }
    resources.add(GRAPH_AUDIENCE);
    if (name === '.default') out.defaultScope = true;
    else if (/^[A-Za-z][A-Za-z0-9.\-_]*$/.test(name)) out.graphPermissions.push(name);
    else throw new AadError(400, 'invalid_scope', 70011, `The provided value for the input parameter 'scope' is not valid. The scope ${scope} is not valid.`);
  }
  if (resources.size > 1) {
    throw new AadError(400, 'invalid_scope', 28000, `Provided value for the input parameter scope is not valid because it contains more than one resource. Scope ${requested.join(' ')} is not valid.`);
  }
  return out;
}
