/**
 * Activation time. Primary: the REAL host: scripts/host/measure-activation.mjs starts code-server, opens a .http
 * file in fresh workbench windows (onLanguage:http) and reads VS Code's own activation time (code loading + the
 * synchronous activate() call, as "Developer: Show Running Extensions" shows it) of a production build.
 * If the host cannot run, the fallback is plain Node: require(extension.js) + activate(stub context) with a
 * stand-in `vscode` (bench/lib/activateInNode.js); the result's name says which one was used. The Node numbers
 * are always reported too, split into code loading and activate(), with how much of the loading is MSAL.
 * Plus a static check of the bundle: are MSAL and the sandbox reachable from src/extension.ts through static
 * imports (loaded at activation) or only through dynamic import() (deferred until first needed)?
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { bundleAll } from '../scripts/bundle.mjs';
import { median, type BenchResult } from './util';

// Goals: 30 ms (the v1.0 issue: nothing of the v1.0 tables at activation) and 15 ms (the one-shape issue), median of 9.
const GOAL_MS = 30;
const STRICT_GOAL_MS = 15;
const HOST_RUNS = 9;
const NODE_RUNS = 7;
const PRODUCTION: esbuild.BuildOptions = {
  bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: false, minify: true, logLevel: 'silent', mainFields: ['module', 'main'],
};

interface HostOutcome { times: number[]; activationEvent?: string }

function runHost(): Promise<HostOutcome> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [resolve('scripts/host/measure-activation.mjs'), '--runs', String(HOST_RUNS), '--deadline-ms', '120000'],
      { stdio: ['ignore', 'pipe', 'pipe'], detached: false });
    let out = '', err = '';
    child.stdout.on('data', (d: Buffer) => { out += d; });
    child.stderr.on('data', (d: Buffer) => { err += d; });
    // The script stops its own code-server; SIGTERM lets it do so if it overruns.
    const timer = setTimeout(() => child.kill('SIGTERM'), 240_000);
    child.on('exit', code => {
      clearTimeout(timer);
      const last = out.trim().split('\n').pop() ?? '';
      try {
        const parsed = JSON.parse(last) as HostOutcome;
        if (code === 0 && parsed.times.length) { resolvePromise(parsed); return; }
      } catch { /* fall through */ }
      reject(new Error(`host run failed (exit ${code}): ${err.trim().split('\n').slice(-3).join(' | ').slice(0, 300)}`));
    });
  });
}

/** Inputs of the bundle reachable from the entry through static imports only (what loading extension.js evaluates). */
function staticClosure(meta: esbuild.Metafile, entry: string): { eager: Set<string>; parent: Map<string, string> } {
  const eager = new Set([entry]), parent = new Map<string, string>(), queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    for (const imp of meta.inputs[file]?.imports ?? []) {
      if (imp.kind === 'dynamic-import' || imp.external || eager.has(imp.path)) continue;
      eager.add(imp.path);
      parent.set(imp.path, file);
      queue.push(imp.path);
    }
  }
  return { eager, parent };
}

