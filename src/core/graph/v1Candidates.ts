/**
 * Real v1.0 templates near a path the metadata does not have (resolveV1Path's `candidates`): the nearest spellings of
 * the unknown segment, the path without a key before a collection's action, the path through the cast a derived
 * type's segment needs.
 */
import { editDistanceWithin } from './editDistance';
import { derivedTypes, findNavigation, findOperation, findProperty, typeChain, type V1Model } from './v1Model';
import { splitCall, walk, type State } from './v1Routes';

/** The names that can follow a value: navigation, properties, casts and bound operations (for "did you mean"). */
export function childNames(m: V1Model, state: State): string[] {
  const out = new Set<string>();
  for (const t of typeChain(m, state.type)) {
    for (const n of m.types[t].n ?? []) out.add(n[0]);
    for (const p of m.types[t].p ?? []) out.add(p[0]);
    for (const o of m.operations[t] ?? []) if (!!o[2] === state.isCollection) out.add(o[0]);
  }
  for (const d of derivedTypes(m, state.type)) out.add(d);
  return [...out];
}

/**
 * Real templates near an unknown segment: the walked prefix with each name that can follow it and is a near
 * spelling of the segment (the nearest ones only), then the rest of the path when it resolves after it.
 */
export function candidates(m: V1Model, segments: string[], at: number, prefix: string[], state: State | undefined): string[] {
  const found = [...withoutKey(m, segments, at, state), ...throughCast(m, segments, at, state)];
  const all = at === 0 || !state ? Object.keys(m.roots) : childNames(m, state);
  const wrong = splitCall(segments[at]).name.toLowerCase();
  const max = Math.max(1, Math.floor(wrong.length / 4)) + 1;
  const scored = all.map(name => ({ name, d: editDistanceWithin(wrong, name.toLowerCase(), max) })).filter(x => x.d <= max);
  const best = Math.min(...scored.map(x => x.d));
  const names = scored.filter(x => x.d === best).map(x => x.name);
  const rest = segments.slice(at + 1);
  const out: string[] = found;
  for (const name of names) {
    const attempt = walk(m, [...(at === 0 ? [] : segments.slice(0, at)), name, ...rest]);
    const template = '/' + (attempt.kind === 'ok' ? attempt.template : [...prefix, name]).join('/');
    if (!out.includes(template)) out.push(template);
  }
  return out;
}

/**
 * A collection's bound operation written after a key: worksheet-post-tables' `.../tables/{id}/add` is `.../tables/add`.
 * The path without the key, when it resolves there.
 */
function withoutKey(m: V1Model, segments: string[], at: number, state: State | undefined): string[] {
  if (at < 2 || state?.origin !== 'key') return [];
  const attempt = walk(m, [...segments.slice(0, at - 1), ...segments.slice(at)]);
  return attempt.kind === 'ok' ? ['/' + attempt.template.join('/')] : [];
}

/**
 * A segment only a derived type has, written without the cast: intune-apps-mobileappcontentfile-create's
 * `/mobileApps/{id}/contentVersions/...`; contentVersions is mobileLobApp's (and managedMobileLobApp's), so the path
 * casts to it first (`/mobileApps/{id}/microsoft.graph.mobileLobApp/contentVersions/...`): the declaring type nearest
 * to the current one (the URL check offers one fix; a more derived type that has it too is no better a guess).
 */
function throughCast(m: V1Model, segments: string[], at: number, state: State | undefined): string[] {
  if (!state || at === 0 || state.operation || state.special || state.primitive) return [];
  const name = splitCall(segments[at]).name;
  const derived = derivedTypes(m, state.type);
  if (!derived.length || derived.length > 200) return [];
  const has = (t: string) => !!(findNavigation(m, t, name) || findProperty(m, t, name) || findOperation(m, t, name, state.isCollection));
  // Nearest to the current type first (mobileLobApp, a mobileApp's child, before managedMobileLobApp, a grandchild).
  const declaring = derived.filter(d => has(d) && !(m.types[d]?.b && m.types[d].b !== state.type && derived.includes(m.types[d].b!) && has(m.types[d].b!)))
    .sort((a, b) => typeChain(m, a).length - typeChain(m, b).length);
  const out: string[] = [];
  for (const d of declaring) {
    const attempt = walk(m, [...segments.slice(0, at), d, ...segments.slice(at)]);
    if (attempt.kind === 'ok') { out.push('/' + attempt.template.join('/')); break; }
  }
  return out;
}
