import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { startSandbox, type Sandbox } from '../../../src/sandbox/server';
import { sendGraphRequest, type SendDeps } from '../../../src/core/send/sendGraphRequest';
import { createNodeTransport } from '../../../src/core/send/nodeTransport';
import { staticTokenSource } from '../../../src/core/auth/tokenSource';
import { describeError } from '../../../src/core/send/describeError';
import { SendError } from '../../../src/core/net/sendError';

const URL_ = 'https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups';

/** The sender against the emulator's injected faults: the same failures the real service produces. */
describe('sendGraphRequest against sandbox faults', () => {
  let sandbox: Sandbox;
  let deps: SendDeps;
  before(async () => {
    sandbox = await startSandbox();
    deps = { transport: createNodeTransport(), tokenSource: staticTokenSource(sandbox.issueToken({ scp: ['Directory.ReadWrite.All'] })), graphEndpoint: sandbox.graphEndpoint };
  });
  after(async () => { await sandbox.close(); });

  test('throttled twice with fractional Retry-After, then 200', async () => {
    sandbox.setFaults([{ kind: 'throttle', times: 2, retryAfterSec: 0.05 }]);
    const progress: string[] = [];
    const r = await sendGraphRequest({ method: 'GET', url: URL_, headers: {} }, { ...deps, onProgress: m => progress.push(m) });
    assert.equal(r.status, 200);
    assert.equal(r.retries, 2);
    assert.deepEqual(progress, ['Throttled (429): retrying in 0.1 s (1/3)', 'Throttled (429): retrying in 0.1 s (2/3)']);
  });

  test('still throttled after the retries: the 429 comes back and is described', async () => {
    sandbox.setFaults([{ kind: 'throttle', retryAfterSec: 0.01 }]);
    const r = await sendGraphRequest({ method: 'GET', url: URL_, headers: {} }, { ...deps, retry: { maxRetries: 2, maxTotalWaitMs: 1000 } });
    assert.equal(r.status, 429);
    const d = describeError(r);
    assert.equal(d.code, 'TooManyRequests');
    assert.match(d.hint ?? '', /still throttled after 2 retries/);
    assert.ok(d.requestId);
  });

  test('connection reset is a clear SendError; a POST is never replayed', async () => {
    sandbox.setFaults([{ kind: 'reset', method: 'POST', times: 1 }]);
    const before = sandbox.state.connectorGroups.size;
    const err = await sendGraphRequest({ method: 'POST', url: URL_, headers: { 'content-type': 'application/json' }, body: '{"name":"x"}' }, deps).then(() => undefined, e => e);
    assert.ok(err instanceof SendError && err.code === 'connectionReset', String(err));
    assert.equal(sandbox.state.connectorGroups.size, before);
    sandbox.setFaults([{ kind: 'reset' }]);
    const again = await sendGraphRequest({ method: 'GET', url: URL_, headers: {} }, deps).then(() => undefined, e => e);
    assert.ok(again instanceof SendError && again.code === 'connectionReset', String(again));
  });

  test('a GET reset once on a reused keep-alive connection is retried on a fresh one', async () => {
    sandbox.setFaults([]);
    await sendGraphRequest({ method: 'GET', url: URL_, headers: {} }, deps); // leaves a pooled connection
    sandbox.setFaults([{ kind: 'reset', times: 1 }]);
    const r = await sendGraphRequest({ method: 'GET', url: URL_, headers: {} }, deps);
    assert.equal(r.status, 200);
  });

  test('malformed JSON is a 200 whose text body is kept as is', async () => {
    sandbox.setFaults([{ kind: 'malformedJson', times: 1 }]);
    const r = await sendGraphRequest({ method: 'GET', url: URL_, headers: {} }, deps);
    assert.equal(r.status, 200);
    assert.ok(r.body?.endsWith(','));
  });

  test('a 50 MB body is streamed to a file', async () => {
    sandbox.setFaults([{ kind: 'largeBody', times: 1, sizeMb: 50 }]);
    const r = await sendGraphRequest({ method: 'GET', url: URL_, headers: {} }, deps);
    assert.equal(r.status, 200);
    assert.ok(r.bodyFile && r.body === undefined);
    assert.ok(r.bodyBytes >= 50 * 1024 * 1024);
    assert.equal(statSync(r.bodyFile).size, r.bodyBytes);
    rmSync(dirname(r.bodyFile), { recursive: true, force: true });
  });

  test('a v1.0 URL for a beta-only resource gets the beta hint', async () => {
    sandbox.setFaults([]);
    const r = await sendGraphRequest({ method: 'GET', url: URL_.replace('/beta/', '/v1.0/'), headers: {} }, deps);
    assert.ok(r.status >= 400);
    assert.match(describeError(r).hint ?? '', /beta/);
  });
});
