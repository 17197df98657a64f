import { ConfidentialClientApplication } from '@azure/msal-node';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startSandbox, type Sandbox } from '../../../src/sandbox/server';
import { graph, PROFILE } from './helpers';

const GROUPS = `/beta${PROFILE}/connectorGroups`;

describe('Graph token checks', () => {
  let sandbox: Sandbox;
  let now = Date.parse('2026-11-23T12:00:00Z');
  before(async () => { sandbox = await startSandbox({ clock: () => now, tokenLifetimeSec: 600 }); });
  after(async () => { await sandbox.close(); });

  test('missing, malformed and forged tokens: 401 InvalidAuthenticationToken with a challenge', async () => {
    const res = await fetch(`${sandbox.graphEndpoint}${GROUPS}`);
    const body: any = await res.json();
    assert.equal(res.status, 401);
    assert.equal(body.error.code, 'InvalidAuthenticationToken');
    assert.match(res.headers.get('www-authenticate') ?? '', /^Bearer /);
    assert.equal((await graph(sandbox, 'GET', GROUPS, undefined, 'not-a-jwt')).status, 401);
    const good = sandbox.issueToken({ scp: ['Directory.ReadWrite.All'] });
    const [h, , s] = good.split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ aud: 'https://graph.microsoft.com', scp: 'Directory.ReadWrite.All', exp: 9999999999, tid: sandbox.tenantId })).toString('base64url');
    const forged = await graph(sandbox, 'GET', GROUPS, undefined, `${h}.${forgedPayload}.${s}`);
    assert.equal(forged.status, 401);
    assert.match(forged.body.error.message, /signature/i);
  });

  test('expired token: 401 once the clock passes exp', async () => {
    const token = sandbox.issueToken({ scp: ['Directory.ReadWrite.All'] });
    assert.equal((await graph(sandbox, 'GET', GROUPS, undefined, token)).status, 200);
    now += 601_000;
    const res = await graph(sandbox, 'GET', GROUPS, undefined, token);
    assert.equal(res.status, 401);
    assert.match(res.body.error.message, /expired/);
  });

  test('insufficient permission: 403 Authorization_RequestDenied', async () => {
    const res = await graph(sandbox, 'GET', GROUPS, undefined, sandbox.issueToken({ scp: ['User.Read'] }));
    assert.equal(res.status, 403);
    assert.equal(res.body.error.code, 'Authorization_RequestDenied');
    assert.equal(res.body.error.message, 'Insufficient privileges to complete the operation.');
    // ExternalItem.Read.All is enough to read one external group, not to change it.
    const reader = sandbox.issueToken({ scp: ['ExternalItem.Read.All'] });
    assert.equal((await graph(sandbox, 'GET', '/v1.0/external/connections/contosohr/groups/hrstaff', undefined, reader)).status, 200);
    assert.equal((await graph(sandbox, 'DELETE', '/v1.0/external/connections/contosohr/groups/hrstaff', undefined, reader)).status, 403);
  });

  test('revokeAll: issued tokens get 401, new app tokens carry no roles and get 403', async () => {
    const old = sandbox.issueToken({ scp: ['Directory.ReadWrite.All'] });
    sandbox.revokeAll();
    const revoked = await graph(sandbox, 'GET', GROUPS, undefined, old);
    assert.equal(revoked.status, 401);
    assert.equal(revoked.body.error.code, 'InvalidAuthenticationToken');
    const cca = new ConfidentialClientApplication({ auth: { clientId: sandbox.clientId, clientSecret: sandbox.clientSecret, ...sandbox.msalAuthOptions() } });
    const result = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
    const created = await graph(sandbox, 'POST', GROUPS, { name: 'after revoke' }, result?.accessToken);
    assert.equal(created.status, 403);
  });
});
