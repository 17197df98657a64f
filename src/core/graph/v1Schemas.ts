/**
 * JSON Schemas (draft-07, with our x- keys) for request bodies of any v1.0 route, built per type on first use
 * from the v1.0 model by the same DefinitionSet the generator uses for schemas/bodies (BaseType inheritance,
 * `@odata.type` dispatch of abstract and derived types, enums and flags enums, Edm primitives, nullability,
 * Core.V1.Computed read-only, OpenType). Body keys (RouteOperation.bodySchema of a `source: 'metadata'` route):
 * `v1.0:create:<type>`, `v1.0:update:<type>`, `v1.0:ref:<type>` (a collection's POST $ref), `v1.0:refOne:<type>` (a single-valued
 * navigation's PUT $ref), `v1.0:action:<binding type>:<name>:<0|1>`.
 *
 * Not in the metadata, so not here: which properties are required on create (docs only: routes.json keeps them
 * for the operations docs-facts.json covers). Navigation properties are accepted (deep insert, `@odata.bind`)
 * without a shape; `<property>@odata.bind` and other instance annotations (keys with `@`) are accepted.
 */
import type { CsdlOperation, CsdlProperty, CsdlStructuredType } from './generate/csdl';
import type { VersionMetadata } from './generate/versionMetadata';
import { DefinitionSet, DEFINITIONS, namesType, odataTypeSchema, type TypeContext } from './generate/typeSchemas';
import type { JsonSchema } from './generate/primitives';
import { DOCS_FORMATS, ENUM_MEANINGS } from './generate/curated';
import { COMPUTED, derivedTypes, findOperation, hasDerivedTypes, loadV1Model, NULLABLE, OPTIONAL, typeChain, unwrap, type V1Model, type V1ModelType } from './v1Model';

const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';
const shortName = (t: string) => t.slice(t.lastIndexOf('.') + 1);
/** Keys with an `@` are annotations (`members@odata.bind`, `@microsoft.graph.conflictBehavior`), never properties. */
const ANNOTATION_KEYS = { '@': {} };

const NO_TERMS: ReadonlySet<string> = new Set(), COMPUTED_TERMS: ReadonlySet<string> = new Set(['Core.V1.Computed']);
const csdlProperty = (name: string, type: string, flags: number): CsdlProperty =>
  ({ name, type, nullable: !!(flags & NULLABLE), terms: (flags & COMPUTED ? COMPUTED_TERMS : NO_TERMS) as Set<string> });

/**
 * A model type as the generator's CsdlStructuredType; its property and navigation lists are made on first read (a
 * check of a type's base, abstractness or openness, as a dispatcher makes for every derived type, reads neither).
 */
function modelType(fullName: string, t: V1ModelType): CsdlStructuredType {
  let properties: CsdlProperty[] | undefined, navigation: CsdlStructuredType['navigation'] | undefined;
  return {
    kind: t.k === 'e' ? 'entity' : 'complex', fullName, abstract: !!t.a, openType: !!t.o, ...(t.b ? { baseType: t.b } : {}),
    get properties() { return (properties ??= (t.p ?? []).map(([name, pt, flags]) => csdlProperty(name, pt, flags))); },
    get navigation() { return (navigation ??= (t.n ?? []).map(([name, nt, contained]) => ({ name, type: nt, containsTarget: !!contained }))); },
  };
}

