/**
 * What may follow a v1.0 path and what `$select` takes, for URL completion: read off the same walk through the v1.0
 * model that resolves paths (v1Routes.ts).
 */
import { l10n } from '../text/l10n';
import { derivedTypes, loadV1Model, typeChain, unwrap, type V1Model } from './v1Model';
import { walk, type ResolveOptions } from './v1Routes';

const shortName = (t: string) => t.slice(t.lastIndexOf('.') + 1);

export interface V1NextSegment {
  name: string;
  kind: 'root' | 'navigation' | 'property' | 'cast' | 'action' | 'function' | '$count' | '$ref' | '$value';
  /** The type it leads to, or the operation's summary. */
  detail: string;
  /** What Graph's metadata deprecates (Core.V1.Revisions): the segment itself, or the type it leads to. */
  deprecated?: true;
}

/**
 * What may follow `segments` (after the version; `[]`: the roots) in v1.0: navigation properties, structural
 * properties, casts, bound operations, `$count` / `$ref` / `$value` where the walker takes them. A key is not
 * listed (it is the user's value). Undefined when `segments` do not resolve or are not checked.
 */
export function nextV1Segments(segments: string[], options: ResolveOptions = {}): V1NextSegment[] | undefined {
  const m = options.model ?? loadV1Model();
  if (!m) return undefined;
  if (!segments.length) return Object.entries(m.roots).map(([name, [type, collection]]) => ({ name, kind: 'root', detail: collection ? `${shortName(type)}[]` : shortName(type), ...(m.deprecated?.[type] ? { deprecated: true as const } : {}) }));
  const walked = walk(m, segments);
  if (walked.kind !== 'ok') return undefined;
  const state = walked.state;
  if (state.special || state.primitive || (state.operation && state.operation[1] === 'a')) return [];
  const out: V1NextSegment[] = [];
  const typeDetail = (t: string) => { const u = unwrap(t); return u.isCollection ? `${shortName(u.type)}[]` : shortName(u.type); };
  const seen = new Set<string>();
  const add = (s: V1NextSegment) => { if (!seen.has(s.name)) { seen.add(s.name); out.push(s); } };
  if (state.isCollection) add({ name: '$count', kind: '$count', detail: l10n.t('the number of items') });
  if (state.origin === 'navigation' || (state.origin === 'key' && state.contained === false)) add({ name: '$ref', kind: '$ref', detail: l10n.t('the reference (link), not the item') });
  if (!state.isCollection && typeChain(m, state.type).some(t => m.types[t]?.s)) add({ name: '$value', kind: '$value', detail: l10n.t('the media content') });
  // Deprecated (Core.V1.Revisions) on the member, or on the type a navigation or property leads to.
  const deprecated = (t: string, member: string, leadsTo?: string) => m.deprecated && (m.deprecated[`${t}/${member}`] || (leadsTo && m.deprecated[unwrap(leadsTo).type])) ? { deprecated: true as const } : {};
  for (const t of typeChain(m, state.type)) {
    if (!state.isCollection) {
      for (const [name, nt] of m.types[t].n ?? []) add({ name, kind: 'navigation', detail: typeDetail(nt), ...deprecated(t, name, nt) });
      for (const [name, pt] of m.types[t].p ?? []) add({ name, kind: 'property', detail: typeDetail(pt), ...deprecated(t, name, pt) });
    }
    for (const o of m.operations[t] ?? []) if (!!o[2] === state.isCollection) add({ name: o[0], kind: o[1] === 'a' ? 'action' : 'function', detail: `${o[1] === 'a' ? 'action (POST)' : 'function (GET)'}${o[4] ? ` -> ${typeDetail(o[4])}` : ''}`, ...deprecated(t, `${o[0]}()`) });
  }
  // Casts: the types deriving from this one (a few for most; entity's thousands are not listed).
  const derived = derivedTypes(m, state.type);
  if (derived.length <= 200) for (const d of derived) add({ name: d, kind: 'cast', detail: l10n.t('only the {0} items', shortName(d)), ...(m.deprecated?.[d] ? { deprecated: true as const } : {}) });
  return out;
}

/**
 * The names `$select` takes on a v1.0 type: its (and its bases') structural properties, then its navigation
 * properties (OData selects those as links). Undefined when the names cannot be told: the type has derived types
 * (a directoryObject collection selects a user's `displayName`).
 */
export function v1SelectNames(type: string, model?: V1Model): string[] | undefined {
  const m = model ?? loadV1Model();
  if (!m?.types[type] || derivedTypes(m, type).length) return undefined;
  const chain = typeChain(m, type).slice().reverse();
  return [...new Set([...chain.flatMap(t => (m.types[t].p ?? []).map(p => p[0])), ...chain.flatMap(t => (m.types[t].n ?? []).map(n => n[0]))])];
}

/**
 * The navigation properties `$expand` may name on `type`: its own and its bases', and those of the types deriving from
 * it (Graph reads a derived type's names without the cast in $select: directoryObjects?$select=displayName; so a name
 * only some derived type has is not called wrong). Undefined past 200 derived types (entity's: not worth reading).
 */
export function v1ExpandNames(type: string, model?: V1Model): string[] | undefined {
  const m = model ?? loadV1Model();
  const derived = m?.types[type] ? derivedTypes(m, type) : [];
  if (!m?.types[type] || derived.length > 200) return undefined;
  const own = (t: string) => typeChain(m, t).flatMap(c => (m.types[c].n ?? []).map(n => n[0]));
  return [...new Set([...own(type), ...derived.flatMap(d => (m.types[d]?.n ?? []).map(n => n[0]))])];
}

/** Whether `name` is a complex-typed property of `type` or a base: Graph's parser takes those in $expand too ("not a navigation property or complex property"). */
export function v1IsComplexProperty(type: string, name: string, model?: V1Model): boolean {
  const m = model ?? loadV1Model();
  const lower = name.toLowerCase();
  return !!m && typeChain(m, type).some(t => (m.types[t].p ?? []).some(p => p[0].toLowerCase() === lower && !!m.types[p[1].replace(/^Collection\((.*)\)$/, '$1')]));
}

/** The type a navigation property of `type` (or of a type deriving from it) reaches, collection unwrapped. */
export function v1NavigationTarget(type: string, name: string, model?: V1Model): string | undefined {
  const m = model ?? loadV1Model();
  if (!m) return undefined;
  const lower = name.toLowerCase();
  for (const t of [type, ...derivedTypes(m, type).slice(0, 200)]) {
    for (const c of typeChain(m, t)) {
      const nav = (m.types[c].n ?? []).find(n => n[0].toLowerCase() === lower);
      if (nav) return nav[1].replace(/^Collection\((.*)\)$/, '$1');
    }
  }
  return undefined;
}
