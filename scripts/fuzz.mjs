// `npm run fuzz`: the fuzz/property tests (test/unit/fuzz) with many more cases than `npm test` runs.
// FUZZ_RUNS (default here 100000) is the number of cases per property; FUZZ_SEED replays a failure.
// Usage: npm run fuzz [-- <name filter>]   e.g. npm run fuzz -- parser
import { spawnSync } from 'node:child_process';
import { buildTests } from './build-tests.mjs';

const filter = process.argv[2];
const files = (await buildTests('unit')).filter(f => /[\\/]fuzz[\\/]/.test(f) && (!filter || f.includes(filter)));
if (files.length === 0) { console.error(`fuzz: no fuzz test file matches ${filter ?? ''}`); process.exit(2); }
const env = { ...process.env, FUZZ_RUNS: process.env.FUZZ_RUNS ?? '100000' };
console.log(`fuzz: ${files.length} file(s), FUZZ_RUNS=${env.FUZZ_RUNS}${env.FUZZ_SEED ? `, FUZZ_SEED=${env.FUZZ_SEED}` : ''}`);
const r = spawnSync(process.execPath, ['--test', ...files], { stdio: 'inherit', env });
process.exit(r.status ?? 1);
