// The one esbuild configuration: `node scripts/build.mjs` and the benchmarks both build through bundleAll(),
// so a benchmark measures exactly what ships.
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

/**
 * A part is loaded with require() once the import() promise runs, not with Node's import(): in CommonJS that goes
 * through the ESM loader (and, in the extension host, VS Code's loader hooks on another thread) for a file that is
 * CommonJS anyway.
 */
const lazyParts = {
  name: 'lazy-parts',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, args => {
      if (args.namespace === 'lazy-part') return { path: args.path, external: true };
      if (args.kind !== 'dynamic-import') return undefined;
      const target = path.relative(process.cwd(), path.resolve(args.resolveDir, args.path)).split(path.sep).join('/');
      const parts = { ...LAZY_PARTS, ...EXTENSION_PARTS };
      const file = parts[`${target}.ts`] ?? parts[`${target}/index.ts`];
      return file ? { path: `./${file}`, namespace: 'lazy-part' } : undefined;
    });
    build.onLoad({ filter: /.*/, namespace: 'lazy-part' }, args => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js', resolveDir: process.cwd() }));
  },
};

/**
 * Parts of the extension alone, loaded on first use like LAZY_PARTS, that take every module extension.js holds from
 * extension.js instead of bundling a copy: one instance of each module (its state, its classes), and the part file
 * holds only what activation does not need. extension.js hands those modules over on globalThis (MAIN_MODULES).
 */
export const EXTENSION_PARTS = {
  'src/vscode/commands/commandsPart.ts': 'features.js',
  // What the providers, the Tenant view and the session registered at activation do on first use (featuresPart.ts).
  'src/vscode/featuresPart.ts': 'features.js',
};

/**
 * The part files and the entries each holds: entries that share a file are one bundle, so a module they both import
 * not held by extension.js exists once (its state, its classes), not once per part.
 */
function partFiles() {
  const files = new Map();
  for (const [entry, file] of Object.entries(EXTENSION_PARTS)) files.set(file, [...(files.get(file) ?? []), entry]);
  return [...files].map(([file, entries]) => ({
    file, stdin: { contents: entries.map(e => `export * from './${e}';`).join('\n'), resolveDir: process.cwd(), sourcefile: file.replace(/\.js$/, '-part.js'), loader: 'js' },
  }));
}
const MAIN_MODULES = "Symbol.for('graphConnectorGroups.mainModules')";

/** The files a bundle evaluates when it loads: its entry and what it reaches through static imports. */
function staticInputs(metafile, entry) {
  const found = new Set([entry]), queue = [entry];
  while (queue.length) {
    for (const imp of metafile.inputs[queue.shift()]?.imports ?? []) {
      if (imp.kind === 'dynamic-import' || imp.external || found.has(imp.path) || !metafile.inputs[imp.path]) continue;
      found.add(imp.path);
      queue.push(imp.path);
    }
  }
  return found;
}

/** In an extension part: an import of a module extension.js holds reads it from there (and is noted in `used`). */
function fromMainFile(mainModules, used) {
  return {
    name: 'from-main-file',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async args => {
        if (args.kind === 'entry-point' || args.pluginData === 'from-main-file' || args.namespace !== 'file') return undefined;
        const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'from-main-file' });
        if (resolved.errors.length || resolved.external || resolved.namespace !== 'file') return undefined;
        const key = path.relative(process.cwd(), resolved.path).split(path.sep).join('/');
        if (!mainModules.has(key)) return undefined;
        used.add(key);
        return { path: key, namespace: 'main-module' };
      });
      build.onLoad({ filter: /.*/, namespace: 'main-module' }, args => ({ contents: `module.exports = globalThis[${MAIN_MODULES}][${JSON.stringify(args.path)}];`, loader: 'js' }));
    },
  };
}

/**
 * extension.js and its EXTENSION_PARTS: a first build finds the modules extension.js holds, the parts are built to take
 * them from it, and extension.js is built with the ones they use set on globalThis (each as its module namespace,
 * marked __esModule so a default import gets the module's default export).
 */
