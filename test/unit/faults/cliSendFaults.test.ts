import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startSandbox, type Sandbox } from '../../../src/sandbox/server';
import { ALL_DELEGATED } from '../sandbox/helpers';
import { assertNoSecrets, exampleCopy, jsonLines, runSend, type CliRun } from './helpers';

/**
 * `send --all` over a temp copy of a real example against the sandbox tenant with injected faults
 * (in-process CLI, real HTTP on loopback). Every run must end with a clear message, a bounded number
 * of retries, no token in the output, and the user's file byte-for-byte unchanged.
 */
describe('CLI send under faults', () => {
  let sandbox: Sandbox;
  let now = Date.now();
  let token: string;
  before(async () => {
    sandbox = await startSandbox({ clock: () => now });
    token = sandbox.issueToken({ scp: ALL_DELEGATED });
  });
  after(async () => { await sandbox.close(); });

  async function sendExample(name: string, extra: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
    const copy = exampleCopy(name);
    try {
      const run = await runSend([copy.path, '--all', '--graph-endpoint', sandbox.graphEndpoint, ...extra], { GRAPH_ACCESS_TOKEN: token, ...env });
      assert.deepEqual(readFileSync(copy.path), copy.original, `${name} was modified by send`);
      assertNoSecrets(run.stdout + run.stderr, [token], `send ${name} ${extra.join(' ')}`);
      return run;
    } finally { copy.dispose(); }
  }

  test('baseline: the example runs green against the sandbox with no faults', async () => {
    sandbox.setFaults([]);
    const run = await sendExample('connector-groups.http', ['--json']);
    assert.equal(run.code, 0, run.stderr);
    assert.ok(jsonLines(run.stdout).every(l => l.status >= 200 && l.status < 300));
  });

  test('429 storm: every request throttled, 3 retries each, then the 429 with a hint; chained requests are not sent', async () => {
    sandbox.setFaults([{ kind: 'throttle', retryAfterSec: 0.01 }]);
    const run = await sendExample('connector-groups.http', ['--verbose']);
    assert.equal(run.code, 1, 'chained requests could not be resolved, so not everything was sent');
    const statuses = [...run.stdout.matchAll(/^HTTP (\d+) .*\((\d+) ms, (\d+) retries\)$/gm)].map(m => [Number(m[1]), Number(m[3])]);
    assert.ok(statuses.length >= 2, run.stdout);
    assert.ok(statuses.every(([status, retries]) => status === 429 && retries === 3), JSON.stringify(statuses));
    const waits = run.stderr.match(/^Throttled \(429\): retrying in 0\.0 s \([123]\/3\)$/gm) ?? [];
    assert.equal(waits.length, statuses.length * 3, 'exactly maxRetries waits per sent request');
    assert.match(run.stdout, /Hint: Graph is throttling these requests \(still throttled after 3 retries\)\. Wait 0\.01 s and send again\./);
    assert.match(run.stderr, /was not sent: unresolved \{\{created\.response\.body\.\$\.id\}\}/);
  });

  test('a Retry-After beyond the total-wait cap is not waited out: the 429 comes back at once', async () => {
    sandbox.setFaults([{ kind: 'throttle', retryAfterSec: 3600 }]);
    const run = await sendExample('connector-groups.http', ['--json']);
    const lines = jsonLines(run.stdout);
    assert.ok(lines.filter(l => l.status !== undefined).every(l => l.status === 429 && l.headers['retry-after'] === '3600'));
    assert.equal(run.code, 1);
  });

  test('503 with Retry-After is retried and recovers; without Retry-After it backs off (1 s) and recovers', async () => {
    sandbox.setFaults([{ kind: 'unavailable', retryAfterSec: 0.01, times: 2 }]);
    const withHeader = await sendExample('connector-groups.http', ['--json', '--verbose']);
    assert.equal(withHeader.code, 0, withHeader.stderr);
    assert.equal((withHeader.stderr.match(/^Service unavailable \(503\): retrying in 0\.0 s \([12]\/3\)$/gm) ?? []).length, 2);

    sandbox.setFaults([{ kind: 'unavailable', times: 1 }]);
    const without = await sendExample('connector-groups.http', ['--json', '--verbose']);
    assert.equal(without.code, 0, without.stderr);
    assert.match(without.stderr, /^Service unavailable \(503\): retrying in 1\.0 s \(1\/3\)$/m);
  });

  test('503 storm: the last 503 comes back after 3 retries with a hint', async () => {
    sandbox.setFaults([{ kind: 'unavailable', retryAfterSec: 0.01 }]);
    const run = await sendExample('connectors.http');
    assert.match(run.stdout, /^HTTP 503 Service Unavailable \(\d+ ms, 3 retries\)$/m);
    assert.match(run.stdout, /Hint: The service is unavailable after 3 retries\. Try again later\./);
  });

  test('connection resets: not retried, each request fails with a clear message, exit 1', async () => {
    sandbox.setFaults([{ kind: 'reset' }]);
    const run = await sendExample('connectors.http');
    assert.equal(run.code, 1);
    assert.match(run.stderr, /was not sent: .*(reset|closed|hung up)/i);
    assert.match(run.stderr, /dropped the connection\. Sending again usually works\./);
  });

  test('malformed JSON: kept as text, the next request that needs its id is not sent', async () => {
    sandbox.setFaults([{ kind: 'malformedJson' }]);
    const run = await sendExample('connector-groups.http', ['--json']);
    const lines = jsonLines(run.stdout);
    const first = lines[0];
    assert.equal(first.status, 200);
    assert.equal(typeof first.body, 'string', 'an unparseable body stays a string');
    assert.ok(lines.some(l => l.error?.code === 'unresolvedVariables'));
    assert.equal(run.code, 1);
  });

  test('a token that expires mid-session: the next call gets 401 and the hint says the token expired', async () => {
    sandbox.setFaults([]);
    const shortLived = sandbox.issueToken({ scp: ALL_DELEGATED, expiresInSec: 60 });
    const copy = exampleCopy('connectors.http');
    try {
      const first = await runSend([copy.path, '--line', String(firstRequestLine(copy.path)), '--graph-endpoint', sandbox.graphEndpoint, '--json'], { GRAPH_ACCESS_TOKEN: shortLived });
      assert.equal(jsonLines(first.stdout)[0].status, 200, first.stderr);
      now += 61_000;
      const second = await runSend([copy.path, '--line', String(firstRequestLine(copy.path)), '--graph-endpoint', sandbox.graphEndpoint], { GRAPH_ACCESS_TOKEN: shortLived });
      assert.match(second.stdout, /^HTTP 401 /m);
      assert.match(second.stdout, /expired/i);
      assert.match(second.stdout, /Hint: The token is missing, expired or for another audience\./);
      assertNoSecrets(first.stdout + first.stderr + second.stdout + second.stderr, [shortLived], 'expiry');
      assert.deepEqual(readFileSync(copy.path), copy.original);
    } finally { copy.dispose(); }
  });

  test('revoked consent: every call with the old token gets 401 with a sign-in-again hint', async () => {
    sandbox.setFaults([]);
    const old = sandbox.issueToken({ scp: ALL_DELEGATED });
    sandbox.revokeAll();
    const run = await sendExample('connectors.http', [], { GRAPH_ACCESS_TOKEN: old });
    assert.match(run.stdout, /^HTTP 401 /m);
    assert.doesNotMatch(run.stdout, /^HTTP 2\d\d /m);
    assert.match(run.stdout, /Hint: The token is missing, expired or for another audience\. Sign in again/);
    assertNoSecrets(run.stdout + run.stderr, [old], 'revoked');
  });
});

function firstRequestLine(path: string): number {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  return lines.findIndex(l => /^(GET|POST|PATCH|PUT|DELETE) /.test(l)) + 1;
}

describe('CLI send against a server that truncates the body', () => {
  test('a response cut mid-body is a clear "not sent" failure, not a crash', async () => {
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '5000' });
      res.write('{"value":[{"id":"a"');
      setTimeout(() => res.socket?.destroy(), 5);
    });
    await new Promise<void>(r => server.listen(0, '127.0.0.1', () => r()));
    const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const copy = exampleCopy('connectors.http');
    const token = 'eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiJ0cnVuYyJ9.dHJ1bmNhdGVk';
    try {
      const run = await runSend([copy.path, '--all', '--graph-endpoint', endpoint], { GRAPH_ACCESS_TOKEN: token });
      assert.equal(run.code, 1);
      assert.match(run.stderr, /was not sent: /);
      assert.match(run.stderr, /dropped the connection/);
      assertNoSecrets(run.stdout + run.stderr, [token], 'truncated');
      assert.deepEqual(readFileSync(copy.path), copy.original);
    } finally { copy.dispose(); server.closeAllConnections(); await new Promise(r => server.close(r)); }
  });
});
