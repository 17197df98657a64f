/** Shared measuring helpers for bench/*.bench.ts. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  baseline?: number | null;
  ratio?: number | null;
  goal?: string;
  /** The value (or the ratio, with goalOn 'ratio') must be <= goalMax to be ok. */
  goalMax?: number;
  goalOn?: 'value' | 'ratio';
  ok?: boolean;
}

/** The production CLI scripts/bench.mjs builds before the benches run (out/bench-cli/cli.js): what users run, not dist/'s dev build. */
export function benchCli(): string {
  const path = resolve('out/bench-cli/cli.js');
  if (!existsSync(path)) throw new Error(`${path} is missing: run the benches through npm run bench (scripts/bench.mjs builds it)`);
  return path;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Milliseconds of `fn`, median over `runs` after `warmup` runs. */
export async function timeMedian(fn: () => unknown, runs = 20, warmup = 3): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}

/**
 * A full garbage collection, for heap measurements: global.gc when Node runs with --expose-gc, else one made
 * available at run time (V8 flag + a fresh context, a documented V8 idiom). Undefined only if both fail.
 */
export function gcFunction(): (() => void) | undefined {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const v8 = require('node:v8') as typeof import('node:v8'), vm = require('node:vm') as typeof import('node:vm');
    v8.setFlagsFromString('--expose-gc');
    return vm.runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}

/**
 * Two measurements side by side: `a` and `b` alternate, `warmup` rounds first, then the median of each over `runs`
 * rounds (and of the first three). Neither side profits from running second (code the other has warmed, a quieter machine); drift in the
 * machine hits both. (No forced collection between runs: a full GC each time ages and flushes the other side's
 * compiled code, and both sides then measure as several times slower than they run in an editor.)
 */
export async function timeSideBySide(a: () => unknown, b: () => unknown, runs = 21, warmup = 10): Promise<{ a: number; b: number; firstA: number; firstB: number }> {
  const once = async (fn: () => unknown) => { const t0 = process.hrtime.bigint(); await fn(); return Number(process.hrtime.bigint() - t0) / 1e6; };
  const as: number[] = [], bs: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    as.push(await once(a));
    bs.push(await once(b));
  }
  // firstA / firstB: the median of the first three rounds, before the code has tiered up (as a first validation meets it).
  return { a: median(as.slice(warmup)), b: median(bs.slice(warmup)), firstA: median(as.slice(0, 3)), firstB: median(bs.slice(0, 3)) };
}
