import { PublicClientApplication } from '@azure/msal-node';
import assert from 'node:assert/strict';
import { createHash, createPublicKey, verify } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { startSandbox, type Sandbox } from '../../../src/sandbox/server';

async function post(url: string, form: Record<string, string>): Promise<{ status: number; body: any }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form).toString() });
  return { status: res.status, body: await res.json() };
}

describe('identity platform endpoints', () => {
  let sandbox: Sandbox;
  let tokenUrl: string;
  before(async () => {
    sandbox = await startSandbox({ deviceCodeApproval: 'manual' });
    tokenUrl = `${sandbox.graphEndpoint}/${sandbox.tenantId}/oauth2/v2.0/token`;
  });
  after(async () => { await sandbox.close(); });

  test('OIDC discovery and JWKS verify the access tokens', async () => {
    const config: any = await (await fetch(`${sandbox.graphEndpoint}/${sandbox.tenantId}/v2.0/.well-known/openid-configuration`)).json();
    assert.equal(config.issuer, `${sandbox.authority}v2.0`);
    assert.equal(config.token_endpoint, tokenUrl);
    const jwks: any = await (await fetch(config.jwks_uri)).json();
    const token = sandbox.issueToken({ roles: ['Directory.ReadWrite.All'] });
    const [h, p, s] = token.split('.');
    const header = JSON.parse(Buffer.from(h, 'base64url').toString());
    const jwk = jwks.keys.find((k: any) => k.kid === header.kid);
    assert.ok(verify('sha256', Buffer.from(`${h}.${p}`), createPublicKey({ key: jwk, format: 'jwk' }), Buffer.from(s, 'base64url')));
    const options = sandbox.msalAuthOptions();
    assert.ok(options.authority.startsWith('https://'));
    assert.equal(JSON.parse(options.authorityMetadata).token_endpoint, tokenUrl);
  });

  test('token endpoint errors look like Entra ID errors', async () => {
    const unknownClient = await post(tokenUrl, { grant_type: 'client_credentials', client_id: 'nope', scope: 'https://graph.microsoft.com/.default' });
    assert.equal(unknownClient.status, 400);
    assert.equal(unknownClient.body.error, 'unauthorized_client');
    assert.deepEqual(unknownClient.body.error_codes, [700016]);
    assert.ok(unknownClient.body.trace_id && unknownClient.body.correlation_id && unknownClient.body.timestamp);
    const badScope = await post(tokenUrl, { grant_type: 'client_credentials', client_id: sandbox.clientId, client_secret: sandbox.clientSecret, scope: 'Directory.ReadWrite.All' });
    assert.equal(badScope.body.error, 'invalid_scope');
    const publicApp = await post(tokenUrl, { grant_type: 'client_credentials', client_id: sandbox.publicClientId, scope: 'https://graph.microsoft.com/.default' });
    assert.equal(publicApp.body.error, 'invalid_client');
    assert.equal((await post(tokenUrl, { grant_type: 'password', client_id: sandbox.publicClientId })).body.error, 'unsupported_grant_type');
    assert.equal((await post(tokenUrl, { grant_type: 'refresh_token', client_id: sandbox.publicClientId, refresh_token: 'made-up' })).body.error, 'invalid_grant');
    assert.equal((await post(`${sandbox.graphEndpoint}/someoneelse/oauth2/v2.0/token`, { grant_type: 'client_credentials' })).body.error, 'invalid_tenant');
    assert.equal((await post(tokenUrl, {})).body.error, 'invalid_request');
  });

  test('manual device code: authorization_pending until the code is typed on the approval page', async () => {
    const dc = await post(`${sandbox.graphEndpoint}/${sandbox.tenantId}/oauth2/v2.0/devicecode`, { client_id: sandbox.publicClientId, scope: 'Directory.ReadWrite.All openid offline_access' });
    assert.equal(dc.status, 200);
    const poll = () => post(tokenUrl, { grant_type: 'device_code', client_id: sandbox.publicClientId, device_code: dc.body.device_code });
    const pending = await poll();
    assert.equal(pending.body.error, 'authorization_pending');
    const page = await fetch(dc.body.verification_uri);
    assert.match(await page.text(), /<form method="post">/);
    const wrong = await fetch(dc.body.verification_uri, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'user_code=NOPE' });
    assert.equal(wrong.status, 400);
    await wrong.arrayBuffer();
    const ok = await fetch(dc.body.verification_uri, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `user_code=${dc.body.user_code.toLowerCase()}` });
    assert.equal(ok.status, 200);
    await ok.arrayBuffer();
    const granted = await poll();
    assert.equal(granted.status, 200);
    assert.ok(granted.body.access_token && granted.body.refresh_token && granted.body.id_token && granted.body.client_info);
    assert.equal((await poll()).body.error, 'invalid_grant'); // a device code is redeemed once
  });

  test('approveDeviceCode() with real MSAL in manual mode', async () => {
    const pca = new PublicClientApplication({ auth: { clientId: sandbox.publicClientId, ...sandbox.msalAuthOptions() } });
    const result = await pca.acquireTokenByDeviceCode({
      scopes: ['User.Read'],
      deviceCodeCallback: r => { assert.ok(sandbox.approveDeviceCode(r.userCode)); },
    });
    assert.ok(result?.accessToken);
  });

  test('auth code: PKCE verifier must match and the code is single-use', async () => {
    const verifier = 'a'.repeat(50);
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const authorize = new URL(`${sandbox.graphEndpoint}/${sandbox.tenantId}/oauth2/v2.0/authorize`);
    const params = { client_id: sandbox.publicClientId, redirect_uri: 'http://localhost:1', response_type: 'code', response_mode: 'form_post', scope: 'openid User.Read', state: 's1', code_challenge: challenge, code_challenge_method: 'S256' };
    for (const [k, v] of Object.entries(params)) authorize.searchParams.set(k, v);
    const page = await fetch(authorize);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /Continue as/);
    const consent = await fetch(authorize.origin + authorize.pathname, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(params).toString() });
    const html = await consent.text();
    assert.match(html, /action="http:\/\/localhost:1"/);
    const code = /name="code" value="([^"]+)"/.exec(html)?.[1];
    assert.ok(code);
    const redeem = (codeVerifier: string) => post(tokenUrl, { grant_type: 'authorization_code', client_id: sandbox.publicClientId, code: code as string, redirect_uri: 'http://localhost:1', code_verifier: codeVerifier });
    const wrong = await redeem('b'.repeat(50));
    assert.equal(wrong.body.error, 'invalid_grant');
    assert.deepEqual(wrong.body.error_codes, [501481]);
    assert.equal((await redeem(verifier)).body.error, 'invalid_grant'); // burnt by the failed attempt
    const bad = await fetch(`${authorize.origin}${authorize.pathname}?client_id=${sandbox.publicClientId}&redirect_uri=https://evil.example&response_type=code`);
    assert.equal(bad.status, 400);
    await bad.arrayBuffer();
  });
});

