/**
 * JSON Schemas (draft-07, with our x- keys) for request bodies of any v1.0 route, built per type on first use
 * from the v1.0 model by the same DefinitionSet the generator uses for schemas/bodies (BaseType inheritance,
 * `@odata.type` dispatch of abstract and derived types, enums and flags enums, Edm primitives, nullability,
 * Core.V1.Computed read-only, OpenType). Body keys (RouteOperation.bodySchema of a `source: 'metadata'` route):
 * `v1.0:create:<type>`, `v1.0:update:<type>`, `v1.0:ref:<type>`, `v1.0:action:<binding type>:<name>:<0|1>`.
 *
 * Not in the metadata, so not here: which properties are required on create (docs only: routes.json keeps them
 * for the operations docs-facts.json covers). Navigation properties are accepted (deep insert, `@odata.bind`)
 * without a shape; `<property>@odata.bind` and other instance annotations (keys with `@`) are accepted.
 */
import type { CsdlOperation, CsdlProperty, CsdlStructuredType } from './generate/csdl';
import type { VersionMetadata } from './generate/metadata';
import { DefinitionSet, type TypeContext } from './generate/typeSchemas';
import type { JsonSchema } from './generate/primitives';
import { ENUM_MEANINGS } from './generate/curated';
import { COMPUTED, derivedTypes, findOperation, loadV1Model, NULLABLE, OPTIONAL, typeChain, type V1Model } from './v1Model';

const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';
const shortName = (t: string) => t.slice(t.lastIndexOf('.') + 1);
/** Keys with an `@` are annotations (`members@odata.bind`, `@microsoft.graph.conflictBehavior`), never properties. */
const ANNOTATION_KEYS = { '@': {} };

/** The model as the generator's VersionMetadata, so DefinitionSet runs on it unchanged. */
export function modelMetadata(m: V1Model): VersionMetadata {
  const types = new Map<string, CsdlStructuredType | undefined>();
  const type = (n: string): CsdlStructuredType | undefined => {
    if (!types.has(n)) {
      const t = m.types[n];
      types.set(n, t && {
        kind: t.k === 'e' ? 'entity' : 'complex', fullName: n, abstract: !!t.a, openType: !!t.o, ...(t.b ? { baseType: t.b } : {}),
        properties: (t.p ?? []).map(([name, pt, flags]): CsdlProperty => ({ name, type: pt, nullable: !!(flags & NULLABLE), terms: new Set(flags & COMPUTED ? ['Core.V1.Computed'] : []) })),
        navigation: (t.n ?? []).map(([name, nt, contained]) => ({ name, type: nt, containsTarget: !!contained })),
      });
    }
    return types.get(n);
  };
  return {
    version: 'v1.0', type,
    enumType: n => { const e = m.enums[n]; return e && { fullName: n, isFlags: !!e[0], members: e[1].map((name, value) => ({ name, value })) }; },
    root: name => { const r = m.roots[name]; return r && { type: r[0], isCollection: !!r[1] }; },
    properties: n => typeChain(m, n).reverse().flatMap(t => type(t)!.properties.map(p => ({ ...p, declaredBy: t }))),
    navigation: (n, name) => { for (const t of typeChain(m, n)) { const nav = type(t)!.navigation.find(x => x.name === name); if (nav) return nav; } return undefined; },
    derived: n => derivedTypes(m, n).filter(t => !m.types[t]?.a),
    boundOperation: () => undefined,
    hasTerm: () => false,
  };
}

/**
 * Graph reads enum members case-insensitively (the docs write bodyType `"HTML"` for the member `html`): the
 * Capitalized and UPPER spellings are accepted after the metadata's, which completion offers first.
 */
function withCaseVariants(s: JsonSchema): JsonSchema {
  if (!Array.isArray(s.enum)) return s;
  const names = s.enum.filter((v: unknown): v is string => typeof v === 'string');
  const variants = [...new Set(names.flatMap((n: string) => [n[0].toUpperCase() + n.slice(1), n.toUpperCase()]))].filter(v => !names.includes(v));
  if (variants.length) { s.enum = [...s.enum, ...variants]; s['x-caseVariants'] = variants; }
  return s;
}

/** DefinitionSet plus navigation properties (accepted, not shaped) and `@` annotation keys on closed shapes. */
class ModelDefinitions extends DefinitionSet {
  override valueSchema(type: string, nullable: boolean): JsonSchema {
    return withCaseVariants(super.valueSchema(type, nullable));
  }
  constructor(private readonly model: V1Model, ctx: TypeContext) { super(ctx); }
  override properties(type: string): Record<string, JsonSchema> {
    const out = super.properties(type);
    for (const t of typeChain(this.model, type).reverse()) {
      for (const [name, navType, contained] of this.model.types[t].n ?? []) {
        if (Object.hasOwn(out, name)) continue;
        out[name] = { 'x-navigation': true, 'x-graphType': navType, description: `Navigation property (${navType.replace(/^Collection\((.*)\)$/, '$1[]')}${contained ? ', contained' : ''}): accepted for deep insert, not checked.` };
      }
    }
    return out;
  }
  override shape(type: string): string {
    const key = super.shape(type);
    const def = this.definitions[key];
    if (def.additionalProperties === false) def.patternProperties = ANNOTATION_KEYS;
    return key;
  }
}

interface ModelCache { defs: ModelDefinitions; seen: WeakSet<object>; bodies: Map<string, JsonSchema | undefined> }
const caches = new WeakMap<V1Model, ModelCache>();

/**
 * `$ref`s replaced by the shared definitions, in place. One DefinitionSet serves every body of the model, so a
 * type reached from many bodies (identitySet, itemBody...) is built and resolved once; `seen` persists with it.
 */
