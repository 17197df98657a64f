// Bundles the extension and the CLI with esbuild (scripts/bundle.mjs). Type-checking is separate (`npm run typecheck`).
// usage: node scripts/build.mjs [--production] [--outdir=DIR]
import { bundleAll } from './bundle.mjs';

const production = process.argv.includes('--production');
const outdir = process.argv.find(a => a.startsWith('--outdir='))?.slice('--outdir='.length) ?? 'dist';
await bundleAll({ production, outdir });
