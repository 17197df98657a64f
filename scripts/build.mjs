// Bundles the extension and the CLI with esbuild. Type-checking is separate (`npm run typecheck`).
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const outdir = process.argv.find(a => a.startsWith('--outdir='))?.slice('--outdir='.length) ?? 'dist';
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // vscode-json-languageservice and jsonc-parser ship a UMD build whose dynamic requires esbuild cannot
  // follow; their ESM build ('module') bundles cleanly, as in VS Code's own json-language-features.
  mainFields: ['module', 'main'],
};

/**
 * The extension imports these only through dynamic import() (first sign-in, first validation), so they live
 * in their own files: VS Code then neither reads nor compiles them at activation.
 */
const LAZY_VENDORS = {
  '@azure/msal-node': 'vendor-msal-node.js',
  'vscode-json-languageservice': 'vendor-json-languageservice.js',
};
const lazyVendors = {
  name: 'lazy-vendors',
  setup(build) {
    build.onResolve({ filter: /^(@azure\/msal-node|vscode-json-languageservice)$/ }, args => ({ path: `./${LAZY_VENDORS[args.path]}`, external: true }));
  },
};

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['src/extension.ts'], outfile: `${outdir}/extension.js`, external: ['vscode'], plugins: [lazyVendors] }),
  ...Object.entries(LAZY_VENDORS).map(([pkg, file]) => esbuild.build({
    ...common, stdin: { contents: `export * from '${pkg}';`, resolveDir: process.cwd(), loader: 'js' }, outfile: `${outdir}/${file}`,
  })),
  esbuild.build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: `${outdir}/cli.js`, banner: { js: '#!/usr/bin/env node' } }),
]);
