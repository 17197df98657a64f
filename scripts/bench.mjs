// `npm run bench`: runs every bench/*.bench.ts (bundled with esbuild), prints a table and writes bench/results.json:
// an array of {name, value, unit, baseline, ratio, goal, ok}. Benchmarks report; they never fail the build.
import * as esbuild from 'esbuild';
import { readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const only = process.argv.slice(2).filter(a => !a.startsWith('-'));
const files = readdirSync('bench').filter(f => f.endsWith('.bench.ts') && (only.length === 0 || only.some(o => f.includes(o)))).sort();
await esbuild.build({
  entryPoints: files.map(f => join('bench', f)), outdir: 'out/bench', bundle: true, platform: 'node', target: 'node20',
  format: 'cjs', packages: 'external', external: ['vscode'], logLevel: 'warning',
});
// The CLI benches spawn the CLI as shipped (production: minified, no source map), whatever build dist/ holds (npm test
// leaves the dev build there): built into out/bench-cli/, under the repository, so it finds schemas/ as dist/cli.js does.
const { bundleAll } = await import('./bundle.mjs');
await bundleAll({ production: true, outdir: 'out/bench-cli' });

const results = [];
for (const f of files) {
  const mod = await import(pathToFileURL(resolve('out/bench', f.replace(/\.ts$/, '.js'))).href);
  const run = mod.run ?? mod.default?.run;
  try {
    for (const r of await run()) results.push(finish(r));
  } catch (e) {
    results.push({ name: `${f}: failed to run`, value: null, unit: '', baseline: null, ratio: null, goal: String(e?.message ?? e), ok: false });
  }
}

function finish(r) {
  const ratio = r.ratio ?? (r.baseline ? r.value / r.baseline : null);
  let ok = r.ok;
  if (ok === undefined && r.goalMax !== undefined) ok = (r.goalOn === 'ratio' ? ratio : r.value) <= r.goalMax;
  return { name: r.name, value: round(r.value), unit: r.unit, baseline: r.baseline == null ? null : round(r.baseline), ratio: ratio == null ? null : round(ratio), goal: r.goal ?? null, ok: ok ?? null };
}
function round(n) { return typeof n === 'number' ? Math.round(n * 1000) / 1000 : n; }

const rows = [['benchmark', 'value', 'baseline', 'ratio', 'goal', 'ok'], ...results.map(r => [r.name, `${r.value} ${r.unit}`, r.baseline ?? '', r.ratio ?? '', r.goal ?? '', r.ok === null ? '' : r.ok ? 'yes' : 'NO'])];
const widths = rows[0].map((_, i) => Math.max(...rows.map(r => String(r[i]).length)));
for (const [i, r] of rows.entries()) {
  console.log(r.map((c, j) => String(c).padEnd(widths[j])).join('  '));
  if (i === 0) console.log(widths.map(w => '-'.repeat(w)).join('  '));
}
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
console.log(`\nwrote bench/results.json (${results.length} results)`);
