import type { RouteTable } from '../graph/types';
import { graphOrigins, normalizeVersion } from '../graph/routes';
import type { GraphCompletion } from './completionTypes';

const isParam = (s: string) => s.startsWith('{') && s.endsWith('}');

/** Summary of what a route template offers, for the completion's detail. */
function routeDetail(table: RouteTable, version: string, template: string): string | undefined {
  const route = table.routes.find(r => r.template === template && r.versions.includes(version as never));
  return route?.operations.map(o => `${o.method} ${o.summary}`).join('; ');
}

/**
 * Completions while typing a URL. `before` is the URL text up to the cursor (variables substituted);
 * `replaceStart`/`replaceEnd` are the document offsets of the segment being typed.
 */
export function urlCompletions(table: RouteTable, before: string, replace: { start: number; end: number }): GraphCompletion[] {
  const origins = graphOrigins(table);
  const versions = table.versions ?? ['v1.0', 'beta'];
  if (/^[a-z]*(:\/*[^/]*)?$/i.test(before)) {
    return origins.flatMap(o => versions.map(v => ({ label: `${o}/${v}/`, kind: 'path' as const, insertText: `${o}/${v}/`, replaceSpan: replace, sortText: `${o === origins[0] ? 0 : 1}${v}` })));
  }
  const abs = /^([a-z]+:\/\/[^/]+)?\/(.*)$/i.exec(before);
  if (!abs || (abs[1] && !origins.some(o => o.toLowerCase() === abs[1].toLowerCase()))) return [];
  const parts = abs[2].split('/');
  if (parts.length === 1) return versions.map(v => ({ label: v, kind: 'path', insertText: v, replaceSpan: replace }));
  const version = normalizeVersion(parts[0], table);
  if (!version) return [];
  const typed = parts.slice(1, -1);
  const seen = new Map<string, GraphCompletion>();
  for (const route of table.routes) {
    if (!route.versions.includes(version as never)) continue;
    const tpl = route.template.split('/').filter(Boolean);
    if (tpl.length <= typed.length) continue;
    if (!typed.every((t, i) => isParam(tpl[i]) ? !t.startsWith('$') : tpl[i].toLowerCase() === t.toLowerCase())) continue;
    const next = tpl[typed.length];
    if (isParam(next) || seen.has(next)) continue;
    const template = '/' + tpl.slice(0, typed.length + 1).join('/');
    seen.set(next, { label: next, kind: 'path', insertText: next, detail: routeDetail(table, version, template), replaceSpan: replace });
  }
  return [...seen.values()];
}
