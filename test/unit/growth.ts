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
 * Times `op(make(small))` and `op(make(large))`: medians of `runs` samples, taken in turns (small, large, small, ...)
 * so that load from other tests running in parallel falls on both alike, after a warm-up. A small input that runs
 * too fast to time is repeated until one sample takes at least ~15 ms, and the large one the same number of times.
 */
export function growth<T>(make: (size: number) => T, op: (input: T) => unknown, { small = 10_000, large = 100_000, runs = 5 } = {}): Growth {
  const a = make(small), b = make(large);
  op(a); op(a); // warm-up (JIT)
  let repeat = 1;
  while (msOf(() => op(a), repeat) < 15 && repeat < 4096) repeat *= 2;
  const smallTimes: number[] = [], largeTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    smallTimes.push(msOf(() => op(a), repeat) / repeat);
    largeTimes.push(msOf(() => op(b), repeat) / repeat);
  }
  const smallMs = median(smallTimes), largeMs = median(largeTimes);
  return { smallMs, largeMs, ratio: largeMs / smallMs };
}

/** Generous slack over the linear 10x, far below the quadratic 100x. */
export const LINEAR_RATIO = 30;

/**
 * `growth`, measured again (up to `attempts` times in all) while the ratio is over LINEAR_RATIO, and the best
 * attempt returned: tests run in parallel, and one burst of load or garbage collection can land on a large sample.
 * Quadratic work is over the limit on every attempt.
 */
export function bestGrowth<T>(make: (size: number) => T, op: (input: T) => unknown, sizes?: { small?: number; large?: number }, attempts = 3): Growth {
  let best = growth(make, op, sizes);
  for (let i = 1; i < attempts && best.ratio >= LINEAR_RATIO; i++) {
    const g = growth(make, op, sizes);
    if (g.ratio < best.ratio) best = g;
  }
  return best;
}

export function describeGrowth(g: Growth): string {
  return `10 KB: ${g.smallMs.toFixed(2)} ms, 100 KB: ${g.largeMs.toFixed(2)} ms, ratio ${g.ratio.toFixed(1)} (linear ~10, quadratic ~100)`;
}
