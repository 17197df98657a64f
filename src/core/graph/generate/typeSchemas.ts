/**
 * CSDL types -> JSON Schema (draft-07) definitions. One `DefinitionSet` per generated body file collects the
 * definitions its root reaches, so each file stands alone (VS Code's own JSON support reads them through
 * `jsonValidation`) and the editor resolves its `$ref`s once when the file is first used.
 *
 * - BaseType inheritance: a type's properties are its bases' first, then its own.
 * - A type with derived types, or an Abstract one, is reached through a dispatcher (`<type>+derived`) that picks
 *   the concrete shape by `@odata.type` (if/then); an abstract one requires `@odata.type`.
 * - Nullable (the CSDL default) adds `null` to the value's type; Nullable="false" on a collection is about its items.
 * - OpenType types accept undeclared properties; the others do not.
 * - Read-only: Core.V1.Computed in the metadata, or read-only per docs-facts.json (`readOnly` below).
 * - Several versions: the first is the request's primary version; a property only a later one (beta) has is
 *   kept with `x-betaOnly`, so a v1.0 request that sends it can be told to use /beta/.
 * - Deprecated (Core.V1.Revisions Kind Deprecated on the property, or on its type or enum): `x-deprecated`, the
 *   metadata's words (deprecation.ts), which the deprecation rule, hover and completion show. Not `deprecationMessage`:
 *   the JSON language service would hide the property from completion and report it in its own words.
 */
import type { VersionMetadata } from './versionMetadata';
import { INLINE_NAVIGATION, TYPE_ALIASES } from './curated';
import { unwrapCollection } from './versionMetadata';
import type { CsdlProperty } from './csdl';
import { primitiveSchema, type JsonSchema } from './primitives';
import { deprecationText } from '../deprecation';

export interface TypeContext {
  metas: VersionMetadata[];
  /** `<type full name>/<property>` -> the docs page that calls it read-only, for what the metadata does not mark. */
  readOnly: Map<string, string>;
  /** `<type full name>/<property>` -> extra keywords (docs-only constraints such as a pattern or maxLength). */
  constraints: Map<string, JsonSchema>;
  /** Enum member meanings from the docs, by enum full name (e.g. connectorGroupRegion: nam = North America). */
  enumMeanings: Record<string, Record<string, string>>;
}

export const DEFINITIONS = '#/definitions/';
const READ_ONLY = (name: string) => `\`${name}\` is read-only: set by the service, not by the request.`;

const nullableType = (type: string, nullable: boolean) => nullable ? [type, 'null'] : type;

/**
 * `@odata.type` naming one of `types`. OData writes the type as a fragment (`#microsoft.graph.user`); Graph also reads
 * it without the `#`, and its docs write it so (opentypeextension-post-opentypeextension, unifiedrolemanagementpolicyrule-update's
 * target, identitycontainer-post-identityproviders): those spellings are accepted and marked as spelling variants, so
 * completion, hover and messages offer the `#` one only.
 */
export function odataTypeSchema(types: string[], description: string): JsonSchema {
  const variants = types.flatMap(t => [t, ...(TYPE_ALIASES[t] ?? [])]);
  return { type: 'string', enum: [...types.map(t => `#${t}`), ...variants], 'x-spellingVariants': variants, description };
}

/** The condition "the body's `@odata.type` names `type`", in any spelling. */
export function namesType(type: string): JsonSchema {
  return { properties: { '@odata.type': { enum: [`#${type}`, type, ...(TYPE_ALIASES[type] ?? [])] } }, required: ['@odata.type'] };
}

export class DefinitionSet {
  readonly definitions: Record<string, JsonSchema> = {};
  constructor(private readonly ctx: TypeContext) {}

  private find<T>(pick: (m: VersionMetadata) => T | undefined): T | undefined {
    for (const m of this.ctx.metas) { const v = pick(m); if (v !== undefined) return v; }
    return undefined;
  }

  hasType(name: string): boolean { return !!this.find(m => m.type(name)); }

  derivedOf(name: string): string[] {
    return [...new Set(this.ctx.metas.flatMap(m => m.derived(name)))].sort();
  }

  /** The metadata's deprecation of a type, enum, member or bound operation (csdl.ts deprecationKey), worded. */
  deprecated(key: string): string | undefined {
    const d = this.find(m => m.deprecation(key));
    return d && deprecationText(d);
  }

  isAbstract(name: string): boolean { return !!this.find(m => m.type(name))?.abstract; }

  needsDispatch(name: string): boolean {
    return !!this.find(m => m.type(name))?.abstract || this.derivedOf(name).length > 0;
  }

