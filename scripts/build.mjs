// Bundles the extension and the CLI with esbuild (scripts/bundle.mjs). Type-checking is separate (`npm run typecheck`).
// usage: node scripts/build.mjs [--production] [--outdir=DIR] [--watch]
// --watch (npm run watch) rebuilds dist/extension.js and dist/cli.js on every save until stopped; type errors come
// from `npm run typecheck -- --watch` beside it, as esbuild does not type-check.
import { bundleAll } from './bundle.mjs';

const production = process.argv.includes('--production');
const outdir = process.argv.find(a => a.startsWith('--outdir='))?.slice('--outdir='.length) ?? 'dist';
const watch = process.argv.includes('--watch');
await bundleAll({ production, outdir, watch });
if (watch) console.log('watching src/ (Ctrl+C stops)');
