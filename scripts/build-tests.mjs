// Bundles each test file (unit: test/unit/**/*.test.ts; host: test/host/index.ts) into out/ with esbuild,
// so tests run as plain JavaScript without a TypeScript loader.
import * as esbuild from 'esbuild';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function find(dir, pred, acc = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) find(p, pred, acc); else if (pred(p)) acc.push(p);
  }
  return acc;
}

export async function buildTests(which) {
  const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: 'inline', logLevel: 'warning', packages: 'external', external: ['vscode'] };
  if (which === 'unit') {
    const entryPoints = find('test/unit', p => p.endsWith('.test.ts'));
    await esbuild.build({ ...common, entryPoints, outdir: 'out/test/unit', outbase: 'test/unit' });
    return find('out/test/unit', p => p.endsWith('.test.js'));
  }
  await esbuild.build({ ...common, entryPoints: ['test/host/index.ts'], outfile: 'out/test/host/index.js' });
  return ['out/test/host/index.js'];
}
