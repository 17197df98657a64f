// Entry point of the extension-host test tier: @vscode/test-electron's runTests (or our code-server shim)
// loads out/test/host/index.js, the esbuild bundle of this file, into a real VS Code extension host and
// calls run(). Its console output reaches the terminal of `npm run test:host`.
import * as vscode from 'vscode';
import type MochaType from 'mocha';

/**
 * The host test files. To add one: write test/host/<feature>.test.ts with mocha's TDD interface
 * (`suite`, `test`, `suiteSetup`, ...) and add a line here. The imports are static strings, so esbuild
 * bundles every file into the one bundle; they are lazy so that mocha's globals exist before each file runs.
 */
const testFiles: Record<string, () => Promise<unknown>> = {
  'activation.test.ts': () => import('./activation.test'),
  'language.test.ts': () => import('./language.test'),
  'snippets.test.ts': () => import('./snippets.test'),
  'commands.test.ts': () => import('./commands.test'),
  'auth.test.ts': () => import('./auth.test'),
  'send.test.ts': () => import('./send.test'),
  'compat.test.ts': () => import('./compat.test'),
  'tree.test.ts': () => import('./tree.test'),
  'treeConnector.test.ts': () => import('./treeConnector.test'),
  'intelligence.test.ts': () => import('./intelligence.test'),
  'hostile.test.ts': () => import('./hostile.test'),
  'proxy.test.ts': () => import('./proxy.test'),
  'exports.test.ts': () => import('./exports.test'),
  'examples.test.ts': () => import('./examples.test'),
};

// Mocha 12's package entry is ESM; the extension host loads this bundle as CommonJS, so take mocha's
// own CommonJS build rather than rely on require(esm).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Mocha: typeof MochaType = require('mocha/lib/mocha.cjs');

export async function run(): Promise<void> {
  // Plain text: mocha 12 takes ✔/✖ from log-symbols, which colours them whenever CI is set, despite color: false.
  Object.assign(Mocha.reporters.Base.symbols, { ok: '✔', err: '✖' });
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30_000, slow: 2_000, reporter: 'spec', ...(process.env.HOST_TEST_GREP ? { grep: process.env.HOST_TEST_GREP } : {}) });
  for (const [file, load] of Object.entries(testFiles)) {
    mocha.suite.emit('pre-require', globalThis, file, mocha);
    await load();
  }
  const { passed, failed } = await new Promise<{ passed: number; failed: number }>((resolve) => {
    let passed = 0, failed = 0;
    const runner = mocha.run(() => resolve({ passed, failed }));
    runner.on('pass', () => { passed++; });
    runner.on('fail', () => { failed++; });
  });
  // The closing line CI counts (mocha's own "N passing" is not it).
  console.log(`extension host (VS Code ${vscode.version}): ${passed} passed, ${failed} failed`);
  if (passed + failed === 0) throw new Error('no extension host test ran');
  if (failed > 0) throw new Error(`${failed} extension host test(s) failed`);
}
