// `npm test`: lint, unit tests of the core in plain Node, then the suite inside a real VS Code
// extension host. Each tier ends with its own "N passed, N failed" line; a tier that runs no test fails.
import { spawnSync } from 'node:child_process';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { buildTests } from './build-tests.mjs';

const args = process.argv.slice(2);
const only = args.includes('--unit') ? 'unit' : args.includes('--host') ? 'host' : 'all';
let failed = false;

function step(name, cmd, cmdArgs) {
  console.log(`\n> ${name}`);
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit' });
  if (r.status !== 0) { console.error(`${name} failed (exit ${r.status})`); failed = true; }
}

async function unitTier() {
  const files = await buildTests('unit');
  let passed = 0, failedCount = 0;
  const stream = run({ files, concurrency: 2, timeout: 120_000 });
  stream.on('test:pass', d => { if (d.details?.type !== 'suite') passed++; });
  stream.on('test:fail', d => { if (d.details?.type !== 'suite') failedCount++; });
  await new Promise((resolve) => {
    stream.compose(spec).on('data', c => process.stdout.write(c)).on('end', resolve);
  });
  console.log(`unit: ${passed} passed, ${failedCount} failed`);
  if (failedCount > 0 || passed === 0) failed = true;
}

if (only !== 'host') {
  step('lint', 'npx', ['eslint', '--no-error-on-unmatched-pattern', 'src', 'test', 'scripts', 'bench']);
  step('typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']);
  step('bundle', process.execPath, ['scripts/build.mjs']);
  await unitTier();
}
if (only !== 'unit') {
  if (only === 'host') step('bundle', process.execPath, ['scripts/build.mjs']);
  await buildTests('host');
  step('extension host', process.execPath, ['scripts/host/run-host-tests.mjs']);
}
process.exit(failed ? 1 : 0);
