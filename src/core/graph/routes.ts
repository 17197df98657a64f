/**
 * The Graph route table and the URL questions every part of the product asks of it:
 * "is this a Graph URL", "which documented route does it address", "what did the user mean".
 * Pure and stable: the validator, the sandbox, the sender and the extension all call these.
 */
import type { EntitySetAlias, Route, RouteOperation, RouteTable } from './types';
import { l10n } from '../text/l10n';

let cached: RouteTable | undefined;

/**
 * The generated table (schemas/routes.json, bundled). Same object on every call: treat it as read-only. Required on
 * first use rather than imported: an import would build the whole table when the extension's main file loads.
 */
export function loadRouteTable(): RouteTable {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  cached ??= require('../../../schemas/routes.json') as RouteTable;
  return cached;
}

export type ParsedGraphUrl =
  | { ok: true; origin?: string; version: string; path: string; segments: string[]; query: Record<string, string> }
  /** `notGraph`: a well-formed URL for some other host (not validated); `malformed`: not a usable URL. */
  | { ok: false; reason: string; kind: 'notGraph' | 'malformed' };

/** Graph service roots of every national cloud in the facts. */
export function graphOrigins(table: RouteTable = loadRouteTable()): string[] {
  return (table.clouds ?? [{ name: 'Global', origin: 'https://graph.microsoft.com' }]).map(c => c.origin);
}

const originsByTable = new WeakMap<RouteTable, Map<string, string>>();
/** Lower-cased origin -> origin as the facts spell it, once per table (every URL is looked up here). */
function lowerCaseOrigins(table: RouteTable): Map<string, string> {
  let map = originsByTable.get(table);
  if (!map) originsByTable.set(table, map = new Map(graphOrigins(table).map(o => [o.toLowerCase(), o])));
  return map;
}

function parseQuery(query: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of query.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const [k, v] = eq < 0 ? [pair, ''] : [pair.slice(0, eq), pair.slice(eq + 1)];
    out[safeDecode(k)] = safeDecode(v.replace(/\+/g, ' '));
  }
  return out;
}

function safeDecode(s: string): string {
  try { return decodeURIComponent(s); } catch { return s; }
}

/**
 * Splits `https://graph.microsoft.com/beta/a/b?$select=x` (any national cloud) or path-only `/beta/a/b`
 * into version, path (`/a/b`), segments and query. Never throws.
 */