async function buildExtension(mainOptions, partOptions) {
  const analysis = await esbuild.build({ ...mainOptions, write: false, metafile: true, minify: false, sourcemap: false });
  const mainModules = staticInputs(analysis.metafile, 'src/extension.ts');
  const used = new Set();
  await Promise.all(partFiles().map(({ file, stdin }) => esbuild.build({
    ...partOptions, stdin, outfile: path.join(path.dirname(mainOptions.outfile), file), plugins: [fromMainFile(mainModules, used), ...partOptions.plugins],
  })));
  const modules = [...used].sort();
  const contents = [
    "export * from './src/extension.ts';",
    ...modules.map((m, i) => `import * as m${i} from './${m}';`),
    `const modules = (globalThis[${MAIN_MODULES}] ??= {});`,
    ...modules.map((m, i) => `modules[${JSON.stringify(m)}] = Object.defineProperty(Object.create(m${i}), '__esModule', { value: true });`),
  ].join('\n');
  const options = { ...mainOptions, stdin: { contents, resolveDir: process.cwd(), sourcefile: 'extension-main.js', loader: 'js' } };
  delete options.entryPoints;
  return esbuild.build(options);
}

/**
 * The route table (schemas/routes.json) is a file of its own next to the bundles, required on first use (core/graph/
 * routes.ts): as data it is parsed by JSON.parse when needed, where inside a bundle V8 reads all of it at load.
 */
const ROUTES = path.resolve('schemas/routes.json');
const routeTableFile = {
  name: 'route-table-file',
  setup(build) {
    build.onResolve({ filter: /[\\/]routes\.json$/ }, args => (path.resolve(args.resolveDir, args.path) === ROUTES ? { path: './routes.json', external: true } : undefined));
    build.onEnd(result => {
      if (result.errors.length) return;
      const dir = path.dirname(build.initialOptions.outfile);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'routes.json'), JSON.stringify(JSON.parse(readFileSync(ROUTES, 'utf8'))));
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
  const mainOptions = { ...common, metafile, entryPoints: ['src/extension.ts'], outfile: `${outdir}/extension.js`, external: ['vscode'], plugins: [lazyVendors, lazyParts, routeTableFile] };
  const partOptions = { ...common, external: ['vscode'], plugins: [lazyVendors, lazyParts, routeTableFile] };
  const builds = [
    ...Object.entries(LAZY_PARTS).map(([entry, file]) => ({ ...common, entryPoints: [entry], outfile: `${outdir}/${file}`, external: ['vscode'], plugins: [lazyVendors, routeTableFile] })),
    ...Object.entries(LAZY_VENDORS).map(([pkg, file]) => ({
      ...common, stdin: { contents: `export * from '${pkg}';`, resolveDir: process.cwd(), loader: 'js' }, outfile: `${outdir}/${file}`,
    })),
    // The CLI defers the same vendors and parts: a send with GRAPH_ACCESS_TOKEN never loads MSAL, a send never loads
    // request intelligence (validate does) nor the JSON language service, only `sandbox` and `send --sandbox` the sandbox.
    ...(cli ? [{ ...common, entryPoints: ['src/cli/main.ts'], outfile: `${outdir}/cli.js`, banner: { js: '#!/usr/bin/env node' }, plugins: [lazyVendors, lazyParts, routeTableFile] }] : []),
  ];
  if (watch) {
    // The vendor files do not change while one edits src/: build them once, watch the extension, its parts and the CLI.
    const watched = builds.filter(b => b.entryPoints);
    await Promise.all(builds.filter(b => !watched.includes(b)).map(b => esbuild.build(b)));
    const contexts = await Promise.all(watched.map(b => esbuild.context({ ...b, plugins: [...(b.plugins ?? []), rebuildLog(b.outfile)] })));
    // extension.js and its parts are built together (buildExtension, one run at a time) whenever a file either reads changes.
    let chain = Promise.resolve();
    const extensionBuild = {
      name: 'extension-and-parts',
      setup(build) { build.onEnd(r => { if (!r.errors.length) chain = chain.then(() => buildExtension(mainOptions, partOptions)).then(() => undefined, () => undefined); return chain; }); },
    };
    for (const [options, label] of [[mainOptions, mainOptions.outfile], ...partFiles().map(({ file, stdin }) => [{ ...partOptions, stdin, outfile: `${outdir}/${file}` }, `${outdir}/${file}`])]) {
      contexts.push(await esbuild.context({ ...options, write: false, plugins: [...options.plugins, extensionBuild, rebuildLog(label)] }));
    }
    await Promise.all(contexts.map(c => c.watch()));
    return contexts;
  }
  const [extension] = await Promise.all([buildExtension(mainOptions, partOptions), ...builds.map(b => esbuild.build(b))]);
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
