// The one esbuild configuration: `node scripts/build.mjs` and the benchmarks both build through bundleAll(),
// so a benchmark measures exactly what ships.
import * as esbuild from 'esbuild';
import path from 'node:path';

/**
 * The extension and the CLI load these only on first use (first sign-in, first validation, first proxied request),
 * through dynamic import() or a require() inside a function, so they live in their own files: VS Code then neither
 * reads nor compiles them at activation, nor the CLI at start-up.
 */
export const LAZY_VENDORS = {
  '@azure/msal-node': 'vendor-msal-node.js',
  'vscode-json-languageservice': 'vendor-json-languageservice.js',
  'jsonpath-plus': 'vendor-jsonpath-plus.js',
  'xpath': 'vendor-xpath.js',
  '@xmldom/xmldom': 'vendor-xmldom.js',
  // The CLI's proxy agents (HTTPS_PROXY, HTTP_PROXY), required on the first proxied request.
  'http-proxy-agent': 'vendor-http-proxy-agent.js',
  'https-proxy-agent': 'vendor-https-proxy-agent.js',
};

const lazyVendors = {
  name: 'lazy-vendors',
  setup(build) {
    build.onResolve({ filter: /^(@azure\/msal-node|vscode-json-languageservice|jsonpath-plus|xpath|@xmldom\/xmldom|https?-proxy-agent)$/ }, args => ({ path: `./${LAZY_VENDORS[args.path]}`, external: true }));
  },
};

/**
 * The extension's own parts it loads only through dynamic import(): request intelligence (the validator, the route
 * table, the schemas) on the first .http file's validation, the sandbox tenant on first use. Each is its own file,
 * so activation neither reads nor compiles them (they were most of extension.js). The CLI loads the same files
 * (validate, sandbox). Module state they share with the
 * main file (the translator, the parse cache) lives on globalThis for that reason.
 */
export const LAZY_PARTS = {
  'src/core/intelligence/index.ts': 'intelligence.js',
  'src/sandbox/server.ts': 'sandbox.js',
};

const lazyParts = {
  name: 'lazy-parts',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, args => {
      if (args.kind !== 'dynamic-import') return undefined;
      const target = path.relative(process.cwd(), path.resolve(args.resolveDir, args.path)).split(path.sep).join('/');
      const file = LAZY_PARTS[`${target}.ts`] ?? LAZY_PARTS[`${target}/index.ts`];
      return file ? { path: `./${file}`, external: true } : undefined;
    });
  },
};

/** Builds dist/extension.js (+ its lazy vendor files) and dist/cli.js into `outdir`; returns the extension build's result. */
export async function bundleAll({ production = false, outdir = 'dist', metafile = false, cli = true, watch = false } = {}) {
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
  const builds = [
    { ...common, metafile, entryPoints: ['src/extension.ts'], outfile: `${outdir}/extension.js`, external: ['vscode'], plugins: [lazyVendors, lazyParts] },
    ...Object.entries(LAZY_PARTS).map(([entry, file]) => ({ ...common, entryPoints: [entry], outfile: `${outdir}/${file}`, external: ['vscode'], plugins: [lazyVendors] })),
    ...Object.entries(LAZY_VENDORS).map(([pkg, file]) => ({
      ...common, stdin: { contents: `export * from '${pkg}';`, resolveDir: process.cwd(), loader: 'js' }, outfile: `${outdir}/${file}`,
    })),
    // The CLI defers the same vendors and parts: a send with GRAPH_ACCESS_TOKEN never loads MSAL, a send never loads
    // request intelligence (validate does) nor the JSON language service, only `sandbox` and `send --sandbox` the sandbox.
    ...(cli ? [{ ...common, entryPoints: ['src/cli/main.ts'], outfile: `${outdir}/cli.js`, banner: { js: '#!/usr/bin/env node' }, plugins: [lazyVendors, lazyParts] }] : []),
  ];
  if (watch) {
    // The vendor files do not change while one edits src/: build them once, watch the extension, its parts and the CLI.
    const watched = builds.filter(b => b.entryPoints);
    await Promise.all(builds.filter(b => !watched.includes(b)).map(b => esbuild.build(b)));
    const contexts = await Promise.all(watched.map(b => esbuild.context({ ...b, plugins: [...(b.plugins ?? []), rebuildLog(b.outfile)] })));
    await Promise.all(contexts.map(c => c.watch()));
    return contexts;
  }
  const [extension] = await Promise.all(builds.map(b => esbuild.build(b)));
  return extension;
}

/** One line per rebuild in watch mode, so the terminal shows that an edit landed (or why it did not). */
function rebuildLog(outfile) {
  return {
    name: 'rebuild-log',
    setup(build) {
      build.onEnd(result => {
        const time = new Date().toTimeString().slice(0, 8);
        console.log(`[${time}] ${outfile}: ${result.errors.length ? `${result.errors.length} error(s)` : 'rebuilt'}`);
      });
    },
  };
}
