import type { RouteTable } from '../graph/types';
import { shortTypeName } from '../graph/schemas';
import { editDistanceWithin } from '../graph/editDistance';

const isParam = (s: string) => s.startsWith('{') && s.endsWith('}');

/** Template words that name our resources: connectorGroups, connectors, connectorGroup (not generic ones like members). */
function literals(table: RouteTable): string[] {
  return [...new Set(table.routes.flatMap(r => r.template.split('/')).filter(s => s && !isParam(s) && !s.startsWith('$')))];
}

/**
 * Types of the surfaces the table covers whole. Under a partial root (`/applications`, `/users`: only the
 * operations the App Proxy tutorial uses) a path the table lacks is a real Graph path it does not know.
 */
function domainWords(table: RouteTable): string[] {
  const partial = new Set((table.partialRoots ?? []).map(r => r.toLowerCase()));
  const types = [...new Set(table.routes.filter(r => !partial.has(r.template.split('/')[1]?.toLowerCase())).map(r => r.resourceType).filter((t): t is string => !!t))]
    .map(t => shortTypeName(t).toLowerCase());
  return literals(table).filter(l => types.some(t => l.toLowerCase().includes(t)));
}

const near = (a: string, b: string) => { const d = editDistanceWithin(a.toLowerCase(), b.toLowerCase(), 2); return d > 0 && d <= 2; };

/**
 * Whether an unmatched path is one this table should know. The table covers connector groups and external
 * groups, not all of Graph: `/me` or `/external/connections/{id}/schema` are real paths it has no routes for,
 * so they are left alone. A path is ours when it names one of our resources (even misspelt), or when it
 * follows our routes and then misspells the next segment.
 */
export function isOurPath(table: RouteTable, segments: string[]): boolean {
  const words = domainWords(table);
  const known = new Set(literals(table).map(l => l.toLowerCase()));
  // `connections` is one edit pair from `connectors` but is a word of its own: only unknown words can be typos.
  if (segments.some(s => words.some(w => w.toLowerCase() === s.toLowerCase() || !known.has(s.toLowerCase()) && near(s, w)))) return true;
  let candidates = table.routes.map(r => r.template.split('/').filter(Boolean));
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    const fitting = candidates.filter(t => t[i] !== undefined && (isParam(t[i]) ? !seg.startsWith('$') : t[i].toLowerCase() === seg.toLowerCase()));
    if (!fitting.length) return candidates.some(t => t[i] !== undefined && !isParam(t[i]) && near(seg, t[i]));
    candidates = fitting;
  }
  return false;
}
