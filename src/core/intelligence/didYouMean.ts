import { editDistanceWithin } from '../graph/editDistance';
import { l10n } from '../text/l10n';

/**
 * The candidate nearest to `word` by edit distance (case-insensitive), among those near enough to be a typo
 * (within a third of the candidate's length, at least 2). Distances are computed only up to that bound, so a
 * hostile 2 MB word costs one length comparison per candidate.
 */
export function didYouMean(word: string, candidates: string[]): string | undefined {
  let best: { c: string; d: number } | undefined;
  const w = word.toLowerCase();
  for (const c of candidates) {
    const max = Math.max(2, Math.floor(c.length / 3));
    const d = editDistanceWithin(w, c.toLowerCase(), max);
    if (d <= max && (!best || d < best.d)) best = { c, d };
  }
  return best?.c;
}

/** `a`, `a or b`, `a, b or c`: for messages that name the allowed values. */
export function listOr(items: string[], word: 'or' | 'and' = 'or'): string {
  if (items.length <= 1) return items.join('');
  const head = items.slice(0, -1).join(', '), last = items[items.length - 1];
  return word === 'and' ? l10n.t('{0} and {1}', head, last) : l10n.t('{0} or {1}', head, last);
}