export function parseGraphUrl(url: string, table: RouteTable = loadRouteTable()): ParsedGraphUrl {
  const trimmed = url.trim();
  if (!trimmed) return { ok: false, reason: l10n.t('The URL is empty.'), kind: 'malformed' };
  let origin: string | undefined;
  let rest = trimmed;
  const abs = /^([a-z][a-z0-9+.-]*:\/\/[^/?#\s]*)(.*)$/i.exec(trimmed);
  if (abs) {
    const known = lowerCaseOrigins(table).get(abs[1].toLowerCase());
    if (!known) {
      if (/^https?:\/\/[^/?#\s]+$/i.test(abs[1])) return { ok: false, reason: l10n.t('{0} is not a Microsoft Graph host.', abs[1]), kind: 'notGraph' };
      return { ok: false, reason: l10n.t("'{0}' is not a valid URL origin.", abs[1]), kind: 'malformed' };
    }
    origin = known;
    rest = abs[2];
  } else if (!trimmed.startsWith('/')) {
    return { ok: false, reason: l10n.t("'{0}' is neither an absolute URL nor a path starting with '/'.", trimmed), kind: 'malformed' };
  }
  if (/\s/.test(rest)) {
    // The docs' templates write alternatives in braces with spaces (todotask-update.md's `/users/{id | userPrincipalName}/...`).
    const placeholder = /\{[^{}/]*\s[^{}/]*\}/.exec(rest)?.[0];
    if (placeholder) return { ok: false, reason: l10n.t("'{0}' is a documentation placeholder: put the value it stands for here (the URL cannot hold its spaces).", placeholder), kind: 'malformed' };
    return { ok: false, reason: l10n.t('The URL contains spaces: the text after them is not part of any Graph path.'), kind: 'malformed' };
  }
  const hash = rest.indexOf('#');
  if (hash >= 0) rest = rest.slice(0, hash);
  const q = rest.indexOf('?');
  const pathPart = q >= 0 ? rest.slice(0, q) : rest;
  const query = q >= 0 ? parseQuery(rest.slice(q + 1)) : {};
  const all = pathPart.split('/').filter(Boolean);
  if (all.length === 0) return { ok: false, reason: l10n.t('The URL has no API version (v1.0 or beta).'), kind: 'malformed' };
  const version = all[0], segments = all.slice(1); // not `[version, ...segments] =`: that runs the iterator protocol per URL
  const result: ParsedGraphUrl = { ok: true, version, path: '/' + segments.join('/'), segments, query };
  if (origin) result.origin = origin;
  return result;
}

/** Canonical spelling of a version segment (`Beta` -> `beta`), or undefined when the table has no such version. */
export function normalizeVersion(version: string, table: RouteTable = loadRouteTable()): string | undefined {
  return (table.versions ?? ['v1.0', 'beta']).find(v => v.toLowerCase() === version.toLowerCase());
}

export interface RouteMatch {
  route: Route;
  /** The route's operation for the method asked about, when there is one. */
  operation?: RouteOperation;
  /** Template parameter name -> segment as written, e.g. { id: '{{groupId}}' }. */
  params: Record<string, string>;
  /** Set when the path used an entity-set alias such as `/connections` for `/external/connections`. */
  alias?: EntitySetAlias;
}

const isParam = (templateSegment: string) => templateSegment.startsWith('{') && templateSegment.endsWith('}');
/** `{{var}}` whose value is unknown: could be any key, never a literal we can check. */
const isOpaque = (segment: string) => segment.includes('{{');

function segmentsOf(path: string): string[] {
  return path.split('?')[0].split('/').filter(Boolean);
}

/** `lower`: the template's segments lower-cased, parameters as undefined (Graph matches segments case-insensitively). */
const CALL = /^[A-Za-z_][\w.]*\([^()]*\)$/;
function fitsSegments(lower: (string | undefined)[], actual: string[], actualLower: string[]): boolean {
  for (let i = 0; i < lower.length; i++) {
    const l = lower[i];
    // $ref / $count are literals, never keys; nor is a function call (`/users/delta()`, `/applications/delta(token='x')`:
    // an id Graph hands out is never a name with parentheses), which the whole metadata's walk then reads.
    if (l === undefined ? actual[i].startsWith('$') || CALL.test(actual[i]) : l !== actualLower[i]) return false;
  }
  return true;
}

function paramsOf(template: string[], lower: (string | undefined)[], actual: string[]): Record<string, string> {
  const params: Record<string, string> = {};
  for (let i = 0; i < template.length; i++) if (lower[i] === undefined) params[template[i].slice(1, -1)] = actual[i];
  return params;
}

/** The path rewritten through an entity-set alias (`/connections/x` -> `/external/connections/x`), if one applies. */
export function resolveAlias(table: RouteTable, path: string): { path: string; alias: EntitySetAlias } | undefined {
  const lower = path.toLowerCase();
  for (const alias of table.aliases ?? []) {
    const a = alias.alias.toLowerCase();
    if (lower === a || lower.startsWith(a + '/')) return { path: alias.canonical + path.slice(alias.alias.length), alias };
  }
  return undefined;
}

/**
 * The documented route a path (after the version) addresses in a version, and the operation for `method`.
 * `{param}` template segments match any segment except `$ref`/`$count`; a `{{var}}` segment only matches a
 * parameter. When several routes match, the one with more literal segments wins.
 */
export function matchRoute(table: RouteTable, version: string, path: string, method?: string, segments?: string[]): RouteMatch | undefined {
  const v = normalizeVersion(version, table);
  if (!v) return undefined;
  // `segments`: the path's, when the caller has them split already (parseGraphUrl's).
  const actual = segments ?? segmentsOf(path);
  const direct = matchIn(table, v, actual, method);
  if (direct) return direct;
  // OData's key in parentheses addresses what the key as a segment does: `connectorGroups('3e6f...')` is
  // `connectorGroups/3e6f...` (ipapplicationsegment-update writes `applicationSegments('bcfc...')`). One unnamed key
  // only: an alternate key (`applications(appId='...')`) names another property than the template's {id}.
  if (actual.some(isParenthesizedKey)) {
    const split = matchIn(table, v, actual.flatMap(seg => isParenthesizedKey(seg) ? splitKey(seg) : [seg]), method);
    if (split) return split;
  }
  const aliased = resolveAlias(table, path);
  if (!aliased) return undefined;
  const m = matchIn(table, v, segmentsOf(aliased.path), method);
  return m && { ...m, alias: aliased.alias };
}

const PARENTHESIZED_KEY = /^([^()/]+)\((?:'([^']*)'|([^'(),=]+))\)$/;
const isParenthesizedKey = (segment: string) => PARENTHESIZED_KEY.test(segment);
function splitKey(segment: string): string[] {
  const m = PARENTHESIZED_KEY.exec(segment)!;
  return [m[1], m[2] ?? m[3]];
}

interface CompiledRoute { route: Route; template: string[]; lower: (string | undefined)[]; literals: number }
/**
 * Template segments split and lower-cased once per table, and filed by version and segment count: matching runs
 * for every request on every keystroke, and only the routes of that version and length can match.
 */
const compiledTables = new WeakMap<RouteTable, Map<string, CompiledRoute[]>>();

function compiled(table: RouteTable, version: string, length: number): CompiledRoute[] {
  let byShape = compiledTables.get(table);
  if (!byShape) {
    byShape = new Map();
    for (const route of table.routes) {
      const template = segmentsOf(route.template);
      const entry = { route, template, lower: template.map(t => isParam(t) ? undefined : t.toLowerCase()), literals: template.filter(t => !isParam(t)).length };
      for (const v of route.versions) {
        const key = `${v}/${template.length}`;
        const list = byShape.get(key);
        if (list) list.push(entry); else byShape.set(key, [entry]);
      }
    }
    // Most literal segments first (a stable sort: among equals, table order), so the first route that fits is the one
    // that wins.
    for (const list of byShape.values()) list.sort((a, b) => b.literals - a.literals);
    compiledTables.set(table, byShape);
  }
  return byShape.get(`${version}/${length}`) ?? [];
}

function matchIn(table: RouteTable, version: string, actual: string[], method?: string): RouteMatch | undefined {
  const anyOpaque = actual.some(isOpaque);
  const actualLower = actual.map(a => a.toLowerCase());
  for (const { route, template, lower } of compiled(table, version, actual.length)) {
    if (anyOpaque && actual.some((a, i) => isOpaque(a) && lower[i] !== undefined)) continue;
    if (!fitsSegments(lower, actual, actualLower)) continue;
    const match: RouteMatch = { route, params: paramsOf(template, lower, actual) };
    const op = method ? route.operations.find(o => o.method === method.toUpperCase()) : undefined;
    if (op) match.operation = op;
    return match;
  }
  return undefined;
}

export { suggestRoutes, segmentEditDistance } from './editDistance';
