/**
 * The whole of Graph v1.0 (../shared/graph/metadata/v1.0-Prod.csdl) as a compact type graph:
 * schemas/v1.0/graph.jsonl, compiled by scripts/gen-schemas.mjs (src/core/graph/generate/v1Model.ts).
 *
 * The routes of v1.0 are not listed one by one: with contained navigation, casts and bound operations they
 * number in the millions. The file holds the EntityContainer's roots and, per type, its navigation properties,
 * structural properties and bound operations, i.e. the route trie with its shared subtrees folded; every path
 * is walked through it on demand (`resolveV1Path`). Nothing of it is read at activation: `loadV1Model()` reads
 * the file on the first v1.0 URL the curated table (routes.json) does not know, parses its first line (roots,
 * restrictions, names) and each type's line only when that type is first asked for (one JSON line per type).
 */
import type * as zlib from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Deprecation } from './deprecation';

/** Property / parameter flags. */
export const NULLABLE = 1, COMPUTED = 2, OPTIONAL = 4;

export interface V1ModelType {
  /** 'e' entity, 'c' complex. */
  k: 'e' | 'c';
  b?: string;
  a?: 1;
  o?: 1;
  /** 1: HasStream, a media entity; 2: its content is read at `/$value` per the docs only (GET; curated.ts DOCS_MEDIA_TYPES). */
  s?: 1 | 2;
  /** [name, type, flags] */
  p?: [string, string, number][];
  /** [name, type, contained 0|1] */
  n?: [string, string, number][];
  /** Types whose BaseType is this one (direct only). */
  d?: string[];
}
/** [name, 'a' action | 'f' function, bound to a collection 0|1, parameters [name, type, flags], return type] */
export type V1ModelOperation = [string, 'a' | 'f', number, [string, string, number][], string?];

export interface V1Model {
  /** 'beta': the beta names model (schemas/beta/names.jsonl), for telling a beta-only path under /v1.0/. */
  version: 'v1.0' | 'beta';
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
  /**
   * What the metadata deprecates (Core.V1.Revisions Kind Deprecated), by csdl.ts deprecationKey: a type or enum, a
   * `type/member`, a bound operation `binding type/name()`. In the first line: some fifty entries in v1.0.
   */
  deprecated?: Record<string, Deprecation>;
}

/** Segments after the version beyond which a path is not checked (the metadata's navigation cycles are endless). */
export const V1_MAX_SEGMENTS = 16;

/**
 * The loaded models, on globalThis as the parse cache is: the extension's parts are bundles of their own, each with a
 * copy of this module (the validator's intelligence.js, the CodeLenses' and sign-in scopes' features.js; the CLI's
 * cli.js and intelligence.js), and without this each copy would read and hold the 1.7 MB model once more.
 */
const STATE = Symbol.for('graphConnectorGroups.v1Models');
const shared = ((globalThis as { [STATE]?: { model?: V1Model; betaNames?: V1Model | null; lazy: WeakMap<V1Model, LazyParts> } })[STATE] ??= { lazy: new WeakMap() });
let modelPath: string | undefined;

/** Where the model is: schemas/v1.0/ next to (or above) the running bundle. */
function findModelFile(name = 'graph.jsonl'): string {
  if (!modelPath) {
    for (let dir = __dirname, i = 0; i < 8 && !modelPath; i++, dir = dirname(dir)) {
      const p = join(dir, 'schemas', 'v1.0', 'graph.jsonl');
      if (existsSync(p)) modelPath = p;
    }
  }
  if (!modelPath) throw new Error('schemas/v1.0/graph.jsonl not found');
  return join(dirname(modelPath), name);
}

export function decodeV1Model(bytes: Uint8Array): V1Model {
  // node:zlib is required here, on the first decode, not when the CLI or the features part loads this module.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, synchronously
  const { brotliDecompressSync } = require('node:zlib') as typeof zlib;
  return JSON.parse(brotliDecompressSync(bytes).toString('utf8')) as V1Model;
}

interface LazyParts { names: () => string[]; derived: (name: string) => string[] | undefined }
const NAMESPACE = 'microsoft.graph.';

/** Little-endian 32-bit numbers as an array (a typed array's reads, not Buffer.readUInt32LE's, on the lookup path). */
function uint32LE(b: Buffer): Uint32Array | number[] {
  if (new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1) return Array.from({ length: b.length >> 2 }, (_, i) => b.readUInt32LE(4 * i));
  return new Uint32Array(b.buffer.slice(b.byteOffset, b.byteOffset + (b.length & ~3)));
}

/**
 * The model over the text of graph.jsonl (serializeV1Model in generate/v1Model.ts): the first line is parsed now,
 * a name's line in a section the first time `types[name]` / `enums[name]`, its derived types or `operations[name]`
 * are read. Enumerating (`Object.keys(m.types)`) parses every line: only tests and the generator do that.
 */
