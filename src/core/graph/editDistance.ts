import type { RouteTable } from './types';

const isParam = (s: string) => s.startsWith('{') && s.endsWith('}');

/** Character edit distance, for near-miss segment names like `connectorGroup` vs `connectorGroups`. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/**
 * `editDistance(a, b)` when it is at most `max`, else `max + 1`, in O(length x max): a distance is at least the
 * difference in length, so a 2 MB URL segment is not compared character by character with every route word.
 */
export function editDistanceWithin(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length > b.length) [a, b] = [b, a];
  // Only cells within `max` of the diagonal can stay within `max`; the others count as max + 1.
  const over = max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => (j <= max ? j : over));
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(over);
    const from = Math.max(1, i - max), to = Math.min(b.length, i + max);
    if (i <= max) row[0] = i;
    let best = row[0];
    for (let j = from; j <= to; j++) {
      row[j] = Math.min(over, prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]);
    }
    if (best > max) return over;
    prev = row;
  }
  return Math.min(over, prev[b.length]);
}

/** 0 for a match, a fraction for a near-miss spelling, 1 for a different segment. */
function substitutionCost(template: string, actual: string): number {
  if (isParam(template)) return actual.startsWith('$') ? 1 : 0;
  const t = template.toLowerCase(), a = actual.toLowerCase();
  if (t === a) return 0;
  if (isParam(actual) || actual.includes('{{')) return 1;
  const max = Math.max(1, Math.floor(t.length / 4));
  return editDistanceWithin(t, a, max) <= max ? 0.5 : 1;
}

/** Edit distance over path segments (insert, delete, substitute), where a template `{param}` matches any key. */
export function segmentEditDistance(template: string[], actual: string[]): number {
  const prev = Array.from({ length: actual.length + 1 }, (_, j) => j);
  for (let i = 1; i <= template.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= actual.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + substitutionCost(template[i - 1], actual[j - 1]));
      diag = tmp;
    }
  }
  return prev[actual.length];
}

/**
 * Past these, a path is not compared with the route table at all: no route has more than a dozen segments, and
 * the comparison costs routes x segments. `suggestRoutes` returns nothing and the validator says it skipped.
 */
export const SUGGEST_MAX_SEGMENTS = 32;
export const SUGGEST_MAX_CHARS = 2048;

export function tooLongToSuggest(path: string): boolean {
  return path.length > SUGGEST_MAX_CHARS || path.split('/').filter(Boolean).length > SUGGEST_MAX_SEGMENTS;
}

/**
 * Route templates nearest to a path, best first (at most `limit`). Routes of the given version are
 * preferred; when the version has no route within reach (e.g. a beta-only resource under /v1.0), the
 * others are considered too, so callers can tell the user to switch versions.
 */
export function suggestRoutes(table: RouteTable, version: string, path: string, limit = 3): string[] {
  if (tooLongToSuggest(path.split('?')[0])) return [];
  const actual = path.split('?')[0].split('/').filter(Boolean);
  const scored = table.routes.map(r => {
    const template = r.template.split('/').filter(Boolean);
    const d = segmentEditDistance(template, actual);
    const inVersion = r.versions.some(v => v.toLowerCase() === version.toLowerCase());
    // Ties go to the route that shares more of the user's words (connectorGroups -> .../connectorGroups).
    const shared = actual.filter(a => template.some(t => !isParam(t) && t.toLowerCase() === a.toLowerCase())).length;
    // A route that shares no word with the path, not even a near-miss spelling, is only a route of similar length.
    const related = shared > 0 || actual.some(a => template.some(t => !isParam(t) && substitutionCost(t, a) < 1));
    return { template: r.template, score: d + (inVersion ? 0 : 0.25) - 0.1 * shared + (related ? 0 : 1) };
  });
  const reach = Math.max(2, Math.ceil(actual.length / 2)) + 0.05;
  return scored.filter(s => s.score <= reach).sort((a, b) => a.score - b.score || a.template.localeCompare(b.template))
    .map(s => s.template).filter((t, i, all) => all.indexOf(t) === i).slice(0, limit);
}
