/**
 * Bundle size: dist/extension.js (and dist/cli.js) as a production build (minified, no source map), built
 * into a temp folder with scripts/build.mjs's options so the dev build in dist/ is left alone; gzip size,
 * the biggest packages inside, and the .vsix when one has been packaged. Informational.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type * as esbuild from 'esbuild';
import { bundleAll, LAZY_VENDORS } from '../scripts/bundle.mjs';
import type { BenchResult } from './util';

const MB = 1024 * 1024;

/** Bytes of the output per package (node_modules/<pkg> or src/<area>). */
function byPackage(meta: esbuild.Metafile, outfile: string): [string, number][] {
  const out = Object.entries(meta.outputs).find(([k]) => k.endsWith(outfile))?.[1];
  const sizes = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(out?.inputs ?? {})) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input) ?? /^(src\/[^/]+(?:\/[^/]+)?)/.exec(input) ?? /^(schemas)\//.exec(input);
    const key = m ? m[1] : 'other';
    sizes.set(key, (sizes.get(key) ?? 0) + bytesInOutput);
  }
  return [...sizes].sort((a, b) => b[1] - a[1]);
}

export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'gcg-bench-bundle-'));
  try {
    const ext = await bundleAll({ production: true, outdir: dir, metafile: true });
    const extBytes = statSync(join(dir, 'extension.js')).size;
    const extGzip = gzipSync(readFileSync(join(dir, 'extension.js'))).length;
    const cliBytes = statSync(join(dir, 'cli.js')).size;
    const top = byPackage(ext.metafile!, 'extension.js').slice(0, 5).map(([k, n]) => `${k} ${(n / 1024).toFixed(0)} KB`).join(', ');

    const results: BenchResult[] = [
      { name: 'bundle: dist/extension.js, production (minified)', value: extBytes / MB, unit: 'MB', goal: `info (gzip ${(extGzip / MB).toFixed(2)} MB)` },
      { name: `bundle: extension.js biggest parts: ${top}`, value: extBytes / 1024, unit: 'KB', goal: 'info' },
      ...Object.values(LAZY_VENDORS).map(f => ({ name: `bundle: dist/${f} (loaded on first use, not at activation)`, value: statSync(join(dir, f)).size / MB, unit: 'MB', goal: 'info' })),
      { name: 'bundle: dist/cli.js, production (minified)', value: cliBytes / MB, unit: 'MB', goal: 'info' },
    ];
    const vsix = readdirVsix();
    if (vsix) results.push({ name: `bundle: ${vsix} (packaged ${statSync(vsix).mtime.toISOString().slice(0, 16)})`, value: statSync(vsix).size / MB, unit: 'MB', goal: 'info' });
    else results[0].goal += '; no .vsix packaged (npm run package)';
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function readdirVsix(): string | undefined {
  return existsSync('graph-connector-groups.vsix') ? 'graph-connector-groups.vsix' : undefined;
}
