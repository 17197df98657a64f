import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

const CLI = join(process.cwd(), 'dist', 'cli.js');
const FIXTURES = join(process.cwd(), 'test', 'unit', 'cli-send', 'fixtures');
const JWT_LIKE = /eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}/;
const CLEAN_ENV: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME };

interface Run { code: number | null; stdout: string; stderr: string }

function runCli(args: string[], env: NodeJS.ProcessEnv = CLEAN_ENV): Promise<Run> {
  return new Promise(resolve => {
    const child = spawn(process.execPath, [CLI, ...args], { env, cwd: process.cwd() });
    let stdout = '', stderr = '';
    child.stdout.on('data', d => { stdout += d; });
    child.stderr.on('data', d => { stderr += d; });
    child.on('close', code => resolve({ code, stdout, stderr }));
  });
}

before(() => {
  // `npm run test:unit` bundles first; a single-file run may not have.
  if (!existsSync(CLI)) spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
});

describe('send --sandbox', () => {
  test('chains create -> add member -> list through real MSAL sign-in, one JSON line per request', async () => {
    const r = await runCli(['send', join(FIXTURES, 'chain.http'), '--sandbox', '--all', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split('\n').map(l => JSON.parse(l));
    assert.deepEqual(lines.map(l => [l.name, l.method, l.status]), [['created', 'POST', 201], ['addMember', 'POST', 204], ['listMembers', 'GET', 200]]);
    const id = lines[0].body.id;
    assert.ok(lines[1].url.includes(`/connectorGroups/${id}/members/$ref`));
    assert.deepEqual(lines[2].body.value.map((m: { id: string }) => m.id), ['d2a5f7c1-1b3e-4c5d-8e9f-0a1b2c3d4e04']);
    for (const l of lines) { assert.equal(typeof l.durationMs, 'number'); assert.ok(l.headers['request-id']); }
    assert.doesNotMatch(r.stdout + r.stderr, JWT_LIKE);
    assert.doesNotMatch(r.stdout + r.stderr, /Bearer /);
  });

  test('text output: status line, main headers, pretty JSON', async () => {
    const r = await runCli(['send', join(FIXTURES, 'two.http'), '--line', '1', '--sandbox']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^### \(line 1\)\nGET http:\/\/127\.0\.0\.1:\d+\/beta\/onPremisesPublishingProfiles\/applicationProxy\/connectorGroups\nHTTP 200 OK \(\d+ ms\)\nrequest-id: /);
    assert.match(r.stdout, /\n\{\n {2}"@odata\.context"/);
    assert.doesNotMatch(r.stdout + r.stderr, JWT_LIKE);
  });

  test('--var supplies {{name}} values', async () => {
    const r = await runCli(['send', join(FIXTURES, 'vars.http'), '--sandbox', '--json', '--var', 'groupId=e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a01']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).body.name, 'Default');
  });

  test('unresolved variables: not sent, exit 1', async () => {
    const r = await runCli(['send', join(FIXTURES, 'unresolved.http'), '--sandbox', '--all']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /orphan was not sent: unresolved \{\{missing\.response\.body\.\$\.id\}\}/);
  });
});

describe('send usage errors exit 2', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['several requests and no choice', ['send', join(FIXTURES, 'two.http'), '--sandbox'], /has 2 requests: choose one/],
    ['missing file', ['send', join(FIXTURES, 'nope.http')], /cannot read .*ENOENT/],
    ['no file', ['send'], /Missing the \.http file/],
    ['unknown flag', ['send', join(FIXTURES, 'two.http'), '--bogus'], /Unknown option --bogus/],
    ['bad line', ['send', join(FIXTURES, 'two.http'), '--line', 'x'], /--line needs a line number/],
    ['line with no request', ['send', join(FIXTURES, 'two.http'), '--line', '999'], /No request at line 999/],
    ['unknown name', ['send', join(FIXTURES, 'chain.http'), '--name', 'nope'], /No request named nope/],
    ['two selectors', ['send', join(FIXTURES, 'chain.http'), '--all', '--name', 'created'], /only one of --line, --name and --all/],
    ['two targets', ['send', join(FIXTURES, 'chain.http'), '--all', '--sandbox', '--graph-endpoint', 'http://127.0.0.1:1'], /only one of --sandbox and --graph-endpoint/],
    ['bad endpoint', ['send', join(FIXTURES, 'chain.http'), '--all', '--graph-endpoint', 'ftp://x'], /--graph-endpoint needs an http\(s\) URL/],
  ];
  for (const [name, args, stderr] of cases) {
    test(name, async () => {
      const r = await runCli(args);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, stderr);
    });
  }
});

