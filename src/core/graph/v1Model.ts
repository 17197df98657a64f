/**
 * The whole of Graph v1.0 (../shared/graph/metadata/v1.0-Prod.csdl) as a compact type graph:
 * schemas/v1.0/graph.json.br, compiled by scripts/gen-schemas.mjs (src/core/graph/generate/v1Model.ts).
 *
 * The routes of v1.0 are not listed one by one: with contained navigation, casts and bound operations they
 * number in the millions. The file holds the EntityContainer's roots and, per type, its navigation properties,
 * structural properties and bound operations, i.e. the route trie with its shared subtrees folded; every path
 * is walked through it on demand (`resolveV1Path`). Nothing of it is read at activation: `loadV1Model()` reads
 * and decompresses the file on the first v1.0 URL the curated table (routes.json) does not know.
 */
import { brotliDecompressSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Property / parameter flags. */
export const NULLABLE = 1, COMPUTED = 2, OPTIONAL = 4;

export interface V1ModelType {
  /** 'e' entity, 'c' complex. */
  k: 'e' | 'c';
  b?: string;
  a?: 1;
  o?: 1;
  /** HasStream: a media entity. */
  s?: 1;
  /** [name, type, flags] */
  p?: [string, string, number][];
  /** [name, type, contained 0|1] */
  n?: [string, string, number][];
}
/** [name, 'a' action | 'f' function, bound to a collection 0|1, parameters [name, type, flags], return type] */
export type V1ModelOperation = [string, 'a' | 'f', number, [string, string, number][], string?];

export interface V1Model {
  version: 'v1.0';
  generatedFrom: string;
  /** Paths longer than this (segments after the version) are not checked: neither flagged nor matched. */
  maxSegments: number;
  roots: Record<string, [string, number]>;
  types: Record<string, V1ModelType>;
  enums: Record<string, [number, string[]]>;
  /** Bound operations by binding type. */
  operations: Record<string, V1ModelOperation[]>;
  /** `<type>/<navigation>` or `/<root>` -> the letters of what the metadata forbids: i(nsert) u(pdate) d(elete). */
  restrictions: Record<string, string>;
  /**
   * permission key (`GET /users/{id}`) -> [least delegated, least application, ...every permission]. In its own
   * file (schemas/v1.0/permissions.json.br), read on first use; set here by the generator and tests.
   */
  permissions?: Record<string, string[]>;
}

/** Segments after the version beyond which a path is not checked (the metadata's navigation cycles are endless). */
export const V1_MAX_SEGMENTS = 16;

let model: V1Model | undefined;
let modelPath: string | undefined;

/** Where the compressed model is: schemas/v1.0/ next to (or above) the running bundle. */
function findModelFile(name = 'graph.json.br'): string {
  if (!modelPath) {
    for (let dir = __dirname, i = 0; i < 8 && !modelPath; i++, dir = dirname(dir)) {
      const p = join(dir, 'schemas', 'v1.0', 'graph.json.br');
      if (existsSync(p)) modelPath = p;
    }
  }
  if (!modelPath) throw new Error('schemas/v1.0/graph.json.br not found');
  return join(dirname(modelPath), name);
}

export function decodeV1Model(bytes: Uint8Array): V1Model {
  return JSON.parse(brotliDecompressSync(bytes).toString('utf8')) as V1Model;
}

/** The permission table of the model (its own file, read on first use). */
export function v1Permissions(m: V1Model): Record<string, string[]> {
  if (!m.permissions) {
    try { m.permissions = decodeV1Model(readFileSync(findModelFile('permissions.json.br'))) as unknown as Record<string, string[]>; } catch { m.permissions = {}; }
  }
  return m.permissions;
}

/** The v1.0 model, read on first use. Undefined when the file cannot be read (then nothing v1.0-wide is checked). */
export function loadV1Model(): V1Model | undefined {
  if (model) return model;
  try { model = decodeV1Model(readFileSync(findModelFile())); } catch { return undefined; }
  indexes = undefined;
  return model;
}

/** Whether the model has been read (the activation benchmark checks it stays false). */
export function v1ModelLoaded(): boolean { return !!model; }

/** For the generator and tests: use this model instead of the file. */
export function setV1Model(m: V1Model | undefined): void { model = m; indexes = undefined; }

interface Indexes { derived: Map<string, string[]>; chains: Map<string, string[]> }
let indexes: Indexes | undefined;
function idx(m: V1Model): Indexes {
  if (indexes) return indexes;
  const derived = new Map<string, string[]>();
  for (const [name, t] of Object.entries(m.types)) {
    for (let base = t.b, n = 0; base && n < 32; base = m.types[base]?.b, n++) {
      let list = derived.get(base);
      if (!list) derived.set(base, list = []);
      list.push(name);
    }
  }
  for (const list of derived.values()) list.sort();
  indexes = { derived, chains: new Map() };
  return indexes;
}

/** The type and its bases, the type itself first. */
export function typeChain(m: V1Model, type: string): string[] {
  const ix = idx(m);
  let chain = ix.chains.get(type);
  if (!chain) {
    chain = [];
    for (let t: string | undefined = type; t && m.types[t] && chain.length < 32; t = m.types[t].b) chain.push(t);
    ix.chains.set(type, chain);
  }
  return chain;
}

/** Every type deriving from `type`, directly or not (abstract ones included), sorted. */
export function derivedTypes(m: V1Model, type: string): string[] {
  return idx(m).derived.get(type) ?? [];
}

export const unwrap = (type: string): { type: string; isCollection: boolean } => {
  const c = /^Collection\((.*)\)$/.exec(type);
  return c ? { type: c[1], isCollection: true } : { type, isCollection: false };
};

interface TypeLookup {
  navigation: Map<string, { nav: [string, string, number]; declaredBy: string }>;
  properties: Map<string, [string, string, number]>;
  operations: Map<string, V1ModelOperation>;
}
const lookups = new WeakMap<V1Model, Map<string, TypeLookup>>();

/** Case-insensitive name lookups over a type and its bases (nearest declaration wins), built once per type. */
function lookup(m: V1Model, type: string): TypeLookup {
  let perModel = lookups.get(m);
  if (!perModel) lookups.set(m, perModel = new Map());
  let l = perModel.get(type);
  if (!l) {
    l = { navigation: new Map(), properties: new Map(), operations: new Map() };
    for (const t of typeChain(m, type)) {
      for (const nav of m.types[t].n ?? []) if (!l.navigation.has(nav[0].toLowerCase())) l.navigation.set(nav[0].toLowerCase(), { nav, declaredBy: t });
      for (const p of m.types[t].p ?? []) if (!l.properties.has(p[0].toLowerCase())) l.properties.set(p[0].toLowerCase(), p);
      for (const o of m.operations[t] ?? []) { const k = `${o[2]}:${o[0].toLowerCase()}`; if (!l.operations.has(k)) l.operations.set(k, o); }
    }
    perModel.set(type, l);
  }
  return l;
}

export function findNavigation(m: V1Model, type: string, name: string): { nav: [string, string, number]; declaredBy: string } | undefined {
  return lookup(m, type).navigation.get(name.toLowerCase());
}

export function findProperty(m: V1Model, type: string, name: string): [string, string, number] | undefined {
  return lookup(m, type).properties.get(name.toLowerCase());
}

/** A bound operation of `type` (or a base), by name (`microsoft.graph.` prefix allowed), bound to a collection or not. */
export function findOperation(m: V1Model, type: string, name: string, collection: boolean): V1ModelOperation | undefined {
  return lookup(m, type).operations.get(`${collection ? 1 : 0}:${name.replace(/^microsoft\.graph\./i, '').toLowerCase()}`);
}

const rootNames = new WeakMap<V1Model, Map<string, string>>();
/** The root (entity set or singleton) named `name`, case-insensitively. */
export function findRoot(m: V1Model, name: string): string | undefined {
  let map = rootNames.get(m);
  if (!map) rootNames.set(m, map = new Map(Object.keys(m.roots).map(r => [r.toLowerCase(), r])));
  return map.get(name.toLowerCase());
}