/** The model as the generator's VersionMetadata, so DefinitionSet runs on it unchanged. */
export function modelMetadata(m: V1Model): VersionMetadata {
  const types = new Map<string, CsdlStructuredType | undefined>();
  const type = (n: string): CsdlStructuredType | undefined => {
    if (!types.has(n)) {
      const t = m.types[n];
      types.set(n, t && modelType(n, t));
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
    deprecation: key => m.deprecated?.[key],
  };
}

/**
 * `obj[key]` computed on first read (then a plain property of the object read): a shape's properties, and each
 * property's schema, are built when validation, completion or hover reaches them.
 */
function lazy(obj: JsonSchema, key: string, compute: () => unknown): void {
  let done = false, cached: unknown;
  const once = () => { if (!done) { cached = compute(); done = true; } return cached; };
  Object.defineProperty(obj, key, {
    enumerable: true, configurable: true,
    get(this: JsonSchema) { const value = once(); Object.defineProperty(this, key, { value, enumerable: true, configurable: true, writable: true }); return value; },
    set(this: JsonSchema, value: unknown) { Object.defineProperty(this, key, { value, enumerable: true, configurable: true, writable: true }); },
  });
}

/**
 * An object of `fixed` entries plus `entries` whose values `compute` makes on first read (a Proxy: no per-key work
 * up front). Keys enumerate in order; a key's descriptor is an accessor, so listing keys or asking `Object.hasOwn`
 * computes nothing; reading does, once.
 */
function lazyRecord<E>(fixed: Record<string, JsonSchema>, entries: Map<string, E>, compute: (name: string, entry: E) => JsonSchema): Record<string, JsonSchema> {
  const values: Record<string, JsonSchema> = Object.assign(Object.create(null), fixed);
  const keys = [...Object.keys(fixed), ...[...entries.keys()].filter(k => !(k in fixed))];
  const known = (k: string | symbol): k is string => typeof k === 'string' && (k in values || entries.has(k));
  const read = (k: string) => k in values ? values[k] : (values[k] = compute(k, entries.get(k)!));
  const write = (k: string, v: JsonSchema) => { if (!known(k)) keys.push(k); values[k] = v; };
  return new Proxy({} as Record<string, JsonSchema>, {
    get: (_, k) => known(k) ? read(k) : undefined,
    set: (_, k, v) => { if (typeof k !== 'string') return false; write(k, v); return true; },
    has: (_, k) => known(k),
    ownKeys: () => keys,
    getOwnPropertyDescriptor: (_, k) => known(k) ? { get: () => read(k), set: (v: JsonSchema) => write(k, v), enumerable: true, configurable: true } : undefined,
    defineProperty: () => false,
    deleteProperty: () => false,
  });
}

/**
 * DefinitionSet plus navigation properties (accepted, not shaped) and `@` annotation keys on closed shapes, built
 * lazily: a shape is an object whose `properties` are computed on first read, and values point at shapes directly
 * (no `$ref` to resolve), so a body `{ "displayName": ... }` builds its type's property list and nothing under it.
 */
class ModelDefinitions extends DefinitionSet {
  override valueSchema(type: string, nullable: boolean): JsonSchema {
    const s = super.valueSchema(type, nullable);
    const ref = s.allOf?.[0]?.$ref;
    if (typeof ref === 'string' && ref.startsWith(DEFINITIONS)) s.allOf = [this.definitions[ref.slice(DEFINITIONS.length)]];
    return s;
  }
  constructor(private readonly model: V1Model, ctx: TypeContext) { super(ctx); }
  /** Straight from the model (DefinitionSet asks its metadata views, which serve several versions). */
  override isAbstract(type: string): boolean { return !!this.model.types[type]?.a; }
  override hasType(type: string): boolean { return !!this.model.types[type]; }
  override isOpen(type: string): boolean { return typeChain(this.model, type).some(t => this.model.types[t].o); }
  /** Without reading the subtypes when there are none (the common case). */
  override needsDispatch(type: string): boolean {
    return this.isAbstract(type) || (hasDerivedTypes(this.model, type) && this.derivedOf(type).length > 0);
  }
  private readonly concrete = new Map<string, string[]>();
  /** The concrete types deriving from `type`, sorted (derivedTypes is), once per type. */
  override derivedOf(type: string): string[] {
    let list = this.concrete.get(type);
    if (!list) this.concrete.set(type, list = derivedTypes(this.model, type).filter(t => !this.model.types[t]?.a));
    return list;
  }
  private readonly dispatched = new Set<string>();
  override dispatcher(type: string): string {
    const key = super.dispatcher(type);
    if (this.dispatched.has(key)) return key;
    this.dispatched.add(key);
    const def = this.definitions[key];
    for (const branch of def.allOf ?? []) {
      const ref = branch.then?.$ref;
      if (typeof ref === 'string' && ref.startsWith(DEFINITIONS)) branch.then = this.definitions[ref.slice(DEFINITIONS.length)];
    }
    // A value naming an abstract type (accesspackagecatalog-post-accesspackagecustomworkflowextensions' callbackConfiguration
    // names customExtensionCallbackConfiguration): its @odata.type is an error, and its other properties are still checked,
    // against what that type's concrete types have (the docs' durationBeforeTimeout is no name of any).
    for (const t of [type, ...derivedTypes(this.model, type)].filter(t => this.isAbstract(t))) (def.allOf ??= []).push({ if: namesType(t), then: this.definitions[this.anyConcrete(t)] });
    return key;
  }
  override properties(type: string): Record<string, JsonSchema> {
    // DefinitionSet.properties (one version), then navigation properties; each schema built on first read.
    const entries = new Map<string, [kind: 'p' | 'n', type: string, flags: number, declaredBy: string]>();
    const chain = typeChain(this.model, type);
    for (let i = chain.length - 1; i >= 0; i--) for (const [name, pt, flags] of this.model.types[chain[i]].p ?? []) if (!entries.has(name)) entries.set(name, ['p', pt, flags, chain[i]]);
    for (let i = chain.length - 1; i >= 0; i--) for (const [name, nt, contained] of this.model.types[chain[i]].n ?? []) if (!entries.has(name)) entries.set(name, ['n', nt, contained, chain[i]]);
    return lazyRecord({ '@odata.type': odataTypeSchema([type], `Optional. When present it must name the type: \`#${type}\`.`) }, entries, (name, [kind, pt, flags, declaredBy]) => kind === 'p'
      ? this.propertySchema(type, { ...csdlProperty(name, pt, flags), declaredBy }, false)
      : this.navigationSchema(declaredBy, name, pt, flags));
  }
  /**
   * A navigation property's value in a body: a deep insert (entitlementmanagement-post-assignmentpolicies' `questions`,
   * sitepage-create's `canvasLayout`), checked as values of the target type are, so its unknown properties and wrong types
   * are found (a name only beta's type declares is accepted there: bodyRules unknownProperty). A value of an abstract
   * type may leave out `@odata.type`, as a link to an existing entity (`{ "id": ... }`) and sitepage-create's webparts
   * do: then it may hold the properties of any concrete type deriving from it.
   */
  private navigationSchema(declaredBy: string, name: string, type: string, contained: number): JsonSchema {
    const { type: target, isCollection } = unwrap(type);
    const shaped = !!this.model.types[target];
    // An abstract type's value may leave out @odata.type, contained or not: a link names none, and sitepage-create's own
    // example creates webparts (contained, of the abstract webPart) as { "id", "innerHtml" } without one.
    const value = !shaped ? {} : this.isAbstract(target) ? { type: ['object', 'null'], allOf: [this.definitions[this.linkable(target)]] } : this.valueSchema(target, true);
    const s: JsonSchema = {
      ...(shaped ? (isCollection ? { type: ['array', 'null'], items: value } : value) : {}), 'x-navigation': true, 'x-graphType': type,
      description: `Navigation property (${type.replace(/^Collection\((.*)\)$/, '$1[]')}${contained ? ', contained' : ''}): its value is checked as a deep insert.`,
    };
    const deprecated = this.deprecated(`${declaredBy}/${name}`) ?? this.deprecated(unwrap(type).type);
    if (deprecated) s['x-deprecated'] = deprecated;
    return s;
  }
  /** An abstract type's value that may name its concrete type in `@odata.type` or not (navigationSchema); its key. */
  linkable(type: string): string {
    const key = `${type}+linkable`;
    if (!this.definitions[key]) {
      const dispatch = this.definitions[this.dispatcher(type)];
      const { required: _required, 'x-abstract': _abstract, ...optional } = dispatch;
      void _required; void _abstract;
      this.definitions[key] = { ...optional, allOf: [...(dispatch.allOf ?? []), { if: { not: { required: ['@odata.type'] } }, then: this.definitions[this.anyConcrete(type)] }] };
    }
    return key;
  }
  /** A shape with the properties of every concrete type deriving from `type` (closed unless one is open); its key. */
  anyConcrete(type: string): string {
    const key = `${type}+anyConcrete`;
    if (!this.definitions[key]) {
      const concrete = derivedTypes(this.model, type).filter(t => !this.model.types[t]?.a);
      const def: JsonSchema = { 'x-graphType': type };
      this.definitions[key] = def;
      // Without '@odata.type' (each concrete type's own names one type): where this shape applies the body names none, or
      // names an abstract type, which the dispatcher's enum reports once.
      lazy(def, 'properties', () => { const all = Object.assign({}, ...[type, ...concrete].map(t => this.properties(t))); delete all['@odata.type']; return all; });
      if (concrete.some(t => this.isOpen(t)) || this.isOpen(type)) def['x-openType'] = true; else { def.additionalProperties = false; def.patternProperties = ANNOTATION_KEYS; }
    }
    return key;
  }
  override shape(type: string): string {
    if (!this.definitions[type]) {
      const def: JsonSchema = { 'x-graphType': type };
      this.definitions[type] = def;
      lazy(def, 'properties', () => this.properties(type));
      if (this.isOpen(type)) def['x-openType'] = true; else { def.additionalProperties = false; def.patternProperties = ANNOTATION_KEYS; }
    }
    return type;
  }
}

/** One DefinitionSet serves every body of the model, so a type reached from many bodies (identitySet, itemBody...) is built once. */
interface ModelCache { defs: ModelDefinitions; bodies: Map<string, JsonSchema | undefined> }
const caches = new WeakMap<V1Model, ModelCache>();

/** The body schema of a v1.0 metadata route (`v1.0:...` key), built on first use and kept; no `$ref` (values point at shapes). */
export function getV1BodySchema(key: string, model?: V1Model): JsonSchema | undefined {
  const m = model ?? loadV1Model();
  if (!m) return undefined;
  let cache = caches.get(m);
  if (!cache) {
    const meta = modelMetadata(m);
    const defs = new ModelDefinitions(m, { metas: [meta], readOnly: new Map(), constraints: new Map(Object.entries(DOCS_FORMATS)), enumMeanings: ENUM_MEANINGS });
    caches.set(m, cache = { defs, bodies: new Map() });
  }
  if (!cache.bodies.has(key)) {
    let schema: JsonSchema | undefined;
    try { schema = build(m, cache.defs, key); } catch { schema = undefined; }
    cache.bodies.set(key, schema);
  }
  return cache.bodies.get(key);
}

function build(m: V1Model, defs: ModelDefinitions, key: string): JsonSchema | undefined {
  const [, kind, ...rest] = key.split(':');
  const head = { $schema: DRAFT_07, $id: `urn:graph-connector-groups:v1.0:${key.slice('v1.0:'.length)}` };
  const withDefs = (s: JsonSchema) => s;
  if (kind === 'ref' || kind === 'refOne') {
    const type = rest.join(':');
    // PUT on a single-valued navigation's $ref: `{}` unsets it where the service takes that (b2xidentityuserflow-put-
    // apiconnectorconfiguration Example 3, "To disable an API connector, the value can be {}", 204). The metadata does not
    // say which services do, so `{}` is accepted there; a collection's POST $ref adds a link and needs @odata.id.
    return {
      ...head, title: `reference to a ${shortName(type)}`, description: `Body of a $ref request: the URL of the ${shortName(type)} to link${kind === 'refOne' ? ' ({} unsets it where the service takes that)' : ''}.`, type: 'object',
      properties: { '@odata.id': { type: 'string', description: `URL of the ${shortName(type)} (or of a type derived from it), e.g. \`https://graph.microsoft.com/v1.0/directoryObjects/{id}\`.` } },
      ...(kind === 'ref' ? { required: ['@odata.id'] } : {}), additionalProperties: false, 'x-graphType': type, 'x-kind': 'ref',
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
      // Required only when the metadata says a value must be given: Nullable="false" and no Core.V1.OptionalParameter.
      // Sources conflict on the rest: OData reads a parameter without OptionalParameter as required, but Graph annotates
      // only parameters added after an action shipped, and its docs call many unannotated ones optional and omit them in
      // their own examples (driveItem createLink: `{"type", "scope"}` without expirationDateTime, password, message,
      // recipients, retainInheritedPermissions; addPassword's passwordCredential; copy's name and parentReference).
      // Without a docs page per action (routes.json's operations have theirs: docs-facts.json), a valid request must
      // not get an error, so those are optional here; the Nullable="false" ones are the docs' required ones
      // (assignLicense, sendMail's Message, checkMemberGroups' groupIds, reply's Post, invite's participants).
      const mustGive = !p.optional && !p.nullable;
      s.description = p.optional ? 'Optional (Core.V1.OptionalParameter).'
        : mustGive ? 'Required: Graph\'s metadata says it is not nullable and not optional.'
        : 'Not marked optional (Core.V1.OptionalParameter) in Graph\'s metadata, but nullable: not required here (Graph\'s docs treat most such parameters as optional).';
      // Graph binds parameter names case-insensitively: sendMail's `Message` is written `message` in the docs. Both
      // spellings are accepted, so neither can be required.
      const camel = p.name[0].toLowerCase() + p.name.slice(1);
      properties[camel] = s;
      if (camel !== p.name) properties[p.name] = s;
      else if (mustGive) required.push(p.name);
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
    if (kind === 'update' && defs.isAbstract(type)) {
      // Updating an entity of an abstract type: the entity exists and its type is the service's, so `@odata.type` may be
      // left out (authenticationcombinationconfiguration-update sends `{ "appliesToCombinations": ["fido2"] }` to a
      // fido2CombinationConfiguration and gets 204; Abstract="true" says the type cannot be created, not updated). Without
      // it the body may hold the properties of any concrete type deriving from it.
      const { required: _required, 'x-abstract': _abstract, ...optional } = dispatch;
      void _required; void _abstract;
      return withDefs({
        ...head, title, description: `Request body to ${verb} a ${type} (any of its concrete types; @odata.type, when given, picks one).`, type: 'object', ...optional,
        allOf: [...(dispatch.allOf ?? []), { if: { not: { required: ['@odata.type'] } }, then: defs.definitions[defs.anyConcrete(type)] }],
        properties: { ...dispatch.properties }, 'x-graphType': type, 'x-kind': kind, ...(defs.isOpen(type) ? { 'x-openType': true } : {}),
      });
    }
    // Own properties (a fresh lazy record, so it may take the dispatcher's @odata.type), none for an abstract type.
    const properties = defs.isAbstract(type) ? { ...dispatch.properties } : Object.assign(defs.properties(type), dispatch.properties);
    return withDefs({
      ...head, title, description: `Request body to ${verb} a ${type}${dispatch['x-abstract'] ? ' (abstract: name the concrete type in @odata.type)' : ''}.`, type: 'object', ...dispatch,
      properties, 'x-graphType': type, 'x-kind': kind, ...(defs.isOpen(type) ? { 'x-openType': true } : {}),
    });
  }
  const properties = defs.properties(type);
  const schema: JsonSchema = { ...head, title, description: `Request body to ${verb} a ${type}.`, type: 'object', properties, 'x-graphType': type, 'x-kind': kind };
  if (defs.isOpen(type)) schema['x-openType'] = true; else { schema.additionalProperties = false; schema.patternProperties = ANNOTATION_KEYS; }
  return withDefs(schema);
}
