/**
 * Compiles Graph's own metadata (../shared/graph/metadata: CSDL, permissions.json) and docs-facts.json into
 * schemas/routes.json and the JSON Schemas under schemas/. Pure: file texts in, `{ relative path: JSON }` out.
 * scripts/gen-schemas.mjs writes the files; test/unit/graph/generated.test.ts compiles again and fails on drift.
 */
import type { ApiVersion, EntitySetAlias, RouteTable } from '../types';
import { parseCsdl, type CsdlDocument } from './csdl';
import { versionMetadata, unwrapCollection, type VersionMetadata } from './versionMetadata';
import { indexPermissions } from './permissions';
import { docsOperations } from './docsFacts';
import { docsConstraints } from './docsRules';
import { ENUM_MEANINGS } from './curated';
import { compileOperations, buildRouteTable, type CompiledOperation } from './routeTable';
import { bodySchema, entitySchema, shortName, type BodySpec, type UnkeyedBodySpec } from './bodies';
import type { TypeContext } from './typeSchemas';
import type { JsonSchema } from './primitives';
import { brotliCompressSync, brotliDecompressSync, constants as zlibConstants } from 'node:zlib';
import { BETA_NAMES_FILE, buildBetaNames, buildV1Model, serializeV1Model, V1_MODEL_FILE, V1_PERMISSIONS_FILE } from './v1ModelCompiler';
import projectFacts from '../facts/app-proxy-docs-facts.json';

/** The project's own facts file (operations docs-facts lacks, each citing its page): compiled with docs-facts' operations. */
export const PROJECT_FACTS_FILE = 'src/core/graph/facts/app-proxy-docs-facts.json';

export const FACT_FILES = [
  'metadata/v1.0-Prod.csdl', 'metadata/beta-Prod-excerpts.xml', 'metadata/beta-USNat.csdl', 'metadata/permissions.json', 'docs-facts.json',
] as const;

export interface GraphFacts {
  /** v1.0: the whole v1.0-Prod CSDL. beta: the verbatim beta-Prod excerpts, then beta-USNat for what they only reference. */
  csdl: Record<ApiVersion, CsdlDocument[]>;
  permissions: any;
  docsFacts: any;
}

/** Reads the facts folder through `read(relativePath)`, so the generator script and the drift test load it the same way. */
export function readGraphFacts(read: (relativePath: string) => string): GraphFacts {
  return {
    csdl: { 'v1.0': [parseCsdl(read('metadata/v1.0-Prod.csdl'))], beta: [parseCsdl(read('metadata/beta-Prod-excerpts.xml')), parseCsdl(read('metadata/beta-USNat.csdl'))] },
    permissions: JSON.parse(read('metadata/permissions.json')),
    docsFacts: JSON.parse(read('docs-facts.json')),
  };
}

const VERSIONS: ApiVersion[] = ['v1.0', 'beta'];

/** `dotted.path` of a docs read-only entry, relative to a body type, as `<declaring type>/<property>`. */
function readOnlyTargets(facts: GraphFacts, compiled: CompiledOperation[], metas: Record<ApiVersion, VersionMetadata>): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of compiled) {
    if (!c.docs.readOnly.length) continue;
    const page = c.docs.sources.map(s => s.readOnlySource?.page).find(Boolean) ?? c.docs.docs;
    for (const dotted of c.docs.readOnly) {
      const parts = dotted.split('.');
      let owner: string | undefined = c.path.type;
      for (const part of parts.slice(0, -1)) {
        const p = c.versions.map(v => metas[v].properties(owner!).find(x => x.name === part)).find(Boolean);
        owner = p ? unwrapCollection(p.type).type : undefined;
        if (!owner) break;
      }
      const name = parts[parts.length - 1];
      if (owner) out.set(`${owner}/${name}`, page ?? '');
    }
  }
  void facts;
  return out;
}

/** `/connections` next to `/external/connections`: an entity set of the type a singleton contains. */
function entitySetAliases(metas: Record<ApiVersion, VersionMetadata>, docs: CsdlDocument[][], templates: string[]): EntitySetAlias[] {
  const out: EntitySetAlias[] = [];
  const sets = new Map<string, string>();
  const singletons = new Map<string, string>();
  for (const d of docs.flat()) { for (const [k, v] of d.entitySets) sets.set(k, v); for (const [k, v] of d.singletons) singletons.set(k, v); }
  for (const [set, type] of sets) {
    for (const [single, singleType] of singletons) {
      const nav = metas['v1.0'].type(singleType)?.navigation.find(n => n.containsTarget && n.type === `Collection(${type})`);
      const canonical = `/${single}/${nav?.name}`;
      if (nav && nav.name === set && templates.some(t => t === canonical || t.startsWith(canonical + '/'))) out.push({ alias: `/${set}`, canonical: `/${single}/${nav.name}`, note: `EntitySet '${set}' also present in the v1.0 and beta containers` });
    }
  }
  return out;
}

function bodyKey(spec: UnkeyedBodySpec, id: string, used: Map<string, string>): string {
  const base = spec.kind === 'ref' ? `ref.${shortName(spec.type)}` : spec.kind === 'action' ? `${shortName(spec.operation.bindingType ?? '')}.${spec.operation.name}` : `${shortName(spec.type)}.${spec.kind}`;
  const signature = JSON.stringify(spec);
  const key = used.has(base) && used.get(base) !== signature ? id : base;
  used.set(key, signature);
  return key;
}

