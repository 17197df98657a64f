import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSandbox, type Sandbox } from '../../../src/sandbox/server';
import { createGraphClient } from '../../../src/core/send/graphClient';
import { createNodeTransport } from '../../../src/core/send/nodeTransport';
import { describeError } from '../../../src/core/send/describeError';
import { SendError } from '../../../src/core/net/sendError';
import { staticTokenSource, type TokenSource } from '../../../src/core/auth/tokenSource';
import { MsalTokenSource } from '../../../src/core/auth/msalTokenSource';
import { InMemorySecretStore } from '../../../src/core/auth/secretStore';
import { addToHistory, parseHistory, toHistoryEntry, type HistoryEntry } from '../../../src/core/history/historyEntry';
import { ALL_DELEGATED } from '../sandbox/helpers';
import { assertNoSecrets, exampleCopy } from './helpers';

const GROUPS = 'https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups';
const SCOPES = ['https://graph.microsoft.com/Directory.ReadWrite.All', 'offline_access'];
const EXTERNAL_GROUP = 'https://graph.microsoft.com/v1.0/external/connections/contosohr/groups/hrstaff';

async function failure(p: Promise<unknown>): Promise<SendError> {
  const err = await p.then(() => undefined, e => e);
  assert.ok(err instanceof SendError, `expected a SendError, got ${String(err)}`);
  return err;
}

describe('slow responses: timeout and cancellation against the sandbox', () => {
  let sandbox: Sandbox;
  before(async () => { sandbox = await startSandbox(); });
  after(async () => { await sandbox.close(); });

  test('a response slower than the timeout is a timeout error with a hint, and is not retried', async () => {
    sandbox.setFaults([{ kind: 'latency', latencyMs: 3000 }]);
    const client = createGraphClient({ transport: createNodeTransport(), tokenSource: staticTokenSource(sandbox.issueToken({ scp: ALL_DELEGATED })), graphEndpoint: sandbox.graphEndpoint, timeoutMs: 150 });
    const progress: string[] = [];
    const err = await failure(client.send({ method: 'GET', url: GROUPS, headers: {} }, { onProgress: m => progress.push(m) }));
    assert.equal(err.code, 'timeout');
    const d = describeError(err);
    assert.match(d.hint ?? '', /did not answer in time/);
    assert.deepEqual(progress, [], 'a timeout is not retried');
  });

  test('cancelling a slow request ends it at once as "cancelled"', async () => {
    sandbox.setFaults([{ kind: 'latency', latencyMs: 3000 }]);
    const client = createGraphClient({ transport: createNodeTransport(), tokenSource: staticTokenSource(sandbox.issueToken({ scp: ALL_DELEGATED })), graphEndpoint: sandbox.graphEndpoint });
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    const err = await failure(client.send({ method: 'GET', url: GROUPS, headers: {} }, { signal: ac.signal }));
    assert.equal(err.code, 'cancelled');
    assert.equal(describeError(err).message, 'The request was cancelled.');
  });

  test('cancelling during a 429 storm stops the retries', async () => {
    sandbox.setFaults([{ kind: 'throttle', retryAfterSec: 30 }]);
    const client = createGraphClient({ transport: createNodeTransport(), tokenSource: staticTokenSource(sandbox.issueToken({ scp: ALL_DELEGATED })), graphEndpoint: sandbox.graphEndpoint });
    const ac = new AbortController();
    const progress: string[] = [];
    const err = await failure(client.send({ method: 'GET', url: GROUPS, headers: {} }, { signal: ac.signal, onProgress: m => { progress.push(m); ac.abort(); } }));
    assert.equal(err.code, 'cancelled');
    assert.equal(progress.length, 1);
  });
});