describe('send --graph-endpoint with GRAPH_ACCESS_TOKEN', () => {
  const TOKEN = 'eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiJjbGkifQ.c2lnbmF0dXJl';

  test('the env token goes to the endpoint origin only and is never printed', async () => {
    const seen: Array<string | undefined> = [];
    const server = http.createServer((req, res) => {
      seen.push(req.headers.authorization);
      res.writeHead(200, { 'content-type': 'application/json', 'request-id': 'r-1' });
      res.end(JSON.stringify({ value: [], echo: 'ok' }));
    });
    await new Promise<void>(r => server.listen(0, '127.0.0.1', () => r()));
    const port = (server.address() as AddressInfo).port;
    try {
      const r = await runCli(['send', join(FIXTURES, 'two.http'), '--line', '4', '--graph-endpoint', `http://127.0.0.1:${port}`, '--json'], { ...CLEAN_ENV, GRAPH_ACCESS_TOKEN: TOKEN });
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(seen, [`Bearer ${TOKEN}`]);
      assert.equal(JSON.parse(r.stdout).status, 200);
      assert.ok(!(r.stdout + r.stderr).includes(TOKEN));
    } finally { server.closeAllConnections(); await new Promise(r => server.close(r)); }
  });

  test('a 403 on a v1.0 request routes.json lacks names permissions.json\'s least privilege in the hint', async () => {
    const server = http.createServer((_req, res) => {
      res.writeHead(403, { 'content-type': 'application/json', 'request-id': 'r-403' });
      res.end(JSON.stringify({ error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' } }));
    });
    await new Promise<void>(r => server.listen(0, '127.0.0.1', () => r()));
    const port = (server.address() as AddressInfo).port;
    try {
      const r = await runCli(['send', join(FIXTURES, 'v1-user-patch.http'), '--graph-endpoint', `http://127.0.0.1:${port}`], { ...CLEAN_ENV, GRAPH_ACCESS_TOKEN: TOKEN });
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /HTTP 403 Forbidden/);
      // Graph's permissions.json marks User.ReadWrite.All `least=DelegatedWork,Application` for PATCH /users/{id}.
      assert.match(r.stdout, /Hint: This operation needs the User\.ReadWrite\.All permission \(least privileged\)/);
      assert.ok(!(r.stdout + r.stderr).includes(TOKEN));
    } finally { server.closeAllConnections(); await new Promise(r => server.close(r)); }
  });

  test('a dead endpoint: not sent, exit 1, clear message, no token', async () => {
    const server = http.createServer();
    await new Promise<void>(r => server.listen(0, '127.0.0.1', () => r()));
    const port = (server.address() as AddressInfo).port;
    await new Promise(r => server.close(r));
    const r = await runCli(['send', join(FIXTURES, 'two.http'), '--line', '1', '--graph-endpoint', `http://127.0.0.1:${port}`], { ...CLEAN_ENV, GRAPH_ACCESS_TOKEN: TOKEN });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /connection refused/);
    assert.ok(!(r.stdout + r.stderr).includes(TOKEN));
  });
});

describe('sandbox command', () => {
  test('prints endpoint, authority and seeded app, serves, and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [CLI, 'sandbox', '--port', '0'], { env: CLEAN_ENV });
    let stdout = '', stderr = '';
    child.stderr.on('data', d => { stderr += d; });
    const closed = new Promise<number | null>(r => child.on('close', code => r(code)));
    await new Promise<void>(resolve => child.stdout.on('data', d => { stdout += d; if (stdout.includes('Ctrl+C')) resolve(); }));
    const endpoint = /Graph endpoint:\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1];
    assert.ok(endpoint, stdout);
    assert.match(stdout, /Authority:\s+https:\/\//);
    assert.match(stdout, /client id [0-9a-f-]{36}, secret \S+/);
    assert.match(stdout, /send requests\.http --all --graph-endpoint http:\/\/127\.0\.0\.1:\d+/);
    const res = await fetch(`${endpoint}/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups`);
    assert.equal(res.status, 401);
    await res.arrayBuffer();
    child.kill('SIGTERM');
    assert.equal(await closed, 0, stderr);
    assert.match(stderr, /Sandbox stopped/);
  });

  test('bad flags and unreadable seeds exit 2', async () => {
    assert.equal((await runCli(['sandbox', '--port', 'abc'])).code, 2);
    assert.equal((await runCli(['sandbox', '--seed', join(FIXTURES, 'missing.json')])).code, 2);
  });
});

