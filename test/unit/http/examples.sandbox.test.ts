import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { startSandbox, type Sandbox } from '../../../src/sandbox/server';
import { parseHttpFile } from '../../../src/core/http/parser';
import { resolveRequest, type RequestResult } from '../../../src/core/http/variables';
import { createNodeSystemVariableProvider } from '../../../src/core/http/nodeSystemVariables';

/**
 * The examples promise to run top to bottom against the sandbox tenant. This runs them the way
 * the send command does (resolve variables, send, remember named responses for later requests),
 * with the Graph host pointed at the sandbox.
 */
describe('examples run top to bottom against the sandbox tenant', () => {
  let sandbox: Sandbox;
  let token: string;
  before(async () => {
    sandbox = await startSandbox();
    token = sandbox.issueToken({ scp: ['Directory.ReadWrite.All', 'ExternalConnection.ReadWrite.OwnedBy', 'ExternalItem.ReadWrite.OwnedBy'] });
  });
  after(async () => { await sandbox.close(); });

  for (const name of ['connector-groups.http', 'connectors.http', 'applications.http', 'external-groups.http']) {
    test(name, async () => {
      const file = parseHttpFile(readFileSync(join('examples', name), 'utf8'));
      const requests: Record<string, RequestResult> = {};
      const system = createNodeSystemVariableProvider();
      for (const r of file.requests) {
        const resolved = resolveRequest(file, r, { requests, system });
        const where = `${name} line ${r.requestLine + 1}`;
        assert.deepEqual(resolved.unresolved, [], where);
        const url = resolved.url.replace('https://graph.microsoft.com', sandbox.graphEndpoint);
        const res = await fetch(url, { method: resolved.method, headers: { ...resolved.headers, authorization: `Bearer ${token}` }, body: resolved.body });
        const body = await res.text();
        assert.ok(res.status >= 200 && res.status < 300, `${where}: ${resolved.method} answered ${res.status} ${body.slice(0, 300)}`);
        if (r.name) {
          requests[r.name] = {
            request: { headers: resolved.headers, body: resolved.body },
            response: { status: res.status, headers: Object.fromEntries(res.headers), body },
          };
        }
      }
    });
  }
});

test('graph-connector.http runs top to bottom from the CLI: node dist/cli.js send --all --sandbox --wait-operations', () => {
  const run = spawnSync(process.execPath, [join('dist', 'cli.js'), 'send', join('examples', 'graph-connector.http'), '--all', '--sandbox', '--wait-operations', '--json'], { encoding: 'utf8', timeout: 90_000 });
  assert.equal(run.status, 0, run.stderr);
  const outcomes = run.stdout.trim().split('\n').map(line => JSON.parse(line) as { method: string; url: string; status: number; body: any });
  assert.deepEqual(outcomes.map(o => o.status), [201, 202, 200, 200, 201, 201, 200, 200, 200, 200, 204, 202]);
  const poll = outcomes[2];
  assert.match(poll.url, /\/operations\/[0-9a-f-]{36}$/);
  assert.equal(poll.body.status, 'completed', 'the operation was polled until done before the next request');
  assert.deepEqual(outcomes[8].body.acl, [{ type: 'externalGroup', value: 'supportTeam', accessType: 'grant' }]);
});
