import { editDistance } from '../graph/suggest';

/** The candidate nearest to `word` by edit distance (case-insensitive), if near enough to be a typo. */
export function didYouMean(word: string, candidates: string[]): string | undefined {
  let best: { c: string; d: number } | undefined;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (!best || d < best.d) best = { c, d };
  }
  if (!best) return undefined;
  return best.d <= Math.max(2, Math.floor(best.c.length / 3)) ? best.c : undefined;
}

/** `a`, `a or b`, `a, b or c`: for messages that name the allowed values. */
export function listOr(items: string[], word = 'or'): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}
