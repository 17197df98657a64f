import type { Span } from '../text/lineIndex';
import type { RouteTable } from '../graph/types';
import { graphOrigins } from '../graph/routes';
import type { GraphDiagnostic } from './types';
import { l10n } from '../text/l10n';

const AUTHORITY = /^https?:\/\/(?:[^@/?#\s]*@)?([^/?#:\s]+)/i;
/** Host names are at most 253 characters; anything longer is not worth comparing. */
const MAX_HOST = 253;

/** Levenshtein distance, but gives up (returns max + 1) as soon as it must exceed `max`. */
function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length];
}

const withoutTld = (host: string) => host.slice(0, host.lastIndexOf('.'));

/** The Graph host `host` imitates, if it does: a suffix added, the TLD changed, a character or two off. */
export function imitatedGraphHost(host: string, graphHosts: string[]): string | undefined {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (h.length > MAX_HOST || graphHosts.includes(h)) return undefined;
  return graphHosts.find(g => h.startsWith(`${g}.`) || withoutTld(h) === withoutTld(g) || boundedDistance(h, g, 2) <= 2);
}

/**
 * A warning for a URL whose host looks like Microsoft Graph's but is not (`graph.microsoft.co`,
 * `graph.microsoft.com.evil.example`): such a request is sent as written, to whoever owns that host, and
 * without the Graph token, which only goes to the Graph endpoint's origin.
 */
export function lookAlikeHostProblem(text: string, table: RouteTable, toDocument: (start: number, end: number) => Span): GraphDiagnostic | undefined {
  const m = AUTHORITY.exec(text);
  if (!m || m[1].includes('{{')) return undefined;
  const graphHosts = graphOrigins(table).map(o => new URL(o).hostname);
  const imitated = imitatedGraphHost(m[1], graphHosts);
  if (!imitated) return undefined;
  const start = m[0].length - m[1].length;
  return {
    span: toDocument(start, m[0].length), severity: 'warning', code: 'graph.url.lookAlikeHost',
    message: l10n.t('{0} is not Microsoft Graph ({1}): this request goes to a third party, without a token.', m[1], imitated),
  };
}