function resolveRefs(schema: JsonSchema, defs: Record<string, JsonSchema>, seen: WeakSet<object>): JsonSchema {
  const visit = (node: any): any => {
    if (!node || typeof node !== 'object') return node;
    if (typeof node.$ref === 'string' && node.$ref.startsWith('#/definitions/')) {
      const target = defs[node.$ref.slice('#/definitions/'.length)];
      if (target) { visit(target); return target; }
      return {};
    }
    if (seen.has(node)) return node;
    seen.add(node);
    for (const k of Object.keys(node)) node[k] = visit(node[k]);
    return node;
  };
  return visit(schema);
}

/** The body schema of a v1.0 metadata route (`v1.0:...` key), built on first use and kept; `$ref`s already resolved. */
export function getV1BodySchema(key: string, model?: V1Model): JsonSchema | undefined {
  const m = model ?? loadV1Model();
  if (!m) return undefined;
  let cache = caches.get(m);
  if (!cache) {
    const defs = new ModelDefinitions(m, { metas: [modelMetadata(m)], readOnly: new Map(), constraints: new Map(), enumMeanings: ENUM_MEANINGS });
    caches.set(m, cache = { defs, seen: new WeakSet(), bodies: new Map() });
  }
  if (!cache.bodies.has(key)) {
    let schema: JsonSchema | undefined;
    try { schema = build(m, cache.defs, key); } catch { schema = undefined; }
    cache.bodies.set(key, schema && resolveRefs(schema, cache.defs.definitions, cache.seen));
  }
  return cache.bodies.get(key);
}

function build(m: V1Model, defs: ModelDefinitions, key: string): JsonSchema | undefined {
  const [, kind, ...rest] = key.split(':');
  const head = { $schema: DRAFT_07, $id: `urn:graph-connector-groups:v1.0:${key.slice('v1.0:'.length)}` };
  const withDefs = (s: JsonSchema) => s;
  if (kind === 'ref') {
    const type = rest.join(':');
    return {
      ...head, title: `reference to a ${shortName(type)}`, description: `Body of a $ref request: the URL of the ${shortName(type)} to link.`, type: 'object',
      properties: { '@odata.id': { type: 'string', description: `URL of the ${shortName(type)} (or of a type derived from it), e.g. \`https://graph.microsoft.com/v1.0/directoryObjects/{id}\`.` } },
      required: ['@odata.id'], additionalProperties: false, 'x-graphType': type, 'x-kind': 'ref',
    };
  }
  if (kind === 'action') {
    const collection = rest.pop() === '1';
    const name = rest.pop()!;
    const binding = rest.join(':');
    const op = findOperation(m, binding, name, collection);
    if (!op) return undefined;
    const operation: CsdlOperation = {
      kind: 'action', name: op[0], fullName: `microsoft.graph.${op[0]}`, bindingType: binding, bindingIsCollection: collection,
      parameters: op[3].map(([pn, pt, flags]) => ({ name: pn, type: pt, nullable: !!(flags & NULLABLE), optional: !!(flags & OPTIONAL) })),
    };
    const properties: JsonSchema = {};
    const required: string[] = [];
    for (const p of operation.parameters) {
      const s = defs.typedSchema(p.type, p.nullable);
      s.description = p.optional ? 'Optional (Core.V1.OptionalParameter).' : 'Required: Graph\'s metadata does not mark it optional (Core.V1.OptionalParameter).';
      // Graph binds parameter names case-insensitively: sendMail's `Message` is written `message` in the docs. Both
      // spellings are accepted, so neither can be required.
      const camel = p.name[0].toLowerCase() + p.name.slice(1);
      properties[camel] = s;
      if (camel !== p.name) properties[p.name] = s;
      else if (!p.optional) required.push(p.name);
    }
    return withDefs({
      ...head, title: `${op[0]} (parameters)`, description: `Parameters of the action ${op[0]} bound to ${shortName(binding)}${collection ? ' collections' : ''}.`,
      type: 'object', properties, additionalProperties: false, patternProperties: ANNOTATION_KEYS, 'x-graphType': binding, 'x-kind': 'action', ...(required.length ? { required } : {}),
    });
  }
  if (kind !== 'create' && kind !== 'update') return undefined;
  const type = rest.join(':');
  if (!m.types[type]) return undefined;
  const verb = kind === 'create' ? 'create' : 'update';
  const title = `${shortName(type)} (${kind})`;
  if (defs.needsDispatch(type)) {
    // An abstract type (ipRange, namedLocation's subtypes...) needs `@odata.type`; a type with derived types takes it to pick one.
    const dispatch = defs.definitions[defs.dispatcher(type)];
    const own = defs.isAbstract(type) ? {} : defs.properties(type);
    return withDefs({
      ...head, title, description: `Request body to ${verb} a ${type}${dispatch['x-abstract'] ? ' (abstract: name the concrete type in @odata.type)' : ''}.`, type: 'object', ...dispatch,
      properties: { ...own, ...dispatch.properties }, 'x-graphType': type, 'x-kind': kind, ...(defs.isOpen(type) ? { 'x-openType': true } : {}),
    });
  }
  const properties = defs.properties(type);
  const schema: JsonSchema = { ...head, title, description: `Request body to ${verb} a ${type}.`, type: 'object', properties, 'x-graphType': type, 'x-kind': kind };
  if (defs.isOpen(type)) schema['x-openType'] = true; else { schema.additionalProperties = false; schema.patternProperties = ANNOTATION_KEYS; }
  return withDefs(schema);
}
