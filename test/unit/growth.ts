/**
 * Growth checks for robustness tests: how much longer an operation takes on a 10x larger input, measured in one
 * run so the machine's speed cancels out. Linear work is ~10x; quadratic work ~100x.
 */
function msOf(fn: () => unknown, repeat: number): number {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < repeat; i++) fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export interface Growth { smallMs: number; largeMs: number; ratio: number }

/**
 * Times `op(make(small))` and `op(make(large))` (medians of `runs`, after a warm-up). A small input that runs
 * too fast to time is repeated until one sample takes at least ~10 ms, and the large one the same number of times.
 */
export function growth<T>(make: (size: number) => T, op: (input: T) => unknown, { small = 10_000, large = 100_000, runs = 3 } = {}): Growth {
  const a = make(small), b = make(large);
  op(a); op(a); // warm-up (JIT)
  let repeat = 1;
  while (msOf(() => op(a), repeat) < 10 && repeat < 1024) repeat *= 2;
  const smallMs = median(Array.from({ length: runs }, () => msOf(() => op(a), repeat))) / repeat;
  const largeMs = median(Array.from({ length: runs }, () => msOf(() => op(b), repeat))) / repeat;
  return { smallMs, largeMs, ratio: largeMs / smallMs };
}

/** Generous slack over the linear 10x, far below the quadratic 100x. */
export const LINEAR_RATIO = 30;

export function describeGrowth(g: Growth): string {
  return `10 KB: ${g.smallMs.toFixed(2)} ms, 100 KB: ${g.largeMs.toFixed(2)} ms, ratio ${g.ratio.toFixed(1)} (linear ~10, quadratic ~100)`;
}
