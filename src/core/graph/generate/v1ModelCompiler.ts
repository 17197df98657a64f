/**
 * v1.0-Prod.csdl (whole) + permissions.json -> the compact v1.0 model (schemas/v1.0/graph.jsonl), read at run time by
 * src/core/graph/v1Model.ts and v1Routes.ts. Keeps what routes and request bodies need and nothing else (no
 * descriptions): roots, per type its base, Abstract/OpenType/HasStream, structural properties (type, Nullable,
 * Core.V1.Computed), navigation (type, ContainsTarget), bound operations with their parameters
 * (Core.V1.OptionalParameter), enums, Capabilities.V1 Insert/Update/Delete restrictions, Core.V1.Revisions
 * deprecations (with the metadata's description and dates), and the least-privileged
 * permissions of every permission-map path that resolves in v1.0.
 */
import type { CsdlDocument } from './csdl';
import { normalizeTerm } from './terms';
import { DOCS_MEDIA_TYPES } from './curated';
import { indexPermissions, permissionsFor } from './permissions';
import type { HttpMethod } from '../types';
import { COMPUTED, NULLABLE, OPTIONAL, V1_MAX_SEGMENTS, type V1Model, type V1ModelType } from '../v1Model';
import { permissionPathKey, resolveV1Path } from '../v1Routes';

export const V1_MODEL_FILE = 'v1.0/graph.jsonl';
export const V1_PERMISSIONS_FILE = 'v1.0/permissions.json.br';
export const BETA_NAMES_FILE = 'beta/names.jsonl';

/**
 * What beta has beyond v1.0, as far as ../shared/graph/metadata knows beta: the beta-Prod excerpts, then beta-USNat
 * (a US-national-cloud subset of beta, about 29 % of its entity types) for every type the excerpts lack. Only
 * what a path walk reads: roots, per type its base, properties, navigation and bound operations (no flags, no
 * enums, no restrictions, no permissions), in the same file layout as v1.0's model, so the same walker tells
 * "this path exists in beta" for a v1.0 path v1.0 lacks.
 */
export function buildBetaNames(docs: CsdlDocument[], generatedFrom: string): V1Model {
  const types: Record<string, V1ModelType> = {};
  const operations: V1Model['operations'] = {};
  const roots: V1Model['roots'] = {};
  const seenOps = new Set<string>();
  for (const doc of docs) {
    for (const t of doc.types.values()) {
      if (types[t.fullName]) continue;                      // the first file that defines a type wins (the excerpts are beta-Prod)
      const mt: V1ModelType = { k: t.kind === 'entity' ? 'e' : 'c' };
      if (t.baseType) mt.b = t.baseType;
      if (t.hasStream) mt.s = 1;
      if (t.properties.length) mt.p = t.properties.map(p => [p.name, p.type, 0]);
      if (t.navigation.length) mt.n = t.navigation.map(n => [n.name, n.type, n.containsTarget ? 1 : 0]);
      types[t.fullName] = mt;
    }
    for (const o of doc.operations) {
      const key = `${o.bindingType}:${o.bindingIsCollection ? 1 : 0}:${o.name}`;
      if (!o.bindingType || seenOps.has(key)) continue;
      seenOps.add(key);
      (operations[o.bindingType] ??= []).push([o.name, o.kind === 'action' ? 'a' : 'f', o.bindingIsCollection ? 1 : 0, [], ...(o.returnType ? [o.returnType] : [])] as never);
    }
    for (const [name, type] of doc.entitySets) roots[name] ??= [type, 1];
    for (const [name, type] of doc.singletons) roots[name] ??= [type, 0];
  }
  const sorted = <T>(r: Record<string, T>) => Object.fromEntries(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)));
  for (const [name, t] of Object.entries(sorted(types))) if (t.b && types[t.b]) (types[t.b].d ??= []).push(name);
  return { version: 'beta', generatedFrom, maxSegments: V1_MAX_SEGMENTS, roots: sorted(roots), types: sorted(types), enums: {}, operations: sorted(operations), restrictions: {} };
}

