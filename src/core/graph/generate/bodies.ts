/**
 * Request-body schemas of operations: the addressed type for create/update/put, the parameters of a bound
 * action, or `{ "@odata.id" }` for a `$ref` write. Each is one self-contained file with its `definitions`.
 */
import type { JsonSchema } from './primitives';
import { DefinitionSet, type TypeContext } from './typeSchemas';
import type { CsdlOperation } from './csdl';

const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';
export const SCHEMA_ID_PREFIX = 'urn:graph-connector-groups:';

export const shortName = (typeName: string): string => typeName.slice(typeName.lastIndexOf('.') + 1);

export type BodySpec =
  | { kind: 'create' | 'update' | 'put'; key: string; type: string; required: string[] }
  | { kind: 'action'; key: string; operation: CsdlOperation; required: string[] }
  | { kind: 'ref'; key: string; type: string; example: string };
/** A BodySpec before its file name (key) is chosen. */
export type UnkeyedBodySpec = BodySpec extends infer T ? T extends BodySpec ? Omit<T, 'key'> : never : never;

function withDefinitions(schema: JsonSchema, defs: DefinitionSet): JsonSchema {
  if (Object.keys(defs.definitions).length) schema.definitions = Object.fromEntries(Object.entries(defs.definitions).sort(([a], [b]) => a.localeCompare(b)));
  return schema;
}

export function bodySchema(spec: BodySpec, ctx: TypeContext): JsonSchema {
  const head = { $schema: DRAFT_07, $id: `${SCHEMA_ID_PREFIX}bodies:${spec.key}` };
  if (spec.kind === 'ref') {
    const short = shortName(spec.type);
    return {
      ...head, title: `reference to a ${short}`, description: `Body of a $ref request: the URL of the ${short} to link.`, type: 'object',
      properties: { '@odata.id': { type: 'string', description: `URL of the ${short}, e.g. \`${spec.example}\`.`, 'x-refTarget': spec.type, 'x-example': spec.example } },
      required: ['@odata.id'], additionalProperties: false, 'x-graphType': spec.type, 'x-kind': 'ref',
    };
  }
  const defs = new DefinitionSet(ctx);
  if (spec.kind === 'action') {
    const op = spec.operation;
    const properties: JsonSchema = {};
    for (const p of op.parameters) {
      properties[p.name] = defs.typedSchema(p.type, p.nullable);
      if (p.optional) properties[p.name].description = 'Optional (Core.V1.OptionalParameter).';
    }
    const schema: JsonSchema = {
      ...head, title: `${op.name} (parameters)`, description: `Parameters of the ${op.kind} ${op.fullName}.`,
      type: 'object', properties, additionalProperties: false, 'x-graphType': op.fullName, 'x-kind': 'action',
    };
    if (spec.required.length) schema.required = spec.required;
    return withDefinitions(schema, defs);
  }
  const short = shortName(spec.type);
  const verb = spec.kind === 'put' ? 'create or replace' : spec.kind;
  let schema: JsonSchema;
  // An abstract type (applicationSegment) needs its concrete type named; a concrete one with derived types
  // (application) is addressed as itself: the URL names it.
  if (defs.isAbstract(spec.type)) {
    const key = defs.dispatcher(spec.type);
    schema = { ...head, title: `${short} (${spec.kind})`, description: `Request body to ${verb} a ${spec.type}.`, type: 'object', ...defs.definitions[key], 'x-kind': spec.kind };
  } else {
    const properties = defs.properties(spec.type);
    // The key: in the URL (update, put) or chosen by the service (create), unless the docs require the client to choose it.
    if (properties.id && !properties.id.readOnly && !spec.required.includes('id')) {
      properties.id = { ...properties.id, readOnly: true, 'x-readOnly': spec.kind === 'update' ? '`id` cannot be changed after creation.' : '`id` is read-only: set by the service, not by the request.' };
    }
    schema = {
      ...head, title: `${short} (${spec.kind})`, description: `Request body to ${verb} a ${spec.type}.`,
      type: 'object', properties, 'x-graphType': spec.type, 'x-kind': spec.kind,
    };
    if (defs.isOpen(spec.type)) schema['x-openType'] = true; else schema.additionalProperties = false;
  }
  if (spec.required.length) schema.required = spec.required;
  return withDefinitions(schema, defs);
}

/** An entity type's own properties, one level deep, for `$select` checks and hover on responses. */
export function entitySchema(type: string, ctx: TypeContext, navigation: string[]): JsonSchema {
  const defs = new DefinitionSet(ctx);
  const properties: JsonSchema = {};
  for (const [name, s] of Object.entries(defs.properties(type))) {
    if (name === '@odata.type') continue;
    const { allOf: _allOf, items, ...rest } = s;
    properties[name] = items ? { ...rest, items: { type: items.type } } : rest;
  }
  return {
    $schema: DRAFT_07, $id: `${SCHEMA_ID_PREFIX}entities:${shortName(type)}`, title: shortName(type),
    description: `${type} (${ctx.metas.map(m => m.version).join(', ')})`, type: 'object', properties,
    'x-graphType': type, 'x-navigationProperties': navigation,
  };
}
