import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
    assert.deepEqual(statuses, [200, 201, 204, 204, 200, 200, 201, 204, 204, 204, 200, 201, 204, 204, 200, 204, 204]);
    assert.match(r.stdout, /"externalUrl": "https:\/\/wiki-contoso\.msappproxy\.net\/"/, 'the group lists the published app');
  });

  test('docs-only rules: applicationServerTimeout is "default" or "long"; isOnPremPublishingEnabled and applicationType are read-only', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'gcg-publish-')), 'publish.http');
    writeFileSync(file, [
      'PATCH https://graph.microsoft.com/beta/applications/{{appId}}', 'Content-Type: application/json', '',
      '{ "onPremisesPublishing": {', '  "applicationServerTimeout": "forever",', '  "isOnPremPublishingEnabled": true,', '  "applicationType": "x",',
      '  "trafficRoutingMethod": "fastest"', '} }', '',
    ].join('\n'));
    const r = cli(['validate', '--json', file]);
    const problems = (JSON.parse(r.stdout) as { line: number; code: string; message: string }[]).map(p => `${p.line} ${p.code} ${p.message}`);
    assert.ok(problems.some(p => p.startsWith('5 ') && p.includes('Must be "default" or "long" (docs: api-reference/beta/resources/onpremisespublishing.md).')), problems.join('\n'));
    assert.ok(problems.some(p => p.startsWith('6 graph.body.readOnly') && p.includes('isOnPremPublishingEnabled')), problems.join('\n'));
    assert.ok(problems.some(p => p.startsWith('7 graph.body.readOnly') && p.includes('applicationType')), problems.join('\n'));
    assert.ok(problems.some(p => p.startsWith('8 ')), problems.join('\n'));
    const ok = join(mkdtempSync(join(tmpdir(), 'gcg-publish-')), 'ok.http');
    writeFileSync(ok, 'PATCH https://graph.microsoft.com/beta/applications/{{appId}}\nContent-Type: application/json\n\n{ "onPremisesPublishing": { "applicationServerTimeout": "long" } }\n');
    assert.equal(cli(['validate', ok]).stdout.trim(), '');
  });
});
