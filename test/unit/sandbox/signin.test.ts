import { ConfidentialClientApplication, PublicClientApplication } from '@azure/msal-node';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startSandbox, type Sandbox } from '../../../src/sandbox/server';

const GRAPH_DEFAULT = 'https://graph.microsoft.com/.default';
const DELEGATED = ['https://graph.microsoft.com/Directory.ReadWrite.All'];

function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
}

async function listGroups(sandbox: Sandbox, token: string): Promise<Response> {
  return fetch(`${sandbox.graphEndpoint}/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups`, { headers: { authorization: `Bearer ${token}` } });
}

describe('sign-in with real MSAL against the sandbox', () => {
  let sandbox: Sandbox;
  before(async () => { sandbox = await startSandbox(); });
  after(async () => { await sandbox.close(); });

  test('client credentials: app token with the seeded roles, accepted by Graph where apps are allowed', async () => {
    const cca = new ConfidentialClientApplication({ auth: { clientId: sandbox.clientId, clientSecret: sandbox.clientSecret, ...sandbox.msalAuthOptions() } });
    const result = await cca.acquireTokenByClientCredential({ scopes: [GRAPH_DEFAULT] });
    assert.ok(result?.accessToken);
    const claims = claimsOf(result.accessToken);
    assert.equal(claims.aud, 'https://graph.microsoft.com');
    assert.equal(claims.tid, sandbox.tenantId);
    assert.ok((claims.roles as string[]).includes('Directory.ReadWrite.All'));
    const created = await fetch(`${sandbox.graphEndpoint}/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups`, {
      method: 'POST', headers: { authorization: `Bearer ${result.accessToken}`, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'from daemon' }),
    });
    assert.equal(created.status, 201);
    // Listing is delegated-only in the route table: an app token is refused like Graph refuses it.
    assert.equal((await listGroups(sandbox, result.accessToken)).status, 403);
  });

  test('client credentials with a wrong secret fails with invalid_client', async () => {
    const cca = new ConfidentialClientApplication({ auth: { clientId: sandbox.clientId, clientSecret: 'wrong', ...sandbox.msalAuthOptions() } });
    await assert.rejects(cca.acquireTokenByClientCredential({ scopes: [GRAPH_DEFAULT] }), (err: { errorCode?: string; errorMessage?: string }) => {
      assert.equal(err.errorCode, 'invalid_client');
      assert.match(err.errorMessage ?? '', /AADSTS7000215/);
      return true;
    });
  });

  test('device code, auto-approved: delegated token with the requested scope works on Graph', async () => {
    const pca = new PublicClientApplication({ auth: { clientId: sandbox.publicClientId, ...sandbox.msalAuthOptions() } });
    let shown: { userCode: string } | undefined;
    const result = await pca.acquireTokenByDeviceCode({ scopes: DELEGATED, deviceCodeCallback: r => { shown = r; } });
    assert.ok(shown?.userCode);
    assert.ok(result?.accessToken);
    assert.equal(result.account?.username, sandbox.userPrincipalName);
    assert.match(String(claimsOf(result.accessToken).scp), /Directory\.ReadWrite\.All/);
    assert.equal((await listGroups(sandbox, result.accessToken)).status, 200);
  });

  test('interactive auth code + PKCE through the loopback redirect, then silent from cache and by refresh token', async () => {
    const pca = new PublicClientApplication({ auth: { clientId: '14d82eec-204b-4c2f-b7e8-296a70dab67e', ...sandbox.msalAuthOptions() } });
    let opened = '';
    const result = await pca.acquireTokenInteractive({
      scopes: DELEGATED,
      openBrowser: async url => { opened = url; await sandbox.completeAuthorization(url); },
    });
    assert.match(opened, /code_challenge_method=S256/);
    assert.ok(result.account);
    assert.equal((await listGroups(sandbox, result.accessToken)).status, 200);
    const silent = await pca.acquireTokenSilent({ account: result.account, scopes: DELEGATED });
    assert.equal(silent.accessToken, result.accessToken);
    const refreshed = await pca.acquireTokenSilent({ account: result.account, scopes: DELEGATED, forceRefresh: true });
    assert.notEqual(refreshed.accessToken, result.accessToken);
    assert.equal((await listGroups(sandbox, refreshed.accessToken)).status, 200);
  });
});

describe('certificate credentials with real MSAL', () => {
  test('client assertion signed with a registered key gets a token; an unregistered key gets invalid_client', async () => {
    const { generateKeyPairSync } = await import('node:crypto');
    const sandbox = await startSandbox();
    try {
      const registered = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
      const { thumbprintSha256 } = sandbox.addClientCertificate(registered.publicKey);
      const cca = new ConfidentialClientApplication({ auth: { clientId: sandbox.clientId, clientCertificate: { thumbprintSha256, privateKey: registered.privateKey }, ...sandbox.msalAuthOptions() } });
      const result = await cca.acquireTokenByClientCredential({ scopes: [GRAPH_DEFAULT] });
      assert.ok((claimsOf(result?.accessToken ?? '').roles as string[]).length > 0);

      const stranger = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
      const impostor = new ConfidentialClientApplication({ auth: { clientId: sandbox.clientId, clientCertificate: { thumbprintSha256, privateKey: stranger.privateKey }, ...sandbox.msalAuthOptions() } });
      await assert.rejects(impostor.acquireTokenByClientCredential({ scopes: [GRAPH_DEFAULT] }), (err: { errorCode?: string; errorMessage?: string }) => {
        assert.equal(err.errorCode, 'invalid_client');
        assert.match(err.errorMessage ?? '', /AADSTS700027/);
        return true;
      });
    } finally {
      await sandbox.close();
    }
  });
});
