import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSandbox, type Sandbox } from '../../../src/sandbox/server';
import { MsalTokenSource, type DeviceCodePrompt } from '../../../src/core/auth/msalTokenSource';
import { InMemorySecretStore } from '../../../src/core/auth/secretStore';
import { describeError } from '../../../src/core/send/describeError';
import { sendGraphRequest } from '../../../src/core/send/sendGraphRequest';
import { createNodeTransport } from '../../../src/core/send/nodeTransport';
import type { Logger } from '../../../src/core/net/logger';

const SCOPES = ['https://graph.microsoft.com/Directory.ReadWrite.All', 'offline_access'];
const GROUPS = '/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups';

function collectingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const push = (m: string) => { lines.push(m); };
  return { lines, debug: push, info: push, warn: push, error: push };
}

describe('MsalTokenSource against the sandbox (real MSAL)', () => {
  let sandbox: Sandbox;
  before(async () => { sandbox = await startSandbox({ tokenLifetimeSec: 3600 }); });
  after(async () => { await sandbox.close(); });

  const settings = (store: InMemorySecretStore, logger?: Logger) =>
    ({ clientId: sandbox.publicClientId, tenant: sandbox.tenantId, authOverrides: sandbox.msalAuthOptions(), secretStore: store, logger });

  test('client credentials: an app token the sandbox accepts, cached in the SecretStore', async () => {
    const store = new InMemorySecretStore();
    const source = new MsalTokenSource({ ...settings(store), clientId: sandbox.clientId }, { kind: 'clientSecret', clientSecret: sandbox.clientSecret });
    const token = await source.getToken(SCOPES);
    assert.ok(token.accessToken.length > 20);
    assert.ok(token.expiresOn instanceof Date);
    const res = await sendGraphRequest({ method: 'POST', url: `https://graph.microsoft.com${GROUPS}`, headers: { 'Content-Type': 'application/json' }, body: '{"name":"app-made"}' },
      { transport: createNodeTransport(), tokenSource: source, scopes: SCOPES, graphEndpoint: sandbox.graphEndpoint });
    assert.equal(res.status, 201);
    const [key] = store.keys();
    assert.match(key, new RegExp(`^msal-cache:${sandbox.clientId}:`));
    assert.ok((await store.get(key))!.includes(token.accessToken), 'the app token is cached in the store');
    assert.equal((await source.getToken(SCOPES)).accessToken, token.accessToken, 'second call comes from the cache');
  });

  test('a wrong client secret is a clear error that never echoes the secret', async () => {
    const source = new MsalTokenSource({ ...settings(new InMemorySecretStore()), clientId: sandbox.clientId }, { kind: 'clientSecret', clientSecret: 'wrong-secret-value-123' });
    const err = await source.getToken(SCOPES).then(() => undefined, e => e);
    assert.ok(err);
    const d = describeError(err);
    assert.match(d.message, /Sign-in failed/);
    assert.ok(!JSON.stringify(d).includes('wrong-secret-value-123'));
  });

  test('device code: the callback gets the prompt, later calls are silent, the cache round-trips through the store', async () => {
    const store = new InMemorySecretStore();
    const logger = collectingLogger();
    const prompts: DeviceCodePrompt[] = [];
    const source = new MsalTokenSource(settings(store, logger), { kind: 'deviceCode', deviceCodeCallback: p => { prompts.push(p); } });
    const first = await source.getToken(SCOPES);
    assert.equal(prompts.length, 1);
    assert.match(prompts[0].userCode, /^[A-Z0-9]{9}$/);
    assert.ok(!('deviceCode' in prompts[0]), 'the device code itself is a credential and is not handed to the UI');
    assert.equal(first.account?.username, sandbox.userPrincipalName);

    await source.getToken(SCOPES);
    assert.equal(prompts.length, 1, 'silent: no second prompt');

    const serialized = (await store.get(store.keys()[0]))!;
    assert.match(serialized, /RefreshToken/);
    const again = new MsalTokenSource(settings(store), { kind: 'deviceCode', deviceCodeCallback: () => assert.fail('should be silent from the stored cache') });
    assert.deepEqual((await again.listAccounts()).map(a => a.username), [sandbox.userPrincipalName]);
    assert.ok((await again.getToken(SCOPES)).accessToken);

    for (const line of logger.lines) assert.ok(!line.includes(first.accessToken), 'no token in MSAL logs');

    await again.signOut();
    assert.deepEqual(await again.listAccounts(), []);
    assert.equal(await store.get(store.keys()[0] ?? 'none'), undefined, 'signing out of the last account clears the store');
  });

  test('device code: the prompt is closed once the token has arrived, not before', async () => {
    const events: string[] = [];
    const source = new MsalTokenSource(settings(new InMemorySecretStore()), { kind: 'deviceCode', deviceCodeCallback: () => { events.push('shown'); return () => events.push('closed'); } });
    const token = source.getToken(SCOPES).then(t => { events.push('token'); return t; });
    await token;
    assert.deepEqual(events, ['shown', 'closed', 'token']);
  });

  test('revoked refresh token: silent fails, the source signs in again', async () => {
    const prompts: DeviceCodePrompt[] = [];
    const source = new MsalTokenSource(settings(new InMemorySecretStore()), { kind: 'deviceCode', deviceCodeCallback: p => { prompts.push(p); } });
    await source.getToken(SCOPES);
    sandbox.revokeAll();
    await source.getToken(SCOPES, undefined);
    // MSAL may answer from its access-token cache; force the refresh path by asking for a new scope.
    await source.getToken(['https://graph.microsoft.com/User.Read', 'offline_access']);
    assert.ok(prompts.length >= 2, `expected a second prompt, got ${prompts.length}`);
  });

  test('a revoked access token: the sender gets a fresh one (signing in again) and the request succeeds', async () => {
    const prompts: DeviceCodePrompt[] = [];
    const source = new MsalTokenSource(settings(new InMemorySecretStore()), { kind: 'deviceCode', deviceCodeCallback: p => { prompts.push(p); } });
    await source.getToken(SCOPES);
    sandbox.revokeAll();
    const progress: string[] = [];
    const res = await sendGraphRequest({ method: 'GET', url: GROUPS, headers: {} },
      { transport: createNodeTransport(), tokenSource: source, scopes: SCOPES, graphEndpoint: sandbox.graphEndpoint, onProgress: m => progress.push(m) });
    assert.equal(res.status, 200);
    assert.equal(prompts.length, 2);
    assert.deepEqual(progress, ['Unauthorized (401): getting a fresh token and retrying once']);
  });

  test('interactive auth code + PKCE through MSAL\'s loopback redirect', async () => {
    const store = new InMemorySecretStore();
    const urls: string[] = [];
    const source = new MsalTokenSource(settings(store), {
      kind: 'interactive',
      openBrowser: async url => { urls.push(url); await sandbox.completeAuthorization(url); },
    });
    const token = await source.signIn(SCOPES);
    assert.equal(urls.length, 1);
    const authorize = new URL(urls[0]);
    assert.equal(authorize.searchParams.get('code_challenge_method'), 'S256');
    assert.match(authorize.searchParams.get('redirect_uri') ?? '', /^http:\/\/localhost:\d+/);
    assert.equal(token.account?.username, sandbox.userPrincipalName);
    assert.equal((await source.listAccounts()).length, 1);
    assert.equal(source.selectedAccountId, token.account?.homeAccountId);
    assert.ok((await source.getToken(SCOPES)).accessToken, 'silent afterwards');
    assert.equal(urls.length, 1);
  });
});

