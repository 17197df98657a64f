/**
 * Graph v1.0 from its whole metadata (issue 17), side by side with the connector-group requests routes.json covers:
 * - first validation of a file of 100 requests to 100 different v1.0 resources (the model read and decompressed,
 *   100 body schemas built: everything cold) vs. the first validation of 100 connector-group requests;
 * - re-validation after a one-character edit in one v1.0 body;
 * - memory of the v1.0 tables in a fresh process, every line of the model parsed; bytes the compressed tables add to the .vsix.
 * - `node dist/cli.js validate` over 1,000 files of those 100 v1.0 requests vs 1,000 files of the connector-group ones
 *   (the budget: the CLI's files per second stays within 1.5x with v1.0 in play).
 * Activation (nothing of v1.0 read) is checked in activation.bench.ts's bundle, and by v1.test.ts (v1ModelLoaded).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { createValidator } from '../src/core/intelligence';
import { COMPUTED, loadV1Model, setV1Model, typeChain, v1Permissions } from '../src/core/graph/v1Model';
import { benchCli, gcFunction, median, type BenchResult } from './util';

/**
 * 100 v1.0 resources: the model's entity sets and singletons, then navigation under /me, each with a valid PATCH
 * body (the type's displayName, else its first writable string property), as the connector-group corpus is valid:
 * both sides measure checking, not the wording of 100 mistakes. Abstract types and types without a writable
 * string property are left out.
 */
export function v1Corpus(): string {
  const m = loadV1Model()!;
  const paths: [string, string][] = [];
  const add = (path: string, type: string) => {
    if (m.types[type]?.a) return;
    const props = typeChain(m, type).flatMap(t => m.types[t].p ?? []).filter(([, pt, flags]) => pt === 'Edm.String' && !(flags & COMPUTED));
    const prop = props.find(p => p[0] === 'displayName') ?? props[0];
    if (prop) paths.push([path, prop[0]]);
  };
  for (const [root, [type, collection]] of Object.entries(m.roots)) add(collection ? `/${root}/{{id}}` : `/${root}`, type);
  const me = m.types['microsoft.graph.user'];
  for (const [nav, type, contained] of me.n ?? []) if (contained && !type.startsWith('Collection(')) add(`/me/${nav}`, type);
  for (const [nav, type, contained] of me.n ?? []) if (contained && type.startsWith('Collection(')) add(`/me/${nav}/{{id}}`, type.slice('Collection('.length, -1));
  return paths.slice(0, 100).map(([p, prop], i) => `### ${i}\nPATCH https://graph.microsoft.com/v1.0${p}\nContent-Type: application/json\n\n{\n  "${prop}": "name ${i}"\n}\n`).join('\n');
}

export function connectorCorpus(): string {
  return Array.from({ length: 100 }, (_, i) => `### ${i}\nPOST https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups\nContent-Type: application/json\n\n{\n  "name": "group ${i}",\n  "region": "nam"\n}\n`).join('\n');
}

/** Wall time of one spawned `node dist/cli.js validate` over every file in `files` (start-up included). */
function validateMs(files: string[]): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [benchCli(), 'validate', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`cli validate exited ${r.status}: ${r.stderr}`);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/**
 * 1,000 files, one request each, made from the 100 v1.0 requests of v1Corpus and the 100 of connectorCorpus (same shape:
 * a PATCH or POST with a one-property body), each copy marked so no cache short-cuts it; spawned alternately.
 */
