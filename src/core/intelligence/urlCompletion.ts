import type { RouteTable } from '../graph/types';
import { graphOrigins, normalizeVersion } from '../graph/routes';
import type { GraphCompletion } from './completionTypes';
import { resolveV1Path } from '../graph/v1Routes';
import { nextV1Segments, v1SelectNames } from '../graph/v1Completion';
import { getEntitySchema } from '../graph/schemas';

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
export function urlCompletions(table: RouteTable, before: string, replace: { start: number; end: number }, cursor = replace.end): GraphCompletion[] {
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
  const query = abs[2].indexOf('?');
  if (query >= 0) return selectCompletions(table, version, abs[2].slice(parts[0].length, query), abs[2].slice(query + 1), cursor);
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
  // v1.0: every segment the whole v1.0 metadata has after the typed ones (read on first use), after the documented ones.
  if (version === 'v1.0') {
    const lower = new Set([...seen.keys()].map(k => k.toLowerCase()));
    const order = { root: 0, navigation: 1, property: 2, cast: 3, function: 4, action: 4, $count: 5, $ref: 5, $value: 5 } as const;
    for (const s of nextV1Segments(typed) ?? []) {
      if (lower.has(s.name.toLowerCase())) continue;
      lower.add(s.name.toLowerCase());
      // A deprecated segment (Core.V1.Revisions) is offered after the rest, struck through.
      seen.set(s.name, { label: s.name, kind: 'path', insertText: s.name, detail: `${s.kind === 'root' ? '' : s.kind + ': '}${s.detail}`, replaceSpan: replace, sortText: `${s.deprecated ? 9 : order[s.kind]}${s.name}`, ...(s.deprecated ? { tags: ['deprecated' as const] } : {}) });
    }
  }
  return [...seen.values()];
}

/**
 * `$select=a,b,<here>`: the properties of the addressed type (the curated entity schema, else the v1.0 metadata's),
 * replacing the name being typed. Other query options are not completed.
 */
function selectCompletions(table: RouteTable, version: string, path: string, query: string, cursor: number): GraphCompletion[] {
  const m = /(?:^|&)(?:\$|%24)select=([^&]*)$/i.exec(query);
  if (!m) return [];
  const typed = m[1].split(',');
  const partial = typed.pop()!;
  const route = table.routes.find(r => r.versions.includes(version as never) && templateMatches(r.template, path));
  let names: string[] | undefined;
  const entity = getEntitySchema(route?.resourceType);
  if (entity) names = ['id', ...Object.keys(entity.properties).filter(n => n !== 'id' && !n.startsWith('@'))];
  else if (version === 'v1.0') {
    const r = resolveV1Path(path);
    if (r.kind === 'route' && r.type) names = v1SelectNames(r.type);
  }
  const chosen = new Set(typed.map(t => t.trim().toLowerCase()));
  const replaceSpan = { start: cursor - partial.length, end: cursor };
  return (names ?? []).filter(n => !chosen.has(n.toLowerCase())).map((n, i) => ({ label: n, kind: 'property', insertText: n, replaceSpan, sortText: String(i).padStart(4, '0') }));
}

function templateMatches(template: string, path: string): boolean {
  const t = template.split('/').filter(Boolean), p = path.split('/').filter(Boolean);
  return t.length === p.length && t.every((s, i) => isParam(s) ? !p[i].startsWith('$') : s.toLowerCase() === p[i].toLowerCase());
}
