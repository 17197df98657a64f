/**
 * CLI `validate` throughput over 200 `.http` files made from examples/*.http (each copy marked inside every
 * request, so the validator's per-request cache cannot short-cut the copies): once as a spawned
 * `node dist/cli.js validate <200 files>` (Node start-up included; also shown alone for one file), and
 * in-process through the same command. Informational.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { validateCommand } from '../src/cli/commands/validate';
import { median, timeMedian, type BenchResult } from './util';

const FILES = 200;

function spawnMs(args: string[]): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [resolve('dist/cli.js'), 'validate', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`cli validate exited ${r.status}: ${r.stderr}`);
  return ms;
}

export async function run(): Promise<BenchResult[]> {
  const examples = readdirSync('examples').filter(f => f.endsWith('.http')).map(f => ({ name: f, text: readFileSync(join('examples', f), 'utf8') }));
  const dir = mkdtempSync(join(tmpdir(), 'gcg-bench-cli-'));
  try {
    const files: string[] = [];
    for (let i = 0; i < FILES; i++) {
      const ex = examples[i % examples.length];
      const file = join(dir, `${String(i).padStart(3, '0')}-${ex.name}`);
      writeFileSync(file, ex.text.replace(/^###.*$/gm, m => `${m}\n# copy ${i}`));
      files.push(file);
    }
    const bytes = files.reduce((n, f) => n + readFileSync(f).length, 0);

    spawnMs(files.slice(0, 1));
    const one = median([0, 1, 2, 3, 4].map(() => spawnMs(files.slice(0, 1))));
    const all = median([0, 1, 2, 3, 4].map(() => spawnMs(files)));

    const sink = new Writable({ write: (_c, _e, cb) => cb() });
    const io = { stdout: sink, stderr: sink, env: {}, cwd: dir };
    const inProcess = await timeMedian(() => validateCommand.run(files, io), 10, 2);

    return [
      { name: `cli: node dist/cli.js validate, ${FILES} example files (${(bytes / 1024).toFixed(0)} KB) in one spawn`, value: FILES / (all / 1000), unit: 'files/s', goal: `info (${all.toFixed(0)} ms)` },
      { name: 'cli: node dist/cli.js validate, 1 file (start-up cost)', value: one, unit: 'ms', goal: 'info' },
      { name: `cli: validate command in-process, ${FILES} files`, value: FILES / (inProcess / 1000), unit: 'files/s', goal: `info (${inProcess.toFixed(0)} ms)` },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