export function buildV1Model(doc: CsdlDocument, permissionsJson: unknown, generatedFrom: string): V1Model {
  const computed = (target: string, terms: Set<string>) => terms.has('Core.V1.Computed') || !!doc.annotations.get(target)?.has(normalizeTerm('Core.V1.Computed'));
  const types: Record<string, V1ModelType> = {};
  for (const t of [...doc.types.values()].sort((a, b) => a.fullName.localeCompare(b.fullName))) {
    const mt: V1ModelType = { k: t.kind === 'entity' ? 'e' : 'c' };
    if (t.baseType) mt.b = t.baseType;
    if (t.abstract) mt.a = 1;
    if (t.openType) mt.o = 1;
    if (t.hasStream) mt.s = 1; else if (DOCS_MEDIA_TYPES.includes(t.fullName)) mt.s = 2;
    if (t.properties.length) mt.p = t.properties.map(p => [p.name, p.type, (p.nullable ? NULLABLE : 0) | (computed(`${t.fullName}/${p.name}`, p.terms) ? COMPUTED : 0)]);
    if (t.navigation.length) mt.n = t.navigation.map(n => [n.name, n.type, n.containsTarget ? 1 : 0]);
    types[t.fullName] = mt;
  }
  // Direct derived types, so a type's subtypes are found from its own record (the file is read per type).
  for (const [name, t] of Object.entries(types)) if (t.b && types[t.b]) (types[t.b].d ??= []).push(name);
  const enums: V1Model['enums'] = {};
  for (const e of [...doc.enums.values()].sort((a, b) => a.fullName.localeCompare(b.fullName))) enums[e.fullName] = [e.isFlags ? 1 : 0, e.members.map(m => m.name)];
  const operations: V1Model['operations'] = {};
  for (const o of doc.operations) {
    if (!o.bindingType) continue;
    (operations[o.bindingType] ??= []).push([o.name, o.kind === 'action' ? 'a' : 'f', o.bindingIsCollection ? 1 : 0,
      o.parameters.map(p => [p.name, p.type, (p.nullable ? NULLABLE : 0) | (p.optional ? OPTIONAL : 0)]), ...(o.returnType ? [o.returnType] : [])] as never);
  }
  const roots: V1Model['roots'] = {};
  for (const [name, type] of [...doc.entitySets].sort()) roots[name] = [type, 1];
  for (const [name, type] of [...doc.singletons].sort()) roots[name] = [type, 0];
  const restrictions: Record<string, string> = {};
  for (const [target, kinds] of [...doc.restrictions].sort(([a], [b]) => a.localeCompare(b))) {
    const slash = target.indexOf('/');
    if (slash < 0) continue;                                 // a type as the target: not a path, not read
    const owner = target.slice(0, slash);
    const key = doc.types.has(owner) ? target : `/${target.slice(slash + 1)}`;   // else the EntityContainer
    restrictions[key] = ['insert', 'update', 'delete'].filter(k => kinds.has(k as never)).map(k => k[0]).join('');
  }
  const deprecated = Object.fromEntries([...doc.deprecations].sort(([a], [b]) => a.localeCompare(b)));
  const model: V1Model = { version: 'v1.0', generatedFrom, maxSegments: V1_MAX_SEGMENTS, roots, types, enums, operations, restrictions, deprecated, permissions: {} };
  model.permissions = v1Permissions(model, permissionsJson);
  return model;
}

/**
 * The model as JSON lines, read per type at run time (v1Model.ts). Line 1: the roots, the restrictions and the
 * names of every type and enum (without the `microsoft.graph.` every one starts with), sorted, comma-separated.
 * Line 2: where each following line starts (base64 of little-endian uint32 byte offsets from line 3's start, one per
 * line and one past the end), so no line is scanned for. Then three sections of one line per name, in that order: the type (an object) or the enum (`[isFlags, members]`);
 * its direct derived types; its bound operations; `0` where there is none. Reading one type is one JSON.parse
 * of its line, so a first validation parses only the types it touches (the .vsix zips the file; as text, a
 * review of schemas/ also shows what changed).
 */
export const V1_SECTIONS = ['t', 'd', 'o'] as const;
export const V1_NAMESPACE = 'microsoft.graph.';

export function serializeV1Model(model: V1Model): string {
  const names = [...new Set([...Object.keys(model.types), ...Object.keys(model.enums)])].sort();
  if (names.some(n => n.includes(',') || !n.startsWith(V1_NAMESPACE))) throw new Error('a type name with a comma or outside microsoft.graph');
  const { types, enums, operations, permissions, ...header } = model;
  void permissions;
  const line = (v: unknown) => v === undefined ? '0' : JSON.stringify(v);
  const records: string[] = [];
  for (const n of names) { const t = types[n]; records.push(line(t ? { ...t, d: undefined } : enums[n])); }
  for (const n of names) records.push(line(types[n]?.d));
  for (const n of names) records.push(line(operations[n]));
  const offsets = Buffer.alloc(4 * (records.length + 1));
  let at = 0;
  records.forEach((r, i) => { offsets.writeUInt32LE(at, 4 * i); at += Buffer.byteLength(r) + 1; });
  offsets.writeUInt32LE(at, 4 * records.length);
  return [JSON.stringify({ ...header, names: names.map(n => n.slice(V1_NAMESPACE.length)).join(',') }), offsets.toString('base64'), ...records].join('\n') + '\n';
}

/** permissions.json paths with the methods it lists, as written (lower-cased, `{id}` keys). */
export function permissionPaths(permissionsJson: any): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const def of Object.values<any>(permissionsJson?.permissions ?? {})) {
    for (const set of def.pathSets ?? []) {
      for (const path of Object.keys(set.paths ?? {})) {
        const methods = out.get(path) ?? new Set<string>();
        for (const m of set.methods ?? []) methods.add(m);
        out.set(path, methods);
      }
    }
  }
  return out;
}

/** The permission-map form (`{id}` keys) as a path the resolver reads: `{id}` is any key. */
export const permissionPathAsPath = (path: string) => path.replace(/\{[^}]*\}/g, '{id}').replace(/=\{[^}]*\}/g, "='x'");

function v1Permissions(model: V1Model, permissionsJson: unknown): Record<string, string[]> {
  const index = indexPermissions(permissionsJson);
  const out: Record<string, string[]> = {};
  for (const [path, methods] of [...permissionPaths(permissionsJson)].sort(([a], [b]) => a.localeCompare(b))) {
    const r = resolveV1Path(permissionPathAsPath(path), { model });
    if (r.kind !== 'route') continue;
    for (const method of [...methods].sort()) {
      // An entity or link write (a route with a resource type), not an action's or function's POST.
      const p = permissionsFor(index, path, method as HttpMethod, method !== 'GET' && !!r.route.resourceType);
      if (!p.all.length) continue;
      const key = `${method} ${permissionPathKey(path.split('/').filter(Boolean))}`;
      // The least and, when a write one is asked for with it, `least&also` (v1Routes.ts permissionsOf reads it).
      const least = (l: string | undefined, also: string | undefined) => (l ?? '') + (also ? `&${also}` : '');
      if (!out[key]) out[key] = [least(p.delegated, p.delegatedAlso), least(p.application, p.applicationAlso), ...p.all];
    }
  }
  return out;
}