export function lazyV1Model(bytes: Buffer): V1Model {
  const end = bytes.indexOf(10);
  const { names: joined, ...header } = JSON.parse(bytes.toString('utf8', 0, end)) as Omit<V1Model, 'types' | 'enums' | 'operations'> & { names: string };
  const short = joined.split(',');
  const count = short.length;
  const end2 = bytes.indexOf(10, end + 1);
  const offsets = uint32LE(Buffer.from(bytes.toString('latin1', end + 1, end2), 'base64'));
  const body = end2 + 1;
  // Names are sorted: a binary search, remembered per name asked for (no map of every name at load).
  const found = new Map<string, number>();
  const indexOf = (name: string): number | undefined => {
    let i = found.get(name);
    if (i !== undefined) return i < 0 ? undefined : i;
    i = -1;
    if (name.startsWith(NAMESPACE)) {
      const key = name.slice(NAMESPACE.length);
      for (let lo = 0, hi = count - 1; lo <= hi;) {
        const mid = (lo + hi) >> 1;
        if (short[mid] === key) { i = mid; break; }
        if (short[mid] < key) lo = mid + 1; else hi = mid - 1;
      }
    }
    found.set(name, i);
    return i < 0 ? undefined : i;
  };
  const parsed: unknown[] = new Array(3 * count);
  const line = (section: number, name: string | symbol): any => {
    const i = typeof name === 'string' ? indexOf(name) : undefined;
    if (i === undefined) return undefined;
    const at = section * count + i;
    if (parsed[at] === undefined) {
      const text = bytes.toString('utf8', body + offsets[at], body + offsets[at + 1] - 1);
      parsed[at] = text === '0' ? null : JSON.parse(text);
    }
    return parsed[at] ?? undefined;
  };
  const view = (section: number, pick: (v: any) => boolean) => new Proxy({} as Record<string, any>, {
    get: (_, k) => { const v = line(section, k); return v !== undefined && pick(v) ? v : undefined; },
    has: (_, k) => { const v = line(section, k); return v !== undefined && pick(v); },
    ownKeys: () => short.map(n => NAMESPACE + n).filter(n => { const v = line(section, n); return v !== undefined && pick(v); }),
    getOwnPropertyDescriptor: (_, k) => { const v = line(section, k); return v !== undefined && pick(v) ? { value: v, enumerable: true, configurable: true, writable: false } : undefined; },
  });
  const m = { ...header, types: view(0, v => !Array.isArray(v)), enums: view(0, v => Array.isArray(v)), operations: view(2, () => true) } as V1Model;
  LAZY.set(m, { names: () => short.map(n => NAMESPACE + n), derived: name => line(1, name) });
  return m;
}
/** A model's lazily parsed lines, for whichever copy of this module reads the model (see `shared`). */
const LAZY = shared.lazy;

/** The permission table of the model (its own file, read on first use). */
export function v1Permissions(m: V1Model): Record<string, string[]> {
  if (!m.permissions) {
    try { m.permissions = decodeV1Model(readFileSync(findModelFile('permissions.json.br'))) as unknown as Record<string, string[]>; } catch { m.permissions = {}; }
  }
  return m.permissions;
}

/** The v1.0 model, read on first use. Undefined when the file cannot be read (then nothing v1.0-wide is checked). */
export function loadV1Model(): V1Model | undefined {
  if (shared.model) return shared.model;
  try { shared.model = lazyV1Model(readFileSync(findModelFile())); } catch { return undefined; }
  return shared.model;
}

/** Whether the model has been read (the activation benchmark checks it stays false). */
export function v1ModelLoaded(): boolean { return !!shared.model; }

/** For the generator and tests: use this model instead of the file. */
export function setV1Model(m: V1Model | undefined): void { shared.model = m; }

/**
 * Beta's names (schemas/beta/names.jsonl: the beta-Prod excerpts, then beta-USNat), read the first time a v1.0
 * path is unknown to v1.0. Null when the file cannot be read. No permissions: its routes only say "exists in beta".
 */
export function loadBetaNames(): V1Model | undefined {
  if (shared.betaNames === undefined) {
    try {
      const names = lazyV1Model(readFileSync(join(dirname(findModelFile()), '..', 'beta', 'names.jsonl')));
      names.permissions = {};
      shared.betaNames = names;
    } catch { shared.betaNames = null; }
  }
  return shared.betaNames ?? undefined;
}

/**
 * Whether beta's `type` (or a base) declares `name`, a property or navigation property v1.0's does not: read from
 * schemas/beta/names.jsonl only when asked (an undeclared property of a v1.0 body).
 */
export function betaDeclares(type: string, name: string): boolean {
  const beta = loadBetaNames();
  return !!beta && typeChain(beta, type).some(t => (beta.types[t].p ?? []).some(p => p[0] === name) || (beta.types[t].n ?? []).some(n => n[0] === name));
}

/** Whether a body schema is one built from the v1.0 model (getV1BodySchema), whose types beta's names may extend. */
export const isV1MetadataSchema = (schema: { $id?: unknown } | undefined) => typeof schema?.$id === 'string' && schema.$id.startsWith('urn:graph-connector-groups:v1.0:');