describe('the CLI cancelled by SIGTERM while a request hangs', () => {
  const CLI = join(process.cwd(), 'dist', 'cli.js');
  let sandbox: Sandbox;
  before(async () => {
    if (!existsSync(CLI)) spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
    sandbox = await startSandbox({ faults: [{ kind: 'latency', latencyMs: 30_000 }] });
  });
  after(async () => { await sandbox.close(); });

  test('exit 1, "cancelled" on stderr, the file unchanged, no token printed', async () => {
    const token = sandbox.issueToken({ scp: ALL_DELEGATED });
    const copy = exampleCopy('connectors.http');
    try {
      const child = spawn(process.execPath, [CLI, 'send', copy.path, '--all', '--graph-endpoint', sandbox.graphEndpoint, '--verbose'],
        { env: { PATH: process.env.PATH, HOME: process.env.HOME, GRAPH_ACCESS_TOKEN: token } });
      let stdout = '', stderr = '';
      child.stdout.on('data', d => { stdout += d; });
      child.stderr.on('data', d => { stderr += d; });
      const closed = new Promise<number | null>(r => child.on('close', code => r(code)));
      // The sandbox holds the first request for 30 s; give the CLI time to start and send it.
      const killer = setTimeout(() => child.kill('SIGTERM'), 1500);
      const code = await closed;
      clearTimeout(killer);
      assert.equal(code, 1, stderr);
      assert.match(stderr, /cancelled/i);
      assertNoSecrets(stdout + stderr, [token], 'SIGTERM');
      assert.deepEqual(readFileSync(copy.path), copy.original);
    } finally { copy.dispose(); }
  });
});

describe('tokens over a session (real MSAL against the sandbox)', () => {
  test('short token lifetime: MSAL refreshes silently (new token, no second prompt) and calls keep working', async () => {
    const sandbox = await startSandbox({ tokenLifetimeSec: 120 }); // under MSAL's 5-minute refresh margin: every call refreshes
    try {
      const store = new InMemorySecretStore();
      let prompts = 0;
      const source = new MsalTokenSource({ clientId: sandbox.publicClientId, tenant: sandbox.tenantId, authOverrides: sandbox.msalAuthOptions(), secretStore: store },
        { kind: 'deviceCode', deviceCodeCallback: () => { prompts++; } });
      const client = createGraphClient({ transport: createNodeTransport(), tokenSource: source, graphEndpoint: sandbox.graphEndpoint });
      const first = await source.getToken(SCOPES);
      assert.equal((await client.send({ method: 'GET', url: GROUPS, headers: {} })).status, 200);
      const second = await source.getToken(SCOPES);
      assert.notEqual(second.accessToken, first.accessToken, 'a fresh token from the refresh token');
      assert.equal((await client.send({ method: 'GET', url: GROUPS, headers: {} })).status, 200);
      assert.equal(prompts, 1, 'only the first sign-in prompted');
    } finally { await sandbox.close(); }
  });

  test('a cached token the service considers expired (clock skew): the 401 gets one forceRefresh retry and the call recovers', async () => {
    let now = Date.now();
    const sandbox = await startSandbox({ clock: () => now, tokenLifetimeSec: 3600 });
    try {
      const msal = new MsalTokenSource({ clientId: sandbox.publicClientId, tenant: sandbox.tenantId, authOverrides: sandbox.msalAuthOptions(), secretStore: new InMemorySecretStore() },
        { kind: 'deviceCode', deviceCodeCallback: () => {} });
      const calls: Array<{ forceRefresh: boolean; token: string }> = [];
      const source: TokenSource = { getToken: async (scopes, signal, options) => {
        const t = await msal.getToken(scopes, signal, options);
        calls.push({ forceRefresh: options?.forceRefresh === true, token: t.accessToken });
        return t;
      } };
      const client = createGraphClient({ transport: createNodeTransport(), tokenSource: source, graphEndpoint: sandbox.graphEndpoint });
      assert.equal((await client.send({ method: 'GET', url: GROUPS, headers: {} })).status, 200);
      now += 2 * 3600_000; // the service's clock is two hours ahead: MSAL's cached token is expired there
      const res = await client.send({ method: 'GET', url: GROUPS, headers: {} });
      assert.equal(res.status, 200, res.body);
      assert.deepEqual(calls.map(c => c.forceRefresh), [false, false, true], 'cached token, then one forced refresh after the 401');
      assert.notEqual(calls[2].token, calls[1].token);
    } finally { await sandbox.close(); }
  });

  test('a static token that expires mid-session: one 401, one retry, then the 401 with a clear message', async () => {
    let now = Date.now();
    const sandbox = await startSandbox({ clock: () => now });
    try {
      const token = sandbox.issueToken({ scp: ALL_DELEGATED, expiresInSec: 60 });
      const client = createGraphClient({ transport: createNodeTransport(), tokenSource: staticTokenSource(token), graphEndpoint: sandbox.graphEndpoint });
      assert.equal((await client.send({ method: 'GET', url: GROUPS, headers: {} })).status, 200);
      now += 61_000;
      const res = await client.send({ method: 'GET', url: GROUPS, headers: {} });
      assert.equal(res.status, 401);
      const d = describeError(res);
      assert.match(d.message, /^401 .*expired/i);
      assert.match(d.hint ?? '', /expired/);
      assertNoSecrets(JSON.stringify(d), [token], '401 description');
    } finally { await sandbox.close(); }
  });

  test('revoked consent: the old token is refused; signing in again yields a token without roles, a 403 that names the permission', async () => {
    const sandbox = await startSandbox();
    try {
      const app = new MsalTokenSource({ clientId: sandbox.clientId, tenant: sandbox.tenantId, authOverrides: sandbox.msalAuthOptions(), secretStore: new InMemorySecretStore() },
        { kind: 'clientSecret', clientSecret: sandbox.clientSecret });
      const client = createGraphClient({ transport: createNodeTransport(), tokenSource: app, graphEndpoint: sandbox.graphEndpoint, appOnly: true });
      assert.equal((await client.send({ method: 'GET', url: EXTERNAL_GROUP, headers: {} })).status, 200);
      const old = (await app.getToken(['https://graph.microsoft.com/.default'])).accessToken;
      sandbox.revokeAll();
      const refused = await createGraphClient({ transport: createNodeTransport(), tokenSource: staticTokenSource(old), graphEndpoint: sandbox.graphEndpoint })
        .send({ method: 'GET', url: EXTERNAL_GROUP, headers: {} });
      assert.equal(refused.status, 401);
      assert.match(describeError(refused).hint ?? '', /Sign in again/);
      // The MSAL source gets the 401 too, refreshes once (client credentials skip the cache) and lands on a token without roles.
      const denied = await client.send({ method: 'DELETE', url: EXTERNAL_GROUP, headers: {} });
      assert.equal(denied.status, 403);
      const d = describeError(denied);
      assert.match(d.hint ?? '', /needs the \S+ permission \(least privileged\)/);
      assertNoSecrets(JSON.stringify([d, describeError(refused)]), [sandbox.clientSecret, old], 'revoked descriptions');
    } finally { await sandbox.close(); }
  });
});