describe('cancelling sign-in', () => {
  test('aborting a pending device code stops polling with a clear error', async () => {
    const sandbox = await startSandbox({ deviceCodeApproval: 'manual' });
    try {
      const ac = new AbortController();
      let closed = 0;
      const source = new MsalTokenSource(
        { clientId: sandbox.publicClientId, tenant: sandbox.tenantId, authOverrides: sandbox.msalAuthOptions(), secretStore: new InMemorySecretStore() },
        { kind: 'deviceCode', deviceCodeCallback: () => { setImmediate(() => ac.abort()); return () => { closed++; }; } },
      );
      const err = await source.getToken(SCOPES, ac.signal).then(() => undefined, e => e);
      assert.equal(describeError(err).message, 'Sign-in was cancelled.');
      assert.equal(closed, 1, 'the prompt is closed when the sign-in ends without a token');
      await new Promise(r => setTimeout(r, 1200)); // let MSAL's poll loop see `cancel` before the server closes
    } finally { await sandbox.close(); }
  });
});

describe('certificate credentials', () => {
  test('MSAL signs a client assertion the sandbox verifies; an unknown key is described without the key', async () => {
    const { generateKeyPairSync, createHash } = await import('node:crypto');
    const pair = () => generateKeyPairSync('rsa', { modulusLength: 2048 });
    const sandbox = await startSandbox();
    try {
      const registered = pair();
      const { thumbprintSha256 } = sandbox.addClientCertificate(registered.publicKey.export({ type: 'spki', format: 'pem' }).toString());
      const settings = { clientId: sandbox.clientId, tenant: sandbox.tenantId, authOverrides: sandbox.msalAuthOptions(), secretStore: new InMemorySecretStore() };
      const good = new MsalTokenSource(settings, { kind: 'clientCertificate', thumbprintSha256, privateKey: registered.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() });
      assert.equal(good.isAppOnly, true);
      assert.ok((await good.getToken(SCOPES)).accessToken);

      const stranger = pair().privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
      const bad = new MsalTokenSource({ ...settings, secretStore: new InMemorySecretStore() },
        { kind: 'clientCertificate', thumbprintSha256: createHash('sha256').update('not registered').digest('hex'), privateKey: stranger });
      const err = await bad.getToken(SCOPES).then(() => undefined, e => e);
      assert.ok(err, 'the sandbox does not know this certificate');
      const d = describeError(err);
      assert.ok(!JSON.stringify(d).includes('PRIVATE KEY'));
      assert.match(d.message, /Sign-in failed/);
    } finally { await sandbox.close(); }
  });
});
