import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

// The CLI reads schemas/v1.0/*.br next to dist/ as the .vsix does: spawn the built binary.
const root = process.cwd();
const cli = (args: string[]) => spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'validate', ...args], { cwd: root, encoding: 'utf8' });

before(() => {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
});

test('validate: the docs\' v1.0 requests pass (exit 0), the mistakes fail (exit 1) with the v1.0 diagnostics', () => {
  const ok = cli(['--json', 'test/unit/graph/fixtures/v1-docs-examples.http']);
  assert.equal(ok.status, 0, ok.stdout + ok.stderr);
  // Only what Graph's metadata deprecates (Core.V1.Revisions; v1.test.ts lists them): warnings, tagged, exit 0.
  const all = JSON.parse(ok.stdout) as { severity: string; code: string; tags?: string[] }[];
  // And hints where the docs write an enum member in another case than the metadata ("HTML" for bodyType html).
  assert.ok(all.filter(d => d.severity === 'hint').every(d => d.code === 'graph.body.enumSpelling'), ok.stdout);
  const found = all.filter(d => d.severity !== 'hint');
  assert.deepEqual(found.map(d => [d.severity, d.code, d.tags]), [
    ['warning', 'graph.body.deprecated', ['deprecated']], ['warning', 'graph.url.deprecated', ['deprecated']],
    ['warning', 'graph.url.deprecated', ['deprecated']], ['warning', 'graph.body.deprecated', ['deprecated']],
  ]);
  const bad = cli(['test/unit/graph/fixtures/v1-mistakes.http']);
  assert.equal(bad.status, 1, bad.stderr);
  assert.match(bad.stdout, /v1-mistakes\.http:\d+:\d+ error Unknown Graph path '\/usres' .*Did you mean '\/users'\?/);
  assert.match(bad.stdout, /error GET is not supported on '\/me\/sendMail'; use POST\./);
});