describe('history stays intact when sends fail', () => {
  test('entries for faulted sends are added newest first; earlier entries are untouched and hold no credential', () => {
    const token = 'eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiJoaXN0b3J5In0.c2lnbmF0dXJl';
    let history: HistoryEntry[] = [toHistoryEntry({ method: 'GET', url: GROUPS, headers: {}, status: 200, time: 1, durationMs: 5 })];
    const before = structuredClone(history);
    const faulted: Array<{ status?: number; headers: Record<string, string>; body?: string }> = [
      { status: 429, headers: { 'Content-Type': 'application/json' } },
      { status: 503, headers: { Authorization: `Bearer ${token}` } },
      { status: undefined, headers: { authorization: token } }, // not sent: timeout / reset / cancel
      { status: 401, headers: {}, body: `{"client_secret":"s3cret","token":"${token}"}` },
    ];
    faulted.forEach((f, i) => { history = addToHistory(history, toHistoryEntry({ method: 'POST', url: GROUPS, time: 10 + i, ...f })); });
    assert.equal(history.length, 5);
    assert.deepEqual(history.at(-1), before[0]);
    assert.deepEqual(history.map(h => h.status), [401, undefined, 503, 429, 200]);
    assert.deepEqual(parseHistory(JSON.parse(JSON.stringify(history))), history, 'what is stored reads back the same');
    assertNoSecrets(JSON.stringify(history), [token, 's3cret'], 'history');
  });
});
