import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

// The tutorial file is a promise to users: it runs top to bottom with the CLI, as they would run it, and validates clean.
const root = process.cwd();
const FILE = 'examples/publish-an-app.http';
const cli = (args: string[]) => spawnSync(process.execPath, [join(root, 'dist/cli.js'), ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });

describe('examples/publish-an-app.http (the App Proxy tutorial)', () => {
  before(() => {
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr);
  });

  test('validate reports nothing', () => {
    const r = cli(['validate', FILE]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.equal(r.stdout.trim(), '');
  });

  test('send --all --sandbox: every step succeeds, ids flowing from instantiate to the clean-up', () => {
    const r = cli(['send', FILE, '--all', '--sandbox']);
    assert.equal(r.status, 0, r.stdout.slice(-2000) + r.stderr);
    const statuses = [...r.stdout.matchAll(/^HTTP (\d{3}) /gm)].map(m => Number(m[1]));
    assert.deepEqual(statuses, [200, 201, 204, 204, 200, 201, 204, 204, 204, 200, 201, 204, 204, 200, 204, 204]);
    assert.match(r.stdout, /"externalUrl": "https:\/\/wiki-contoso\.msappproxy\.net\/"/, 'the group lists the published app');
  });
});
