import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs'; // the module object itself (not a namespace copy), so its functions can be wrapped
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox, type Sandbox } from '../../../src/sandbox/server';
import { MsalTokenSource } from '../../../src/core/auth/msalTokenSource';
import type { SecretStore } from '../../../src/core/auth/secretStore';
import type { Logger } from '../../../src/core/net/logger';
import { assertNoSecrets, JWT_SHAPED } from '../faults/helpers';

const SCOPES = ['https://graph.microsoft.com/Directory.ReadWrite.All', 'offline_access'];
const SEED_SECRET = 'sandbox-secret-not-for-production';

/** A SecretStore that remembers every write, to show the MSAL cache goes there and nowhere else. */
class RecordingStore implements SecretStore {
  readonly values = new Map<string, string>();
  readonly writes: string[] = [];
  async get(key: string) { return this.values.get(key); }
  async store(key: string, value: string) { this.values.set(key, value); this.writes.push(key); }
  async delete(key: string) { this.values.delete(key); }
}

/** Records everything written through node:fs while `fn` runs (MSAL, its cache plugin and our code all share this module). */
async function recordFsWrites<T>(fn: () => Promise<T>): Promise<{ result: T; written: string[] }> {
  const written: string[] = [];
  const names = ['writeFileSync', 'appendFileSync', 'writeSync', 'writeFile', 'appendFile', 'write', 'createWriteStream'] as const;
  const mod = fs as unknown as Record<string, (...a: unknown[]) => unknown>;
  const promises = fs.promises as unknown as Record<string, (...a: unknown[]) => unknown>;
  const saved = names.map(n => mod[n]);
  const savedP = ['writeFile', 'appendFile'].map(n => promises[n]);
  names.forEach((n, i) => { mod[n] = (...a: unknown[]) => { written.push(`${n}:${String(a[0])}:${String(a[1] ?? '').slice(0, 5000)}`); return saved[i].apply(fs, a); }; });
  ['writeFile', 'appendFile'].forEach((n, i) => { promises[n] = (...a: unknown[]) => { written.push(`promises.${n}:${String(a[0])}:${String(a[1] ?? '').slice(0, 5000)}`); return savedP[i].apply(fs.promises, a); }; });
  try {
    return { result: await fn(), written };
  } finally {
    names.forEach((n, i) => { mod[n] = saved[i]; });
    ['writeFile', 'appendFile'].forEach((n, i) => { promises[n] = savedP[i]; });
  }
}

describe('security: secrets at rest', () => {
  let sandbox: Sandbox;
  before(async () => { sandbox = await startSandbox(); });
  after(async () => { await sandbox.close(); });

  test('MSAL (device code and client secret) keeps tokens only in the SecretStore: no file write holds them, no log line shows them', async () => {
    const logs: string[] = [];
    const logger: Logger = { debug: m => logs.push(m), info: m => logs.push(m), warn: m => logs.push(m), error: m => logs.push(m) };
    const store = new RecordingStore();
    const { result, written } = await recordFsWrites(async () => {
      const user = new MsalTokenSource({ clientId: sandbox.publicClientId, tenant: sandbox.tenantId, authOverrides: sandbox.msalAuthOptions(), secretStore: store, logger },
        { kind: 'deviceCode', deviceCodeCallback: () => {} });
      const first = await user.getToken(SCOPES);
      const again = await user.getToken(SCOPES, undefined, { forceRefresh: true }); // exercises the refresh token too
      const app = new MsalTokenSource({ clientId: sandbox.clientId, tenant: sandbox.tenantId, authOverrides: sandbox.msalAuthOptions(), secretStore: store, logger },
        { kind: 'clientSecret', clientSecret: sandbox.clientSecret });
      const appToken = await app.getToken(['https://graph.microsoft.com/.default']);
      const canary = join(tmpdir(), `gcg-canary-${process.pid}.txt`);
      fs.writeFileSync(canary, 'canary'); fs.rmSync(canary); // proves the recorder sees writes
      return [first.accessToken, again.accessToken, appToken.accessToken];
    });
    assert.ok(written.some(w => w.includes('gcg-canary-')), 'the fs recorder works');
    const cached = [...store.values.values()].join('\n');
    for (const t of result.slice(1)) assert.ok(cached.includes(t), 'the current tokens are cached in the SecretStore (the refreshed one replaced the first)');
    const refreshTokens = [...cached.matchAll(/"secret":\s*"([^"]+)"/g)].map(m => m[1]).filter(s => !JWT_SHAPED.test(s));
    assert.ok(refreshTokens.length > 0, 'the refresh token is cached in the SecretStore too');
    assert.ok(store.writes.every(k => k.startsWith('msal-cache:')));
    const secrets = [...result, ...refreshTokens, sandbox.clientSecret];
    assertNoSecrets(written.join('\n'), secrets, 'file writes during sign-in');
    assertNoSecrets(logs.join('\n'), secrets, 'MSAL log');
  });
});

describe('security: the CLI prints no credential and writes nothing to disk', () => {
  const CLI = join(process.cwd(), 'dist', 'cli.js');
  before(() => { if (!fs.existsSync(CLI)) spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' }); });

  function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; out: string }> {
    return new Promise(resolve => {
      const child = spawn(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH, ...env } });
      let out = '';
      child.stdout.on('data', d => { out += d; });
      child.stderr.on('data', d => { out += d; });
      child.on('close', code => resolve({ code, out }));
    });
  }

  for (const [example, flags] of [['connector-groups.http', ['--json', '--verbose']], ['external-groups.http', ['--verbose']], ['applications.http', ['--json']]] as const) {
    test(`send --sandbox --all ${flags.join(' ')} ${example}: no token, refresh token, device code or client secret in the output; HOME untouched`, async () => {
      const home = fs.mkdtempSync(join(tmpdir(), 'gcg-home-'));
      try {
        const r = await run(['send', join(process.cwd(), 'examples', example), '--sandbox', '--all', ...flags], { HOME: home, USERPROFILE: home, XDG_CONFIG_HOME: join(home, '.config') });
        assert.equal(r.code, 0, r.out.slice(0, 2000));
        assertNoSecrets(r.out, [SEED_SECRET], example);
        assert.doesNotMatch(r.out, /refresh_token|device_code|client_secret|client_assertion/i);
        assert.deepEqual(fs.readdirSync(home), [], 'nothing written under HOME (the CLI token cache is in memory)');
      } finally { fs.rmSync(home, { recursive: true, force: true }); }
    });
  }
});