interface Indexes { derived: Map<string, string[]>; chains: Map<string, string[]> }
const indexes = new WeakMap<V1Model, Indexes>();
function idx(m: V1Model): Indexes {
  let ix = indexes.get(m);
  if (!ix) indexes.set(m, ix = { derived: new Map(), chains: new Map() });
  return ix;
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

/** Every type deriving from `type`, directly or not (abstract ones included), sorted. Reads only those types' lines. */
export function derivedTypes(m: V1Model, type: string): string[] {
  const ix = idx(m);
  let list = ix.derived.get(type);
  if (!list) {
    const out = new Set<string>();
    const visit = (t: string, depth: number) => { for (const d of directDerived(m, t) ?? []) if (!out.has(d) && depth < 32) { out.add(d); visit(d, depth + 1); } };
    visit(type, 0);
    ix.derived.set(type, list = [...out].sort());
  }
  return list;
}

/** Whether any type derives from `type` (without reading the subtypes). */
export function hasDerivedTypes(m: V1Model, type: string): boolean {
  return !!directDerived(m, type)?.length;
}

function directDerived(m: V1Model, type: string): string[] | undefined {
  const lazy = LAZY.get(m);
  return lazy ? lazy.derived(type) : m.types[type]?.d;
}

const typeNames = new WeakMap<V1Model, Map<string, string>>();
/** The type named `name`, case-insensitively (`microsoft.graph.User`). */
export function findTypeName(m: V1Model, name: string): string | undefined {
  let map = typeNames.get(m);
  if (!map) typeNames.set(m, map = new Map(allNames(m).map(n => [n.toLowerCase(), n])));
  const found = map.get(name.toLowerCase());
  return found && m.types[found] ? found : undefined;
}
/** The names of every type and enum: the lazy model's first line, else the keys. */
function allNames(m: V1Model): string[] {
  return LAZY.get(m)?.names() ?? Object.keys(m.types);
}

export const unwrap = (type: string): { type: string; isCollection: boolean } => {
  const c = /^Collection\((.*)\)$/.exec(type);
  return c ? { type: c[1], isCollection: true } : { type, isCollection: false };
};

interface TypeLookup {
  navigation?: Map<string, { nav: [string, string, number]; declaredBy: string }>;
  properties?: Map<string, [string, string, number]>;
  operations?: Map<string, V1ModelOperation>;
}
const lookups = new WeakMap<V1Model, Map<string, TypeLookup>>();

/**
 * Case-insensitive name lookups over a type and its bases (nearest declaration wins), each kind built on its
 * first use per type (operations are their own lines of the model file: read only when a segment may be one).
 */
function lookup<K extends keyof TypeLookup>(m: V1Model, type: string, kind: K): NonNullable<TypeLookup[K]> {
  let perModel = lookups.get(m);
  if (!perModel) lookups.set(m, perModel = new Map());
  let l = perModel.get(type);
  if (!l) perModel.set(type, l = {});
  if (!l[kind]) {
    const map = new Map<string, any>();
    for (const t of typeChain(m, type)) {
      if (kind === 'navigation') for (const nav of m.types[t].n ?? []) { const k = nav[0].toLowerCase(); if (!map.has(k)) map.set(k, { nav, declaredBy: t }); }
      if (kind === 'properties') for (const p of m.types[t].p ?? []) { const k = p[0].toLowerCase(); if (!map.has(k)) map.set(k, p); }
      if (kind === 'operations') for (const o of m.operations[t] ?? []) { const k = `${o[2]}:${o[0].toLowerCase()}`; if (!map.has(k)) map.set(k, o); }
    }
    l[kind] = map as TypeLookup[K];
  }
  return l[kind]!;
}

export function findNavigation(m: V1Model, type: string, name: string): { nav: [string, string, number]; declaredBy: string } | undefined {
  return lookup(m, type, 'navigation').get(name.toLowerCase());
}

export function findProperty(m: V1Model, type: string, name: string): [string, string, number] | undefined {
  return lookup(m, type, 'properties').get(name.toLowerCase());
}

/** A bound operation of `type` (or a base), by name (`microsoft.graph.` prefix allowed), bound to a collection or not. */
export function findOperation(m: V1Model, type: string, name: string, collection: boolean): V1ModelOperation | undefined {
  return lookup(m, type, 'operations').get(`${collection ? 1 : 0}:${name.replace(/^microsoft\.graph\./i, '').toLowerCase()}`);
}

const rootNames = new WeakMap<V1Model, Map<string, string>>();
/** The root (entity set or singleton) named `name`, case-insensitively. */
export function findRoot(m: V1Model, name: string): string | undefined {
  let map = rootNames.get(m);
  if (!map) rootNames.set(m, map = new Map(Object.keys(m.roots).map(r => [r.toLowerCase(), r])));
  return map.get(name.toLowerCase());
}

/**
 * The metadata's deprecation of `type/member` (declared on `type` or a base), else of `type` itself when `member` is
 * omitted. Undefined when the model records none (the beta names model records none).
 */
export function deprecationOf(m: V1Model, type: string, member?: string): Deprecation | undefined {
  const all = m.deprecated;
  if (!all) return undefined;
  if (member === undefined) return all[type];
  for (const t of typeChain(m, type)) { const d = all[`${t}/${member}`]; if (d) return d; }
  return undefined;
}
