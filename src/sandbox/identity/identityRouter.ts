import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxContext } from '../context';
import { BodyTooLargeError, readBody, sendJson, sendText } from '../http';
import { publicJwk } from '../jwt';
import { AadError, sendAadError } from './aadError';
import { formPostPage, issueAuthorizationResponse, signInPage, validateAuthorizeRequest } from './authorize';
import { approveDeviceCode, deviceAuthPage, handleDeviceCodeRequest } from './deviceCode';
import { openIdConfiguration } from './openIdConfiguration';
import { handleTokenRequest } from './tokenEndpoint';

const IDENTITY_PATH = /^\/([^/]+)\/(v2\.0\/\.well-known\/openid-configuration|discovery\/v2\.0\/keys|oauth2\/v2\.0\/(token|devicecode|authorize|deviceauth))$/;
const NO_STORE = { 'cache-control': 'no-store' };

export function isIdentityPath(pathname: string): boolean {
  return IDENTITY_PATH.test(pathname);
}

function assertKnownTenant(ctx: SandboxContext, tenant: string): void {
  if (tenant !== ctx.state.tenantId && tenant !== 'organizations' && tenant !== 'common') {
    throw new AadError(400, 'invalid_tenant', 90002, `Tenant '${tenant}' not found. The sandbox knows only tenant ${ctx.state.tenantId}.`);
  }
}

async function formOf(req: IncomingMessage): Promise<URLSearchParams> {
  try {
    return new URLSearchParams(await readBody(req));
  } catch (err) {
    if (err instanceof BodyTooLargeError) throw new AadError(400, 'invalid_request', 90014, 'The request body is too large.');
    throw err;
  }
}

function methodNotAllowed(res: ServerResponse): void {
  sendText(res, 405, 'Method Not Allowed', 'text/plain', { allow: 'GET, POST' });
}

async function route(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse, url: URL, endpoint: string): Promise<void> {
  const method = req.method ?? 'GET';
  switch (endpoint) {
    case 'v2.0/.well-known/openid-configuration': return sendJson(res, 200, openIdConfiguration(ctx));
    case 'discovery/v2.0/keys': return sendJson(res, 200, { keys: [publicJwk(ctx.key)] });
    case 'oauth2/v2.0/token':
      if (method !== 'POST') return methodNotAllowed(res);
      return sendJson(res, 200, handleTokenRequest(ctx, await formOf(req)), NO_STORE);
    case 'oauth2/v2.0/devicecode':
      if (method !== 'POST') return methodNotAllowed(res);
      return sendJson(res, 200, handleDeviceCodeRequest(ctx, await formOf(req)), NO_STORE);
    case 'oauth2/v2.0/deviceauth': {
      if (method === 'GET') return sendText(res, 200, deviceAuthPage(ctx), 'text/html; charset=utf-8');
      const approved = approveDeviceCode(ctx, (await formOf(req)).get('user_code') ?? '');
      const page = deviceAuthPage(ctx, approved ? 'Signed in. You can close this window.' : 'That code is unknown or has expired.');
      return sendText(res, approved ? 200 : 400, page, 'text/html; charset=utf-8');
    }
    case 'oauth2/v2.0/authorize': {
      if (method === 'GET') return sendText(res, 200, signInPage(ctx, validateAuthorizeRequest(ctx, url.searchParams)), 'text/html; charset=utf-8');
      const request = validateAuthorizeRequest(ctx, await formOf(req));
      return sendText(res, 200, formPostPage(request.redirectUri, issueAuthorizationResponse(ctx, request)), 'text/html; charset=utf-8');
    }
  }
}

/** Serves the Microsoft identity platform endpoints of the sandbox tenant. */
export async function handleIdentityRequest(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const match = IDENTITY_PATH.exec(url.pathname);
  if (!match) return sendText(res, 404, 'Not Found', 'text/plain');
  const correlationId = typeof req.headers['client-request-id'] === 'string' ? req.headers['client-request-id'] : '00000000-0000-0000-0000-000000000000';
  try {
    assertKnownTenant(ctx, match[1]);
    await route(ctx, req, res, url, match[2]);
  } catch (err) {
    if (err instanceof AadError) return sendAadError(res, err, correlationId, new Date(ctx.clock()));
    throw err;
  }
}
