/**
 * The generated JSON Schemas (schemas/bodies, schemas/entities), loaded one file at a time on first use: esbuild
 * bundles every file the `require` templates below can name as its own lazily evaluated module, so activation
 * parses none of them. A body file's `$ref`s into its own `definitions` are resolved once, into shared objects,
 * because the JSON language service's synchronous validate() does not follow `$ref`.
 */
import { loadRouteTable } from './routes';
import { getV1BodySchema } from './v1Schemas';

/** A generated schema: draft-07 plus our editor keys (x-readOnly, x-enumDescriptions, x-refTarget, ...). */
export type GraphSchema = Record<string, any>;

const SAFE_NAME = /^[A-Za-z0-9_.]+$/;
const bodies = new Map<string, GraphSchema | undefined>();
const entities = new Map<string, GraphSchema | undefined>();

function load(kind: 'bodies' | 'entities', name: string): GraphSchema | undefined {
  if (!SAFE_NAME.test(name)) return undefined;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return kind === 'bodies' ? require(`../../../schemas/bodies/${name}.schema.json`) : require(`../../../schemas/entities/${name}.schema.json`);
  } catch {
    return undefined;
  }
}

/** Replaces `{ "$ref": "#/definitions/X" }` by the definition itself, everywhere, in place (cycles are fine). */
export function resolveDefinitions(schema: GraphSchema): GraphSchema {
  const defs: Record<string, GraphSchema> = schema.definitions ?? {};
  const seen = new Set<object>();
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

export function getBodySchema(key: string | undefined): GraphSchema | undefined {
  if (!key) return undefined;
  // A route walked through the whole v1.0 metadata (v1Routes.ts): its schema is built per type on first use.
  if (key.startsWith('v1.0:')) return getV1BodySchema(key);
  if (!bodies.has(key)) {
    const s = load('bodies', key);
    bodies.set(key, s ? resolveDefinitions(s) : undefined);
  }
  return bodies.get(key);
}

/** Entity schema by full type name (`microsoft.graph.connectorGroup`). */
export function getEntitySchema(typeName: string | undefined): GraphSchema | undefined {
  if (!typeName) return undefined;
  if (!entities.has(typeName)) {
    const s = load('entities', shortTypeName(typeName));
    entities.set(typeName, s?.['x-graphType'] === typeName ? s : undefined);
  }
  return entities.get(typeName);
}

/** Every body-schema key the route table names. */
export function bodySchemaKeys(): string[] {
  return [...new Set(loadRouteTable().routes.flatMap(r => r.operations.map(o => o.bodySchema)).filter((k): k is string => !!k))].sort();
}

/** Entity types the route table addresses. */
export function entityTypeNames(): string[] {
  return [...new Set(loadRouteTable().routes.map(r => r.resourceType).filter((t): t is string => !!t && !!getEntitySchema(t)))].sort();
}

/**
 * `schema.properties[name]` for a name from the user's text, own properties only: a body may name
 * `constructor`, `toString` or `__proto__`, which a plain lookup would find on Object.prototype.
 */
export function propertySchema(schema: GraphSchema | undefined, name: string): GraphSchema | undefined {
  const props = schema?.properties;
  return props && Object.hasOwn(props, name) ? props[name] : undefined;
}

/**
 * Whether an `allOf` branch's condition holds for a value whose `@odata.type` is `declared` (undefined: none given):
 * the generator's dispatch conditions name a type with and without `#` (namesType) or say "names none".
 */
export function branchHolds(condition: GraphSchema | undefined, declared: unknown): boolean {
  const names = condition?.properties?.['@odata.type']?.enum;
  if (Array.isArray(names)) return names.includes(declared);
  return condition?.not?.required ? declared === undefined : false;
}

/** The body schema to fall back on when the URL says nothing but the body's `@odata.type` names a resource. */
export function bodySchemaForODataType(odataType: string, method: string): string | undefined {
  const type = odataType.replace(/^#/, '');
  const kinds = method === 'PATCH' ? ['update'] : method === 'PUT' ? ['put'] : ['create'];
  return bodySchemaKeys().find(k => kinds.some(kind => k === `${shortTypeName(type)}.${kind}`) && getBodySchema(k)?.['x-graphType'] === type);
}

/** The JSON type of a value schema without `null` (`["string", "null"]` -> `string`). */
export function valueType(s: GraphSchema | undefined): string | undefined {
  const t = s?.type;
  return Array.isArray(t) ? t.find(x => x !== 'null') : t;
}

export function allowsNull(s: GraphSchema | undefined): boolean {
  return Array.isArray(s?.type) ? s.type.includes('null') : s?.type === 'null';
}

/** Short name of a type for messages: `microsoft.graph.externalConnectors.externalGroup` -> `externalGroup`. */
export function shortTypeName(typeName: string): string {
  return typeName.slice(typeName.lastIndexOf('.') + 1);
}
