/**
 * The REST Client compatibility corpus (test/compat/cases): each `NAME.http` is sent by the real CLI
 * (`node dist/cli.js send`) to a loopback echo server, and what arrived (method, URL, headers, body bytes) is
 * compared with `NAME.json`, which says what REST Client sends for that file according to its own
 * documentation (the `source` of each case). `validate` must report none of our diagnostics on the case
 * unless the case allows them by code.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as http from 'node:http';
import { echoServer, type Seen } from '../../compat/echoServer';

const CLI = join(process.cwd(), 'dist', 'cli.js');
const CASES = join(process.cwd(), 'test', 'compat', 'cases');
const TOKEN = 'compat-test-token-0123456789';

interface Expected {
  source: string;
  args?: string[];
  exit?: number;
  graphEndpoint?: string;
  validateOnly?: boolean;
  allowedDiagnostics?: string[];
  requests?: Array<{ method: string; url: string; headers?: Record<string, string | null>; body?: string; bodyBase64?: string }>;
}


let server: http.Server;
let port = 0;
let seen: Seen[] = [];

before(async () => {
  if (!existsSync(CLI)) spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  ({ server, port, seen } = await echoServer());
});

after(() => new Promise<void>(r => server.close(() => r())));

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise(resolve => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: process.cwd(), env: { PATH: process.env.PATH, HOME: process.env.HOME, GRAPH_ACCESS_TOKEN: TOKEN } });
    let stdout = '', stderr = '';
    child.stdout.on('data', d => { stdout += d; });
    child.stderr.on('data', d => { stderr += d; });
    child.on('close', code => resolve({ code, stdout, stderr }));
  });
}

const fill = (s: string) => s.replaceAll('$PORT', String(port)).replaceAll('<token>', TOKEN);

describe('REST Client compatibility corpus (test/compat/cases)', () => {
  const names = readdirSync(CASES).filter(f => f.endsWith('.http')).map(f => f.slice(0, -5)).sort();

  test('the corpus has its cases', () => assert.ok(names.length >= 15, names.join(', ')));

  for (const name of names) {
    const expected = JSON.parse(readFileSync(join(CASES, `${name}.json`), 'utf8')) as Expected;
    const file = join(CASES, `${name}.http`);

    test(`${name}: validate reports only what the case allows (${expected.source})`, async () => {
      const r = await run(['validate', '--json', file]);
      assert.ok(r.code === 0 || r.code === 1, r.stderr);
      const codes = (JSON.parse(r.stdout) as Array<{ code: string; message: string }>).filter(d => !(expected.allowedDiagnostics ?? []).includes(d.code));
      assert.deepEqual(codes, [], `unexpected diagnostics on ${name}.http`);
    });

    if (expected.validateOnly) continue;

    test(`${name}: send puts on the wire what REST Client sends`, async () => {
      seen.length = 0;
      const endpoint = expected.graphEndpoint ?? `http://127.0.0.1:${port}`;
      const r = await run(['send', file, '--graph-endpoint', endpoint, '--json', '--var', `port=${port}`, ...(expected.args ?? [])]);
      assert.equal(r.code, expected.exit ?? 0, r.stderr);
      assert.doesNotMatch(r.stdout + r.stderr, new RegExp(TOKEN), 'the token is never printed');
      const want = expected.requests ?? [];
      assert.deepEqual(seen.map(s => `${s.method} ${s.url}`), want.map(w => `${w.method} ${fill(w.url)}`));
      want.forEach((w, i) => {
        for (const [h, v] of Object.entries(w.headers ?? {})) {
          assert.equal(seen[i].headers[h] ?? null, v === null ? null : fill(v), `${name} request ${i + 1}: header ${h}`);
        }
        if (w.body !== undefined) assert.equal(seen[i].body.toString('utf8'), fill(w.body), `${name} request ${i + 1}: body bytes`);
        if (w.bodyBase64 !== undefined) assert.equal(seen[i].body.toString('base64'), w.bodyBase64, `${name} request ${i + 1}: body bytes (binary)`);
      });
    });
  }
});