function cliValidate(): BenchResult {
  const FILES = 1000;
  const dir = mkdtempSync(join(tmpdir(), 'gcg-v1-bench-'));
  try {
    const requestsOf = (text: string) => text.split(/^(?=###)/m).filter(b => /^(GET|POST|PATCH|PUT|DELETE) /m.test(b));
    const v1 = requestsOf(v1Corpus());
    const cg = requestsOf(connectorCorpus());
    const write = (name: string, pool: string[]) => Array.from({ length: FILES }, (_, i) => {
      const file = join(dir, `${name}-${i}.http`);
      writeFileSync(file, `# copy ${i}
${pool[i % pool.length]}`);
      return file;
    });
    const v1Files = write('v1', v1), cgFiles = write('cg', cg);
    validateMs(v1Files.slice(0, 10)); validateMs(cgFiles.slice(0, 10));
    const ours: number[] = [], base: number[] = [];
    for (let i = 0; i < 5; i++) { ours.push(validateMs(v1Files)); base.push(validateMs(cgFiles)); }
    const v1Rate = FILES / (median(ours) / 1000), cgRate = FILES / (median(base) / 1000);
    return {
      name: `v1.0: node dist/cli.js validate, ${FILES} files of 100 different v1.0 resources vs ${FILES} of connector-group requests (files/s, spawned, median of 5)`,
      value: Math.round(v1Rate), unit: 'files/s', baseline: Math.round(cgRate), ratio: Math.round(cgRate / v1Rate * 100) / 100,
      goal: 'connector-group files/s <= 1.5x the v1.0 files/s', ok: cgRate / v1Rate <= 1.5,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * In a process of its own (spawned by freshProcessFirst): the validator loaded by one small request neither side
 * has, then the CPU ms of the first validation of `which`'s 100 requests, printed. What a user's first v1.0 file costs
 * in a new extension host: the model, the schemas and the code that reads them all cold (the in-process row above
 * runs its 9 rounds in one process, so from the second round on the code is warm and only the data is cold).
 */
export function firstInThisProcess(which: 'v1' | 'cg', text: string): void {
  createValidator().validate('GET https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectors\n');
  const c = process.cpuUsage();
  createValidator().validate(text);
  const d = process.cpuUsage(c);
  process.stdout.write(`${which} ${(d.user + d.system) / 1000}\n`);
}

/**
 * In a process of its own (spawned by memoryFresh): heap held by the v1.0 tables, measured from a collected heap before
 * anything of v1.0 is read to a collected heap after the 100-resource file is validated and then every line of the
 * model is parsed (types, enums, derived types, operations: what completion over the whole model would read), the
 * permission table included. The worst case of "the loaded tables"; printed in MB.
 */
export function memoryInThisProcess(text: string): void {
  const gc = gcFunction()!;
  createValidator().validate('GET https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectors\n');
  gc();
  const before = process.memoryUsage().heapUsed;
  const validator = createValidator();
  validator.validate(text);
  const m = loadV1Model()!;
  let lines = 0;
  for (const name of Object.keys(m.types)) lines += typeChain(m, name).length > 0 ? 1 : 0;
  lines += Object.keys(m.enums).length + Object.keys(m.operations).length;
  v1Permissions(m);
  gc();
  const mb = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
  process.stdout.write(`memory ${mb} ${lines}\n`);
  void validator;
}

/** memoryInThisProcess in a fresh process (so nothing an earlier measurement loaded is counted or freed). */
function memoryFresh(v1Text: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'gcg-v1-memory-'));
  try {
    const file = join(dir, 'v1.http');
    writeFileSync(file, v1Text);
    const self = join(process.cwd(), 'out/bench/v1.bench.js');
    const r = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(self)}).memoryInThisProcess(require('node:fs').readFileSync(${JSON.stringify(file)}, 'utf8'))`], { encoding: 'utf8', cwd: process.cwd() });
    const mb = Number(/^memory ([\d.e-]+) \d+$/m.exec(r.stdout)?.[1]);
    if (r.status !== 0 || !Number.isFinite(mb)) throw new Error(`memory process failed: ${r.stderr.slice(0, 300)}`);
    return mb;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Medians of 9 fresh processes each, alternating: the first v1.0 validation vs the first connector-group one. */
function freshProcessFirst(v1Text: string, cgText: string): BenchResult {
  const dir = mkdtempSync(join(tmpdir(), 'gcg-v1-first-'));
  try {
    const texts = { v1: join(dir, 'v1.http'), cg: join(dir, 'cg.http') };
    writeFileSync(texts.v1, v1Text); writeFileSync(texts.cg, cgText);
    const self = join(process.cwd(), 'out/bench/v1.bench.js');
    const once = (which: 'v1' | 'cg') => {
      const r = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(self)}).firstInThisProcess(${JSON.stringify(which)}, require('node:fs').readFileSync(${JSON.stringify(texts[which])}, 'utf8'))`], { encoding: 'utf8', cwd: process.cwd() });
      const ms = Number(/^\w+ ([\d.]+)$/m.exec(r.stdout)?.[1]);
      if (r.status !== 0 || !Number.isFinite(ms)) throw new Error(`first-validation process failed: ${r.stderr.slice(0, 300)}`);
      return ms;
    };
    const v1: number[] = [], cg: number[] = [];
    for (let i = 0; i < 9; i++) { v1.push(once('v1')); cg.push(once('cg')); }
    const r2 = (x: number) => Math.round(x * 100) / 100;
    return {
      name: 'v1.0: the same, each side the first validation of a fresh process (CPU time, median of 9 processes each)',
      value: r2(median(v1)), unit: 'ms', baseline: r2(median(cg)), ratio: r2(median(v1) / median(cg)), goal: 'info (the 1.5x above, measured truly cold on both sides)',
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchResult[]> {
  const v1Text = v1Corpus();
  const cgText = connectorCorpus();
  createValidator().validate(cgText);                       // the JSON language service loaded once for both
  const collect = gcFunction();
  const cold: number[] = [], cg: number[] = [];
  // CPU time of this process (user + system), not wall time: helpers share the machine, and a preempted run is not slower code.
  const cpuMs = (fn: () => void) => { collect?.(); const c = process.cpuUsage(); fn(); const d = process.cpuUsage(c); return (d.user + d.system) / 1000; };
  for (let i = 0; i < 9; i++) {
    setV1Model(undefined);                                   // next use reads the file again; schemas rebuilt
    // Texts no cache has seen (first and last lines differ per run): the parse and what is kept per request start from nothing.
    cold.push(cpuMs(() => createValidator().validate(`# run ${i}\n${v1Text}\n# run ${i}\n`)));
    cg.push(cpuMs(() => createValidator().validate(`# run ${i}\n${cgText}\n# run ${i}\n`)));
  }
  const first = median(cold), baseline = median(cg);

  const warm = createValidator();
  warm.validate(v1Text);
  const at = v1Text.indexOf('"name 50') + 6;
  const edits: number[] = [];
  for (let k = 0; k < 20; k++) {
    const edited = v1Text.slice(0, at) + String.fromCharCode(97 + k) + v1Text.slice(at);
    const t = performance.now();
    warm.validate(edited);
    edits.push(performance.now() - t);
  }

  const heapMb = memoryFresh(v1Text);
  // What the files add to the .vsix (a zip: graph.jsonl is deflated there, permissions.json.br is stored as it is).
  const vsixBytes = deflateRawSync(readFileSync('schemas/v1.0/graph.jsonl'), { level: 9 }).length + readFileSync('schemas/v1.0/permissions.json.br').length;
  const r2 = (x: number) => Math.round(x * 100) / 100;
  return [
    { name: 'v1.0: first validation, 100 different resources (cold, CPU time) vs 100 connector-group requests', value: r2(first), unit: 'ms', baseline: r2(baseline), ratio: r2(first / baseline), goal: '<= 100 ms and <= 1.5x 100 connector-group requests', goalMax: 100, goalOn: 'value', ok: first <= 100 && first / baseline <= 1.5 },
    freshProcessFirst(v1Text, cgText),
    { name: 'v1.0: re-validation after a one-character edit', value: r2(median(edits)), unit: 'ms', goal: '<= 5 ms', goalMax: 5, goalOn: 'value', ok: median(edits) <= 5 },
    { name: 'v1.0: memory of the tables, every line of the model parsed and the 100 schemas built (fresh process)', value: r2(heapMb), unit: 'MB', goal: '<= 50 MB', goalMax: 50, goalOn: 'value', ok: heapMb <= 50 },
    cliValidate(),
    { name: 'v1.0: compressed tables in the .vsix', value: r2(vsixBytes / 1024 / 1024), unit: 'MB', goal: '<= 5 MB', goalMax: 5, goalOn: 'value', ok: vsixBytes <= 5 * 1024 * 1024 },
  ];
}