export function generateGraphSchemas(facts: GraphFacts, generatedFrom: string[], notes: string[] = []): Record<string, unknown> {
  const metas = Object.fromEntries(VERSIONS.map(v => [v, versionMetadata(v, facts.csdl[v])])) as Record<ApiVersion, VersionMetadata>;
  const operations = [...(facts.docsFacts.operations ?? []), ...projectFacts.operations];
  const compiled = compileOperations(docsOperations({ ...facts.docsFacts, operations }), metas, notes);
  const baseContext = { readOnly: readOnlyTargets(facts, compiled, metas), constraints: docsConstraints(facts.docsFacts), enumMeanings: ENUM_MEANINGS };
  const context = (versions: ApiVersion[]): TypeContext => ({ ...baseContext, metas: versions.map(v => metas[v]) });

  const used = new Map<string, string>();
  const specs: { spec: BodySpec; versions: ApiVersion[] }[] = [];
  for (const c of compiled) {
    if (!c.body) continue;
    const spec = { ...c.body, key: bodyKey(c.body, c.docs.id, used) } as BodySpec;
    c.body = spec;
    if (!specs.some(s => s.spec.key === spec.key)) specs.push({ spec, versions: c.versions });
    else specs.find(s => s.spec.key === spec.key)!.versions = VERSIONS.filter(v => c.versions.includes(v) || specs.find(s => s.spec.key === spec.key)!.versions.includes(v));
  }
  const presence = facts.docsFacts.clouds?.metadataPresence ?? {};
  const table: RouteTable = buildRouteTable(compiled, indexPermissions(facts.permissions), presence, entitySetAliases(metas, Object.values(facts.csdl), compiled.map(c => c.docs.template)), [...generatedFrom, PROJECT_FACTS_FILE]);
  const files: Record<string, unknown> = { 'routes.json': table };
  // The whole of v1.0 as a compact type graph, read at run time on the first v1.0 URL routes.json does not know.
  const v1Model = buildV1Model(facts.csdl['v1.0'][0], facts.permissions, 'shared/graph/metadata/v1.0-Prod.csdl');
  files[V1_MODEL_FILE] = serializeV1Model(v1Model);
  files[V1_PERMISSIONS_FILE] = v1Model.permissions;
  // Beta's names as far as the metadata folder knows beta, so a beta-only path under /v1.0/ is told to use /beta/.
  files[BETA_NAMES_FILE] = serializeV1Model(buildBetaNames(facts.csdl.beta, 'shared/graph/metadata/beta-Prod-excerpts.xml, then beta-USNat.csdl'));
  for (const { spec, versions } of specs.sort((a, b) => a.spec.key.localeCompare(b.spec.key))) {
    if (spec.kind === 'ref') {
      // The example: the single-entity route of the target type, in the newest version that has it.
      const target = table.routes.filter(r => r.resourceType === spec.type && r.template.endsWith('}') && !r.template.includes('$ref')).sort((a, b) => a.template.length - b.template.length)[0];
      spec.example = target ? `https://graph.microsoft.com/${target.versions[target.versions.length - 1]}${target.template}` : '';
    }
    files[`bodies/${spec.key}.schema.json`] = bodySchema(spec, context(versions));
  }
  const entityVersions = new Map<string, ApiVersion[]>();
  for (const r of table.routes) {
    if (!r.resourceType || !VERSIONS.some(v => metas[v].type(r.resourceType!)?.kind === 'entity')) continue;
    entityVersions.set(r.resourceType, VERSIONS.filter(v => r.versions.includes(v) || entityVersions.get(r.resourceType!)?.includes(v)));
  }
  const names = new Map<string, string>();
  for (const [type, versions] of [...entityVersions].sort(([a], [b]) => a.localeCompare(b))) {
    const short = shortName(type);
    if (names.has(short)) throw new Error(`two entity types named ${short}: ${names.get(short)} and ${type}`);
    names.set(short, type);
    const ctx = context(versions.filter(v => metas[v].type(type)));
    const navigation = [...new Set(ctx.metas.flatMap(m => navigationNames(m, type)))];
    files[`entities/${short}.schema.json`] = entitySchema(type, ctx, navigation);
  }
  return files;
}

function navigationNames(meta: VersionMetadata, type: string): string[] {
  const out: string[] = [];
  for (let t = meta.type(type), n = 0; t && n < 32; t = t.baseType ? meta.type(t.baseType) : undefined, n++) out.unshift(...t.navigation.map(x => x.name));
  return out;
}

/** The exact bytes a generated file is committed with. */
export function serializeGenerated(value: unknown): string {
  if (typeof value === 'string') return value;              // already text (schemas/v1.0/graph.jsonl)
  return JSON.stringify(value, null, 2) + '\n';
}

/** Files written compressed (`.br`: brotli of compact JSON), compared by their JSON. */
export const isCompressed = (relativePath: string) => relativePath.endsWith('.br');

export function compressGenerated(value: unknown): Buffer {
  return brotliCompressSync(Buffer.from(JSON.stringify(value)), { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_LGWIN]: 24 } });
}

/** Whether the committed bytes of a compressed file hold the same JSON as `value`. */
export function sameCompressed(bytes: Uint8Array, value: unknown): boolean {
  try { return brotliDecompressSync(bytes).toString('utf8') === JSON.stringify(value); } catch { return false; }
}

export type { JsonSchema };
