import { randomBytes } from 'node:crypto';
import type { SandboxContext } from '../context';
import { escapeHtml } from '../http';
import { AadError } from './aadError';
import { clientKind } from './clients';
import { parseScopes } from './parseScopes';

const AUTH_CODE_LIFETIME_MS = 10 * 60 * 1000;

/** Only loopback redirect URIs exist in this tenant: the sandbox never sends a code off the machine. */
function isLoopbackRedirect(uri: string): boolean {
  try {
    const url = new URL(uri);
    return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  } catch {
    return false;
  }
}

export interface AuthorizeRequest { params: URLSearchParams; clientId: string; redirectUri: string }

/** Checks an authorization request the way the sign-in page would before showing anything. */
export function validateAuthorizeRequest(ctx: SandboxContext, params: URLSearchParams): AuthorizeRequest {
  const clientId = params.get('client_id');
  clientKind(ctx, clientId);
  const redirectUri = params.get('redirect_uri') ?? '';
  if (!isLoopbackRedirect(redirectUri)) {
    throw new AadError(400, 'invalid_request', 50011, `The redirect URI '${redirectUri}' specified in the request does not match the redirect URIs configured for the application. Only http://localhost loopback redirects are registered in the sandbox.`);
  }
  if (params.get('response_type') !== 'code') {
    throw new AadError(400, 'unsupported_response_type', 700054, "Only response_type 'code' is enabled for this application.");
  }
  const method = params.get('code_challenge_method');
  if (params.get('code_challenge') && method !== 'S256') {
    throw new AadError(400, 'invalid_request', 5000, "Only code_challenge_method 'S256' is supported by the sandbox.");
  }
  parseScopes(params.get('scope'), ctx.state.seed.apis);
  return { params, clientId: clientId as string, redirectUri };
}

/** The fields the browser posts back to the redirect URI (response_mode=form_post). */
export function issueAuthorizationResponse(ctx: SandboxContext, request: AuthorizeRequest): Record<string, string> {
  const { params } = request;
  const code = randomBytes(32).toString('base64url');
  ctx.authCodes.set(code, {
    clientId: request.clientId, redirectUri: request.redirectUri,
    scopes: (params.get('scope') ?? '').split(' ').filter(Boolean),
    codeChallenge: params.get('code_challenge') ?? undefined, codeChallengeMethod: params.get('code_challenge_method') ?? undefined,
    nonce: params.get('nonce') ?? undefined, expiresAtMs: ctx.clock() + AUTH_CODE_LIFETIME_MS,
  });
  ctx.consentRevoked.delegated = false; // signing in interactively is consenting again
  const fields: Record<string, string> = {
    code,
    client_info: Buffer.from(JSON.stringify({ uid: ctx.state.seed.user.id, utid: ctx.state.tenantId })).toString('base64url'),
  };
  const state = params.get('state');
  if (state !== null) fields.state = state;
  fields.session_state = randomBytes(16).toString('hex');
  return fields;
}

function hiddenFields(fields: Iterable<[string, string]>): string {
  return [...fields].map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`).join('\n');
}

export function signInPage(ctx: SandboxContext, request: AuthorizeRequest): string {
  const user = ctx.state.seed.user;
  return `<!doctype html><html><head><meta charset="utf-8"><title>Sandbox sign-in</title></head><body>
<h1>Sign in to the sandbox tenant</h1>
<p>Application <code>${escapeHtml(request.clientId)}</code> asks for: <code>${escapeHtml(request.params.get('scope') ?? '')}</code></p>
<form method="post">${hiddenFields(request.params.entries())}
<button type="submit">Continue as ${escapeHtml(user.displayName)}</button></form>
</body></html>`;
}

/** What the browser gets after "Continue": a form that posts itself to the app's loopback listener. */
export function formPostPage(redirectUri: string, fields: Record<string, string>): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Signing in</title></head>
<body onload="document.forms[0].submit()"><form method="post" action="${escapeHtml(redirectUri)}">${hiddenFields(Object.entries(fields))}
<noscript><button type="submit">Continue</button></noscript></form></body></html>`;
}

/** For tests and headless use: do what the browser would, without one. MSAL's listener binds 127.0.0.1, so go there directly. */
export async function completeAuthorization(ctx: SandboxContext, authorizeUrl: string): Promise<void> {
  const request = validateAuthorizeRequest(ctx, new URL(authorizeUrl).searchParams);
  const fields = issueAuthorizationResponse(ctx, request);
  const target = new URL(request.redirectUri);
  if (target.hostname === 'localhost') target.hostname = '127.0.0.1';
  const res = await fetch(target, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`The redirect URI answered ${res.status}`);
}