describe('a reader that closes the output early (`send ... | head`)', () => {
  const TOKEN = 'eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiJjbGkifQ.c2lnbmF0dXJl';

  /** Spawns the CLI with its stdout read until the first chunk, then closed, as `| head -1` does. */
  function runClosingEarly(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
    return new Promise(resolve => {
      const child = spawn(process.execPath, [CLI, ...args], { env, cwd: process.cwd() });
      let stdout = '', stderr = '';
      child.stdout.once('data', d => { stdout += d; child.stdout.destroy(); });
      child.stderr.on('data', d => { stderr += d; });
      child.on('close', code => resolve({ code, stdout, stderr }));
    });
  }

  test('send --all stops before the next request, says what was not sent, exit 1, no stack trace', async () => {
    let seen = 0;
    const server = http.createServer((req, res) => {
      seen++;
      req.resume();
      // A little later, so the CLI meets the closed pipe while requests remain.
      setTimeout(() => { res.writeHead(201, { 'content-type': 'application/json' }); res.end(JSON.stringify({ id: `g-${seen}` })); }, 20);
    });
    await new Promise<void>(r => server.listen(0, '127.0.0.1', () => r()));
    const port = (server.address() as AddressInfo).port;
    const dir = mkdtempSync(join(tmpdir(), 'gcg-epipe-'));
    try {
      const file = join(dir, 'creates.http');
      writeFileSync(file, Array.from({ length: 40 }, (_, i) => `### ${i}\nPOST https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups\nContent-Type: application/json\n\n{ "name": "group ${i}" }\n`).join('\n'));
      const r = await runClosingEarly(['send', file, '--all', '--graph-endpoint', `http://127.0.0.1:${port}`], { ...CLEAN_ENV, GRAPH_ACCESS_TOKEN: TOKEN });
      assert.doesNotMatch(r.stderr, /EPIPE|Unhandled|\n\s+at /, r.stderr);
      assert.match(r.stderr, /send: the output was closed: (\d+) of 40 requests were not sent\./);
      const notSent = Number(/(\d+) of 40 requests were not sent/.exec(r.stderr)![1]);
      assert.ok(notSent > 0 && seen === 40 - notSent, `${seen} received, ${notSent} reported not sent`);
      assert.equal(r.code, 1);
      assert.ok(!(r.stdout + r.stderr).includes(TOKEN));
    } finally {
      server.closeAllConnections(); await new Promise(r => server.close(r));
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('validate keeps its exit code and prints no stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gcg-epipe-'));
    try {
      const files = Array.from({ length: 200 }, (_, i) => {
        const file = join(dir, `bad-${i}.http`);
        writeFileSync(file, `GET https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroupz\n`);
        return file;
      });
      const r = await runClosingEarly(['validate', ...files], CLEAN_ENV);
      assert.doesNotMatch(r.stderr, /EPIPE|Unhandled|\n\s+at /, r.stderr);
      assert.equal(r.code, 1, r.stderr);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
