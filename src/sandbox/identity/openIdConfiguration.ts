import type { SandboxContext } from '../context';

/** The OpenID configuration of the sandbox tenant. Endpoints are plain http on 127.0.0.1; only the issuer names the https authority. */
export function openIdConfiguration(ctx: SandboxContext): Record<string, unknown> {
  const base = `${ctx.baseUrl}/${ctx.state.tenantId}`;
  return {
    issuer: ctx.issuer,
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    token_endpoint: `${base}/oauth2/v2.0/token`,
    device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    jwks_uri: `${base}/discovery/v2.0/keys`,
    response_modes_supported: ['form_post'],
    response_types_supported: ['code'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    token_endpoint_auth_methods_supported: ['client_secret_post', 'none'],
    code_challenge_methods_supported: ['S256'],
    grant_types_supported: ['authorization_code', 'refresh_token', 'client_credentials', 'urn:ietf:params:oauth:grant-type:device_code'],
    tenant_region_scope: 'EU',
    cloud_instance_name: 'sandbox.gcg.localhost',
  };
}

export interface MsalAuthOptions { authority: string; knownAuthorities: string[]; authorityMetadata: string; cloudDiscoveryMetadata?: string }

/**
 * What to spread into MSAL's `auth` config. MSAL insists on an https authority, so it gets one that is never contacted:
 * listing its host in knownAuthorities skips instance discovery, and authorityMetadata (endpoints not scheme-checked)
 * replaces the OpenID discovery request, so every request MSAL makes goes to the token/devicecode endpoints here.
 */
export function msalAuthOptions(ctx: SandboxContext): MsalAuthOptions {
  const doc = openIdConfiguration(ctx);
  return {
    authority: ctx.authority,
    knownAuthorities: [new URL(ctx.authority).host],
    authorityMetadata: JSON.stringify({
      issuer: doc.issuer, authorization_endpoint: doc.authorization_endpoint, token_endpoint: doc.token_endpoint,
      end_session_endpoint: doc.end_session_endpoint, jwks_uri: doc.jwks_uri,
    }),
  };
}