  /** The schema of one value of `type` (a primitive, enum, complex or entity type; not a collection). */
  valueSchema(type: string, nullable: boolean): JsonSchema {
    const primitive = primitiveSchema(type);
    if (primitive) return primitive.type ? { ...primitive, type: nullableType(primitive.type, nullable) } : primitive;
    const enumType = this.find(m => m.enumType(type));
    if (enumType) return this.enumSchema(enumType, nullable);
    // Graph's `Json` is an empty ComplexType that stands for any JSON value: the workbook APIs' values are arrays of
    // arrays ("values": [[1, 2, 3]], table-post-rows: "values | Json | A two-dimensional array"), not an object.
    if (type === 'microsoft.graph.Json') return { 'x-graphType': type };
    if (!this.hasType(type)) {
      // A dangling reference (the beta excerpts name types they do not define): any object.
      return { type: nullableType('object', nullable), 'x-graphType': type, 'x-unresolved': true };
    }
    const key = this.needsDispatch(type) ? this.dispatcher(type) : this.shape(type);
    return { type: nullableType('object', nullable), allOf: [{ $ref: DEFINITIONS + key }] };
  }

  /** Schema of a property (or action parameter) typed `type`, which may be `Collection(...)`. */
  typedSchema(typeRef: string, nullable: boolean): JsonSchema {
    const { type, isCollection } = unwrapCollection(typeRef);
    // A collection's Nullable is its items'. OData's CSDL says the collection itself is never null, but Graph's OData
    // library takes a collection's nullability from its items (EdmCollectionTypeReference; hence its error "...
    // 'Collection(Edm.String)[Nullable=False]' does not allow null values"), and its docs send null for such a
    // collection (printershare-post-jobs: "finishings": null). So null is accepted where the items may be null.
    const s = isCollection ? { type: nullableType('array', nullable), items: this.valueSchema(type, nullable) } : this.valueSchema(type, nullable);
    return { ...s, 'x-graphType': typeRef };
  }

  private enumSchema(e: NonNullable<ReturnType<VersionMetadata['enumType']>>, nullable: boolean): JsonSchema {
    const names = e.members.map(m => m.name);
    const meanings = this.ctx.enumMeanings[e.fullName];
    const s: JsonSchema = { type: nullableType('string', nullable) };
    // Graph reads enum members case-insensitively (the docs write bodyType `"HTML"` for `html`, a connector schema's
    // property type `"String"` for `string`, chatmessage-update's flags `"AllowOverrideWithoutJustification,
    // AllowFalsePositiveOverride"` and `"BlockAccess"`, search-searchentity-post-qnas's table `ios` for `iOS`): the
    // Capitalized, UPPER and lower spellings are accepted after the metadata's and marked, so completion, hover and
    // messages offer the metadata's spelling only.
    const variants = [...new Set(names.flatMap(n => [n[0].toUpperCase() + n.slice(1), n.toUpperCase(), n.toLowerCase()]))].filter(v => !names.includes(v));
    if (e.isFlags) {
      // Flags enums travel as a comma-separated list of member names ("search,compliance"); the docs also write a
      // space after the comma, as .NET formats flags (user-getmailtips: "automaticReplies, mailboxFullStatus").
      const one = `(${[...names, ...variants].join('|')})`;
      s.pattern = `^${one}(, ?${one})*$`;
      s.patternErrorMessage = `Must be one or more of ${names.join(', ')}, separated by commas (flags enum ${e.fullName.split('.').pop()}).`;
      s['x-flags'] = names;
    } else {
      s.enum = [...names, ...variants, ...(nullable ? [null] : [])];
      if (variants.length) s['x-spellingVariants'] = variants;
    }
    if (names.includes('unknownFutureValue')) s['x-evolvableSentinel'] = 'unknownFutureValue';
    if (meanings) {
      s['x-enumDescriptions'] = meanings;
      if (!e.isFlags) s.enumDescriptions = [...names.map(n => meanings[n] ?? (n === 'unknownFutureValue' ? 'Evolvable enumeration sentinel; do not use.' : '')), ...(s['x-spellingVariants'] ?? []).map(() => ''), ...(nullable ? [''] : [])];
    }
    return s;
  }

