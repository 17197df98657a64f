// The scope a v1.0 request signs in with, seen where it lands: real MSAL (device code) against the sandbox's sign-in
// endpoints, and the token's `scp` read off the wire by a loopback server standing in for Graph. For a v1.0 route
// routes.json lacks, the expected permission is permissions.json's own least privilege (read from the file here), not
// `.default` and not our compiled tables.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startSandbox, type Sandbox } from '../../../src/sandbox/server';
import { MsalTokenSource } from '../../../src/core/auth/msalTokenSource';
import { InMemorySecretStore } from '../../../src/core/auth/secretStore';
import { createGraphClient } from '../../../src/core/send/graphClient';
import { createNodeTransport } from '../../../src/core/send/nodeTransport';
import { leastFromPermissionsJson } from '../graph/permissionsJson';

describe('v1.0 scopes as the sign-in endpoint grants them (real MSAL, sandbox sign-in, token read on loopback)', () => {
  let sandbox: Sandbox, server: http.Server, endpoint: string;
  const scps: string[] = [];
  before(async () => {
    sandbox = await startSandbox({ tokenLifetimeSec: 3600 });
    server = http.createServer((req, res) => {
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      scps.push(token ? String(JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).scp) : '(no token)');
      req.resume();
      req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
    });
    await new Promise<void>(r => server.listen(0, '127.0.0.1', () => r()));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => { server.closeAllConnections(); await new Promise(r => server.close(r)); await sandbox.close(); });

  test('each v1.0 request gets a token whose scp is permissions.json\'s least privilege for its operation', async () => {
    const source = new MsalTokenSource(
      { clientId: sandbox.publicClientId, tenant: sandbox.tenantId, authOverrides: sandbox.msalAuthOptions(), secretStore: new InMemorySecretStore() },
      { kind: 'deviceCode', deviceCodeCallback: () => undefined });
    const client = createGraphClient({ transport: createNodeTransport(), tokenSource: source, graphEndpoint: endpoint });
    for (const [method, url, path] of [
      ['PATCH', 'https://graph.microsoft.com/v1.0/users/8e0c3c4f-0000-4000-8000-000000000001', '/users/{id}'],
      ['POST', 'https://graph.microsoft.com/v1.0/invitations', '/invitations'],
      ['GET', 'https://graph.microsoft.com/v1.0/identity/conditionalAccess/namedLocations', '/identity/conditionalAccess/namedLocations'],
    ]) {
      const expected = leastFromPermissionsJson(method, path).delegated;
      assert.ok(expected, `permissions.json names a least privilege for ${method} ${path}`);
      scps.length = 0;
      const res = await client.send({ method, url, headers: { 'Content-Type': 'application/json' }, ...(method === 'GET' ? {} : { body: '{}' }) });
      assert.equal(res.status, 200);
      assert.deepEqual(scps, [expected], `${method} ${path}: the token Graph would see`);
    }
    // Creating a named location: the map's least is Policy.Read.All, which cannot write; the docs page asks for it "and
    // Policy.ReadWrite.ConditionalAccess", and the token carries both.
    scps.length = 0;
    const res = await client.send({ method: 'POST', url: 'https://graph.microsoft.com/v1.0/identity/conditionalAccess/namedLocations', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    assert.equal(res.status, 200);
    assert.deepEqual(scps.map(s => s.split(' ').sort()), [['Policy.Read.All', 'Policy.ReadWrite.ConditionalAccess']]);
  });
});