function chainTo(target: string, parent: Map<string, string>): string {
  const chain: string[] = [];
  for (let f: string | undefined = target; f; f = parent.get(f)) chain.unshift(f.replace(/^node_modules\/(@[^/]+\/[^/]+|[^/]+)\/.*/, '$1').replace(/^src\//, ''));
  return chain.filter((f, i) => f !== chain[i - 1]).join(' > ');
}

function nodeActivation(bundle: string, runs: number): { requireMs: number; activateMs: number; error?: string } {
  const req: number[] = [], act: number[] = [];
  let error: string | undefined;
  for (let i = 0; i < runs + 1; i++) {
    const r = spawnSync(process.execPath, [resolve('bench/lib/activateInNode.js'), bundle], { encoding: 'utf8', timeout: 60_000 });
    const line = r.stdout.trim().split('\n').pop() ?? '';
    let parsed: { requireMs: number; activateMs: number | null; error?: string };
    try { parsed = JSON.parse(line); } catch { throw new Error(`activateInNode: ${r.stderr.slice(-300)}`); }
    if (parsed.error) error = parsed.error;
    if (i === 0) continue; // the first run warms the OS file cache
    req.push(parsed.requireMs);
    if (parsed.activateMs !== null) act.push(parsed.activateMs);
  }
  return { requireMs: median(req), activateMs: act.length ? median(act) : NaN, error };
}

function requireMs(file: string, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const r = spawnSync(process.execPath, ['-e', `const t=performance.now();require(${JSON.stringify(file)});console.log(performance.now()-t)`], { encoding: 'utf8', timeout: 60_000 });
    if (i > 0) times.push(Number(r.stdout.trim()));
  }
  return median(times);
}

export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'gcg-bench-activation-'));
  const results: BenchResult[] = [];
  try {
    const bundle = join(dir, 'extension.js');
    const built = await bundleAll({ production: true, outdir: dir, metafile: true, cli: false });
    const meta = built.metafile!;

    // 1. The real host.
    let host: HostOutcome | undefined, hostError: string | undefined;
    try { host = await runHost(); } catch (e) { hostError = (e as Error).message; }

    // 2. Plain Node (fallback, and the breakdown).
    const node = nodeActivation(bundle, NODE_RUNS);
    const msalOnly = join(dir, 'msal-only.js');
    await esbuild.build({ ...PRODUCTION, stdin: { contents: "export * from '@azure/msal-node';", resolveDir: process.cwd(), loader: 'ts' }, outfile: msalOnly });
    const msalMs = requireMs(msalOnly, NODE_RUNS);

    if (host) {
      const event = /activationEvent: '([^']+)'/.exec(host.activationEvent ?? '')?.[1] ?? 'onLanguage:http';
      results.push({ name: `activation: REAL host (code-server), ${event}, VS Code's time (load + activate), production build, median of ${host.times.length} [${host.times.join(', ')} ms]`, value: median(host.times), unit: 'ms', goal: `<= ${GOAL_MS} ms`, goalMax: GOAL_MS });
      results.push({ name: 'activation: REAL host, the same median against the stricter goal of the one-shape issue', value: median(host.times), unit: 'ms', goal: `<= ${STRICT_GOAL_MS} ms`, goalMax: STRICT_GOAL_MS });
    } else {
      results.push({ name: `activation: plain Node + vscode stub (FALLBACK: ${hostError}), require + activate(), median of ${NODE_RUNS}`, value: node.requireMs + node.activateMs, unit: 'ms', goal: `<= ${GOAL_MS} ms`, goalMax: GOAL_MS });
    }
    results.push({ name: `activation: plain Node breakdown: require(extension.js) (activate() itself: ${node.activateMs.toFixed(1)} ms${node.error ? `; activate threw: ${node.error.slice(0, 80)}` : ''})`, value: node.requireMs, unit: 'ms', goal: 'info' });
    results.push({ name: 'activation: plain Node: require of @azure/msal-node alone (saved if MSAL were deferred)', value: msalMs, unit: 'ms', goal: 'info' });

    // 3. Deferral of MSAL and the sandbox.
    const { eager, parent } = staticClosure(meta, 'src/extension.ts');
    const inputs = Object.entries(meta.outputs).find(([k]) => k.endsWith('extension.js'))![1].inputs;
    const kb = (test: (f: string) => boolean) => [...eager].filter(test).reduce((n, f) => n + (inputs[f]?.bytesInOutput ?? 0), 0) / 1024;
    const isMsal = (f: string) => f.startsWith('node_modules/@azure/msal-');
    const isSandbox = (f: string) => f.startsWith('src/sandbox/');
    const msalEntry = [...eager].find(f => f.startsWith('node_modules/@azure/msal-node/'));
    const sandboxEntry = [...eager].find(isSandbox);
    results.push({ name: `activation: MSAL loaded with extension.js (static imports)${msalEntry ? `: NOT deferred, via ${chainTo(msalEntry, parent)}` : ': deferred'}`, value: kb(isMsal), unit: 'KB', goal: '0 KB (load on first sign-in)', goalMax: 0 });
    results.push({ name: `activation: sandbox loaded with extension.js (static imports)${sandboxEntry ? `: NOT deferred, via ${chainTo(sandboxEntry, parent)}` : ': deferred (dynamic import)'}`, value: kb(isSandbox), unit: 'KB', goal: '0 KB (load on first use)', goalMax: 0 });
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