  /** A structural property, with its read-only reason and docs constraints. */
  propertySchema(owner: string, p: CsdlProperty & { declaredBy: string }, betaOnly: boolean): JsonSchema {
    const s = this.typedSchema(p.type, p.nullable);
    const computed = this.ctx.metas.some(m => m.hasTerm(`${p.declaredBy}/${p.name}`, 'Core.V1.Computed')) || p.terms.has('Core.V1.Computed');
    const docsPage = this.ctx.readOnly.get(`${owner}/${p.name}`) ?? this.ctx.readOnly.get(`${p.declaredBy}/${p.name}`);
    if (computed || docsPage !== undefined) {
      s.readOnly = true;
      s['x-readOnly'] = READ_ONLY(p.name);
      s['x-readOnlySource'] = computed ? 'metadata: Org.OData.Core.V1.Computed' : `docs: ${docsPage || 'docs-facts.json'}`;
    }
    Object.assign(s, this.ctx.constraints.get(`${owner}/${p.name}`) ?? this.ctx.constraints.get(`${p.declaredBy}/${p.name}`));
    if (betaOnly) s['x-betaOnly'] = true;
    const deprecated = this.deprecated(`${p.declaredBy}/${p.name}`) ?? this.deprecated(unwrapCollection(p.type).type);
    if (deprecated) s['x-deprecated'] = deprecated;
    return s;
  }

  /** Properties of a type across the versions (the first version's shape wins; later-only ones are beta-only). */
  properties(type: string): Record<string, JsonSchema> {
    const out: Record<string, JsonSchema> = { '@odata.type': this.withFormerType(type, odataTypeSchema([type], `Optional. When present it must name the type: \`#${type}\`.`)) };
    const inPrimary = !!this.ctx.metas[0]?.type(type);
    this.ctx.metas.forEach((m, i) => {
      for (const p of m.properties(type)) {
        if (!Object.hasOwn(out, p.name)) out[p.name] = this.propertySchema(type, p, i > 0 && inPrimary);
      }
    });
    for (const name of INLINE_NAVIGATION[type] ?? []) {
      const nav = this.find(m => m.navigation(type, name));
      if (nav && !Object.hasOwn(out, name)) out[name] = { ...this.typedSchema(nav.type, true), description: `Navigation property (${nav.type}), sent inline as the docs' examples do.` };
    }
    return out;
  }

  /**
   * The type's deprecated former name as a value of its `@odata.type` (`x-deprecatedTypes`: name -> the metadata's
   * words). beta's `microsoft.graph` still defines `externalGroup`, `externalItem`, `externalConnection` and
   * `external` beside `microsoft.graph.externalConnectors.*`, each with Core.V1.Revisions Deprecated: "The OData type
   * annotation for this entity is being deprecated ... Please strip the @odata.type annotations for this specific
   * entity from your request payloads" (metadata/README.md: same short names in two namespaces). The pairing is by
   * that short name, and only where the `microsoft.graph` one is deprecated: no other former names are guessed.
   */
  private withFormerType(type: string, schema: JsonSchema): JsonSchema {
    const former = `microsoft.graph.${type.slice(type.lastIndexOf('.') + 1)}`;
    const said = former !== type ? this.deprecated(former) : undefined;
    if (said) schema['x-deprecatedTypes'] = { [former]: said };
    return schema;
  }

  isOpen(type: string): boolean {
    for (const m of this.ctx.metas) for (let t = m.type(type), n = 0; t && n < 32; t = t.baseType ? m.type(t.baseType) : undefined, n++) if (t.openType) return true;
    return false;
  }

  /** The closed shape of exactly this type; returns its definition key. */
  shape(type: string): string {
    if (!this.definitions[type]) {
      const def: JsonSchema = { 'x-graphType': type };
      this.definitions[type] = def;                              // before recursing: types may reach themselves
      def.properties = this.properties(type);
      if (this.isOpen(type)) def['x-openType'] = true; else def.additionalProperties = false;
    }
    return type;
  }

  /** Picks the concrete type's shape by `@odata.type`; returns its definition key. */
  dispatcher(type: string): string {
    const key = `${type}+derived`;
    if (this.definitions[key]) return key;
    const abstract = !!this.find(m => m.type(type))?.abstract;
    const derived = this.derivedOf(type);
    const candidates = abstract ? derived : [type, ...derived];
    const def: JsonSchema = {
      'x-graphType': type, 'x-derivedTypes': derived,
      properties: { '@odata.type': odataTypeSchema(candidates, `${abstract ? 'Required: ' : ''}the concrete type of this ${type.split('.').pop()} value.`) },
    };
    if (abstract) { def['x-abstract'] = true; def.required = ['@odata.type']; }
    this.definitions[key] = def;
    def.allOf = candidates.map(c => ({ if: namesType(c), then: { $ref: DEFINITIONS + this.shape(c) } }));
    if (!abstract) def.allOf.push({ if: { not: { required: ['@odata.type'] } }, then: { $ref: DEFINITIONS + this.shape(type) } });
    return key;
  }
}
