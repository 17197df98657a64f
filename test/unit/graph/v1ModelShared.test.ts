// The extension's parts (intelligence.js for validation, features.js for CodeLenses and sign-in scopes) and the CLI's
// (cli.js, intelligence.js) are bundles of their own, each with a copy of v1Model.ts: they must share one loaded model.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

test('two bundles holding their own copy of v1Model.ts read the model once and share it (its lazily read lines too)', async () => {
  const dir = mkdtempSync(join(process.cwd(), 'out', 'v1-shared-'));
  try {
    const build = (name: string) => esbuild.build({ entryPoints: ['src/core/graph/v1Model.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: join(dir, name), logLevel: 'silent' });
    await build('a.js');
    await build('b.js');
    type Model = typeof import('../../../src/core/graph/v1Model');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const a = require(join(dir, 'a.js')) as Model, b = require(join(dir, 'b.js')) as Model;
    assert.notEqual(a.loadV1Model, b.loadV1Model, 'two copies of the module');
    const m = a.loadV1Model();
    assert.ok(m, 'the model file is found');
    assert.equal(b.v1ModelLoaded(), true, 'the other copy sees it loaded');
    assert.equal(b.loadV1Model(), m, 'and gets the same model, not a second read');
    assert.deepEqual(b.derivedTypes(m!, 'microsoft.graph.ipRange'), a.derivedTypes(m!, 'microsoft.graph.ipRange'), 'the lazy lines read through either copy');
    assert.ok(b.derivedTypes(m!, 'microsoft.graph.ipRange').length > 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
