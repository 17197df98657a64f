import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startSandbox, type Sandbox } from '../../../src/sandbox/server';
import { graph, PROFILE } from './helpers';

const GROUPS = `/beta${PROFILE}/connectorGroups`;

describe('fault injection', () => {
  let sandbox: Sandbox;
  before(async () => { sandbox = await startSandbox({ faults: [{ kind: 'throttle', method: 'GET', path: 'connectorGroups$', times: 1, retryAfterSec: 2 }] }); });
  after(async () => { await sandbox.close(); });

  test('throttle hits only the first request: 429, Retry-After, Graph throttling body', async () => {
    const first = await graph(sandbox, 'GET', GROUPS);
    assert.equal(first.status, 429);
    assert.equal(first.headers.get('retry-after'), '2');
    assert.equal(first.body.error.code, 'TooManyRequests');
    assert.equal(first.body.error.innerError.status, '429');
    assert.equal((await graph(sandbox, 'GET', GROUPS)).status, 200);
  });

  test('503, latency, malformed JSON, connection reset', async () => {
    sandbox.setFaults([{ kind: 'unavailable', retryAfterSec: 1, times: 1 }]);
    const unavailable = await graph(sandbox, 'GET', GROUPS);
    assert.equal(unavailable.status, 503);
    assert.equal(unavailable.headers.get('retry-after'), '1');

    sandbox.setFaults([{ kind: 'latency', latencyMs: 20 }]);
    assert.equal((await graph(sandbox, 'GET', GROUPS)).status, 200);

    sandbox.setFaults([{ kind: 'malformedJson' }]);
    const malformed = await graph(sandbox, 'GET', GROUPS);
    assert.equal(malformed.status, 200);
    assert.throws(() => JSON.parse(malformed.text));

    sandbox.setFaults([{ kind: 'reset', path: /connectors$/ }]);
    await assert.rejects(fetch(`${sandbox.graphEndpoint}/beta${PROFILE}/connectors`));
    assert.equal((await graph(sandbox, 'GET', GROUPS)).status, 200); // other paths unaffected
  });

  test('large body: N MB of valid JSON, streamed', async () => {
    sandbox.setFaults([{ kind: 'largeBody', sizeMb: 3 }]);
    const res = await graph(sandbox, 'GET', GROUPS);
    assert.equal(res.status, 200);
    assert.ok(res.text.length >= 3 * 1024 * 1024);
    assert.ok(Array.isArray(res.body.value));
    sandbox.setFaults([]);
  });

  test('a client that walks away from a large body does not wedge the tenant', async () => {
    sandbox.setFaults([{ kind: 'largeBody', sizeMb: 200, times: 1 }]);
    const controller = new AbortController();
    const res = await fetch(`${sandbox.graphEndpoint}${GROUPS}`, { signal: controller.signal, headers: { authorization: `Bearer ${sandbox.issueToken({ scp: ['Directory.ReadWrite.All'] })}` } });
    const reader = res.body!.getReader();
    await reader.read();
    controller.abort();
    await reader.read().catch(() => undefined);
    assert.equal((await graph(sandbox, 'GET', GROUPS)).status, 200);
  });

  test('faults can target sign-in endpoints by path', async () => {
    sandbox.setFaults([{ kind: 'unavailable', path: '/oauth2/v2.0/token$', times: 1 }]);
    const res = await fetch(`${sandbox.graphEndpoint}/${sandbox.tenantId}/oauth2/v2.0/token`, { method: 'POST', body: 'grant_type=client_credentials' });
    assert.equal(res.status, 503);
    await res.arrayBuffer();
    sandbox.setFaults([]);
  });
});
