import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox, type Sandbox } from '../../../src/sandbox/server';
import { startProxy, startTlsFront, TEST_ROOT_CA_FILE, type TestProxy, type TlsFront } from './proxies';

const CLI = join(process.cwd(), 'dist', 'cli.js');
const BASE_ENV: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME };

function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise(resolve => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...BASE_ENV, ...env } });
    let stdout = '', stderr = '';
    child.stdout.on('data', d => { stdout += d; });
    child.stderr.on('data', d => { stderr += d; });
    child.on('close', code => resolve({ code, stdout, stderr }));
  });
}

describe('graph-connector-groups send behind a proxy (dist/cli.js)', () => {
  let sandbox: Sandbox, front: TlsFront, proxy: TestProxy, dir: string, file: string, token: string;
  before(async () => {
    if (!existsSync(CLI)) spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
    sandbox = await startSandbox();
    front = await startTlsFront(sandbox.port);
    proxy = await startProxy({ hosts: ['graph.gcg.test'] });
    token = sandbox.issueToken({ scp: ['Directory.ReadWrite.All'] });
    dir = mkdtempSync(join(tmpdir(), 'gcg-proxy-'));
    file = join(dir, 'list.http');
    writeFileSync(file, 'GET /beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups?$top=1\n');
  });
  after(async () => { rmSync(dir, { recursive: true, force: true }); await proxy.close(); await front.close(); await sandbox.close(); });

  const endpoint = () => `https://graph.gcg.test:${front.port}`;

  test('HTTPS_PROXY and NODE_EXTRA_CA_CERTS: sent through the tunnel, the token never in it', async () => {
    const r = await runCli(['send', file, '--graph-endpoint', endpoint(), '--json'], { HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: TEST_ROOT_CA_FILE, GRAPH_ACCESS_TOKEN: token });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout.trim()).status, 200);
    assert.ok(proxy.connects.some(c => c.target === `graph.gcg.test:${front.port}`));
    assert.equal(proxy.tunnelBytes().includes(token), false);
  });

  test('without the CA: exit 1, and the message names the host and NODE_EXTRA_CA_CERTS', async () => {
    const r = await runCli(['send', file, '--graph-endpoint', endpoint()], { https_proxy: proxy.url, GRAPH_ACCESS_TOKEN: token });
    assert.equal(r.code, 1);
    assert.match(r.stderr, new RegExp(`The certificate of graph.gcg.test:${front.port} is not trusted`));
    assert.match(r.stderr, /NODE_EXTRA_CA_CERTS/);
    assert.doesNotMatch(r.stderr + r.stdout, /eyJ/);
  });

  test('a proxy wanting credentials: exit 1 with what to set; --sandbox ignores the proxy (loopback)', async () => {
    const strict = await startProxy({ hosts: ['graph.gcg.test'], credentials: 'u:p' });
    try {
      const r = await runCli(['send', file, '--graph-endpoint', endpoint()], { HTTPS_PROXY: strict.url, NODE_EXTRA_CA_CERTS: TEST_ROOT_CA_FILE, GRAPH_ACCESS_TOKEN: token });
      assert.equal(r.code, 1);
      assert.match(r.stderr, /wants credentials .*407 Proxy Authentication Required.*HTTPS_PROXY=http:\/\/user:password@host:port/);
      const s = await runCli(['send', file, '--sandbox'], { HTTPS_PROXY: strict.url, HTTP_PROXY: strict.url });
      assert.equal(s.code, 0, s.stderr);
      assert.equal(strict.requests.length, 0);
    } finally { await strict.close(); }
  });
});