describe('seed replacement', () => {
  test('a partial seed object overrides the default field by field; a bad one is refused with a clear message', async () => {
    const sandbox = await startSandbox({ seed: { connectors: [{ id: 'c1', machineName: 'M1', externalIp: '1.2.3.4', status: 'active', version: '1' }], connectorGroups: [] } as never });
    try {
      assert.equal(sandbox.state.connectors.size, 1);
      assert.equal(sandbox.state.connectorGroups.size, 0);
      assert.equal(sandbox.state.externalConnections.size, 1);
    } finally {
      await sandbox.close();
    }
    await assert.rejects(startSandbox({ seed: { connectors: 'many' } as never }), /Invalid sandbox seed: connectors must be an array/);
  });
});

// Entra's behaviour for a tenant's other APIs (learn.microsoft.com, "Scopes and permissions": `<App ID URI>/<scope>`,
// `<App ID URI>/.default`; one resource per token request, AADSTS28000; unknown resource AADSTS500011; a scope the
// API does not expose AADSTS650053): a token per audience, never a Graph token for it.
describe('tokens for another API of the tenant', () => {
  let sandbox: Sandbox;
  let tokenUrl: string;
  const claims = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
  before(async () => {
    sandbox = await startSandbox();
    tokenUrl = `${sandbox.graphEndpoint}/${sandbox.tenantId}/oauth2/v2.0/token`;
    sandbox.addApi({ appIdUri: 'api://contoso-orders', scopes: ['Orders.Read', 'Orders.Write'], appRoles: ['Orders.Read.All'] });
  });
  after(async () => { await sandbox.close(); });

  async function refreshToken(): Promise<string> {
    const dc = await post(`${sandbox.graphEndpoint}/${sandbox.tenantId}/oauth2/v2.0/devicecode`, { client_id: sandbox.publicClientId, scope: 'User.Read openid offline_access' });
    const done = await post(tokenUrl, { grant_type: 'device_code', client_id: sandbox.publicClientId, device_code: dc.body.device_code });
    assert.equal(done.status, 200, JSON.stringify(done.body));
    return done.body.refresh_token;
  }

  test('a refresh token redeemed for the API\'s scope gives a token whose aud is the API and scp only that scope', async () => {
    const answer = await post(tokenUrl, { grant_type: 'refresh_token', client_id: sandbox.publicClientId, refresh_token: await refreshToken(), scope: 'api://contoso-orders/Orders.Read offline_access' });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.equal(claims(answer.body.access_token).aud, 'api://contoso-orders');
    assert.equal(claims(answer.body.access_token).scp, 'Orders.Read');
    const all = await post(tokenUrl, { grant_type: 'refresh_token', client_id: sandbox.publicClientId, refresh_token: answer.body.refresh_token, scope: 'api://contoso-orders/.default' });
    assert.equal(claims(all.body.access_token).scp, 'Orders.Read Orders.Write');
    // Graph refuses the API's token: its audience is not Graph.
    const graph = await fetch(`${sandbox.graphEndpoint}/v1.0/me`, { headers: { authorization: `Bearer ${answer.body.access_token}` } });
    assert.equal(graph.status, 401);
    await graph.arrayBuffer();
  });

  test('client credentials for <API>/.default: an app token for the API with its app roles', async () => {
    const answer = await post(tokenUrl, { grant_type: 'client_credentials', client_id: sandbox.clientId, client_secret: sandbox.clientSecret, scope: 'api://contoso-orders/.default' });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.equal(claims(answer.body.access_token).aud, 'api://contoso-orders');
    assert.equal(claims(answer.body.access_token).idtyp, 'app');
    assert.deepEqual(claims(answer.body.access_token).roles, ['Orders.Read.All']);
  });

  test('two resources in one request, an unknown resource and a scope the API does not expose are Entra\'s errors', async () => {
    const rt = await refreshToken();
    const two = await post(tokenUrl, { grant_type: 'refresh_token', client_id: sandbox.publicClientId, refresh_token: rt, scope: 'api://contoso-orders/Orders.Read https://graph.microsoft.com/User.Read' });
    assert.equal(two.body.error, 'invalid_scope');
    assert.deepEqual(two.body.error_codes, [28000]);
    const unknown = await post(tokenUrl, { grant_type: 'client_credentials', client_id: sandbox.clientId, client_secret: sandbox.clientSecret, scope: 'api://elsewhere/.default' });
    assert.deepEqual(unknown.body.error_codes, [500011]);
    const missing = await post(tokenUrl, { grant_type: 'client_credentials', client_id: sandbox.clientId, client_secret: sandbox.clientSecret, scope: 'api://contoso-orders/Orders.Delete' });
    assert.deepEqual(missing.body.error_codes, [650053]);
  });
});
