// Child-process script for bench/activation.bench.ts (fallback and breakdown): loads a bundled extension.js in plain
// Node with a stand-in `vscode` module (a recursive Proxy: every property, call and `new` gives another stand-in),
// then calls activate() with a minimal context. Prints {requireMs, activateMs, error?, externalModules} as JSON.
// usage: node activateInNode.js /path/to/extension.js
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS script by necessity: it hooks Module._load to supply `vscode`. */
const Module = require('node:module');
const { performance } = require('node:perf_hooks');

const handler = {
  get(target, prop) {
    if (prop === 'then') return undefined;                          // not a thenable: `await stub` gives the stub
    if (prop === Symbol.toPrimitive) return () => '';
    if (prop === Symbol.iterator) return function* () {};
    if (!(prop in target)) target[prop] = stub();
    return target[prop];
  },
  set(target, prop, value) {                                        // functions' `name`/`length` are read-only
    Object.defineProperty(target, prop, { value, writable: true, configurable: true, enumerable: true });
    return true;
  },
  apply: () => stub(),
  construct: () => stub(),
};
function stub() { return new Proxy(function vscodeStub() {}, handler); }

// A plain object with every top-level name of the API (from @types/vscode): bundles read it through esbuild's
// __toESM, which copies own properties, so a bare Proxy would look empty.
const vscode = {};
const dts = require('node:fs').readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
for (const m of dts.matchAll(/^\s+export (?:namespace|class|enum|const|function|let) (\w+)/gm)) vscode[m[1]] = stub();
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? vscode : load.call(this, request, ...rest);
};

const memento = () => { const m = new Map(); return { get: (k, d) => (m.has(k) ? m.get(k) : d), update: async (k, v) => { m.set(k, v); }, keys: () => [...m.keys()], setKeysForSync() {} }; };
const context = new Proxy({
  subscriptions: [], globalState: memento(), workspaceState: memento(),
  extensionPath: process.cwd(), extensionMode: 1,
  secrets: { get: async () => undefined, store: async () => {}, delete: async () => {}, onDidChange: () => ({ dispose() {} }) },
}, { get: (t, p) => (p in t ? t[p] : (t[p] = stub())) });

const before = new Set(Object.keys(require.cache));
let t0 = performance.now();
const ext = require(process.argv[2]);
const requireMs = performance.now() - t0;
let activateMs = null, error;
t0 = performance.now();
try {
  ext.activate(context);
  activateMs = performance.now() - t0;
} catch (e) {
  error = String(e && e.stack || e).split('\n').slice(0, 3).join(' | ');
}
const loaded = Object.keys(require.cache).filter(k => !before.has(k));
process.stdout.write(JSON.stringify({ requireMs, activateMs, error, externalModules: loaded.length }) + '\n');
process.exit(0);
