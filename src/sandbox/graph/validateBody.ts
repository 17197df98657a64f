import type { ApiVersion } from '../../core/graph/types';
import { badRequest } from './errors';
import type { ObjectSchema, PropertySchema } from './bodySchemas';

function edmTypeOf(prop: PropertySchema): string {
  return prop['x-graphType'] ?? (prop.type === 'boolean' || (Array.isArray(prop.type) && prop.type.includes('boolean')) ? 'Edm.Boolean' : 'Edm.String');
}

function literal(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The complex type a property's value has, when the schema defines its properties (getBodySchema resolved the `$ref`s). */
function complexSchemaOf(prop: PropertySchema): ObjectSchema | undefined {
  const def = prop.allOf?.[0];
  return def?.properties ? { ...def, properties: def.properties } : undefined;
}

/**
 * Checks a value and returns it as Graph reads it: a Boolean written as the string "true" or "false" is the Boolean
 * (OData's reader converts a string payload value to the property's primitive type; the validator's
 * graph.body.booleanString warns about it, and the docs' own connector schema examples send `"isSearchable": "true"`).
 */
function checkValue(name: string, prop: PropertySchema, value: unknown, deep?: Deep): unknown {
  if (value === null) return value; // nullability is the service's business rule, checked by the handlers that care
  switch (Array.isArray(prop.type) ? prop.type.find(t => t !== 'null') : prop.type) {
    case 'string':
      if (typeof value !== 'string') throw badRequest(`Cannot convert the literal '${literal(value)}' to the expected type '${edmTypeOf(prop)}'.`);
      if (prop.enum && !prop.enum.includes(value)) throw badRequest(`Requested value '${value}' was not found.`);
      if (prop.pattern && !new RegExp(prop.pattern).test(value)) throw badRequest(`Invalid value for property '${name}'. ${prop.errorMessage ?? ''}`.trim());
      return value;
    case 'boolean': {
      const spelled = typeof value === 'string' ? value.toLowerCase() : undefined;
      if (spelled === 'true' || spelled === 'false') return spelled === 'true';
      if (typeof value !== 'boolean') throw badRequest(`Cannot convert the literal '${literal(value)}' to the expected type 'Edm.Boolean'.`);
      return value;
    }
    case 'object':
      if (typeof value !== 'object' || Array.isArray(value)) {
        throw badRequest(`A node of type 'PrimitiveValue' was read from the JSON reader when trying to read the contents of the property '${name}'; however, a 'StartObject' node was expected.`);
      }
      if (deep) {
        const nested = complexSchemaOf(prop);
        if (nested) validateBody(value, nested, deep.version, { deep: true });
      }
      return value;
    case 'array':
      if (!deep) return value;
      if (!Array.isArray(value)) throw badRequest(`A node of type 'PrimitiveValue' was read from the JSON reader when trying to read the contents of the property '${name}'; however, a 'StartArray' node was expected.`);
      return prop.items ? value.map(item => checkValue(name, prop.items!, item, deep)) : value;
  }
  return value;
}

/** With `deep`, complex values and collections are checked against their own types too (enums, read-only, unknown names). */
interface Deep { version: ApiVersion }

/**
 * Checks a parsed JSON body against a generated schema: object shape, unknown and read-only properties,
 * types, enums, patterns and required properties. Throws GraphError 400 with Graph's wording. Values Graph converts
 * (a Boolean written "true") are converted in the body returned.
 */
export function validateBody(body: unknown, schema: ObjectSchema, version: ApiVersion, options: { deep?: boolean } = {}): Record<string, unknown> {
  const deep: Deep | undefined = options.deep ? { version } : undefined;
  const typeName = schema['x-graphType'] ?? 'microsoft.graph.entity';
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest(`The request payload must be a JSON object of type '${typeName}'.`);
  }
  const record = body as Record<string, unknown>;
  for (const [name, value] of Object.entries(record)) {
    // Own properties only: `constructor`, `toString`, `__proto__` are unknown properties, not Object.prototype's.
    const prop = Object.hasOwn(schema.properties, name) ? schema.properties[name] : undefined;
    if (!prop || (prop['x-betaOnly'] && version !== 'beta')) {
      throw badRequest(`The property '${name}' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type or mark the type as open type.`);
    }
    if (prop.readOnly) throw badRequest(`Property '${name}' is read-only and cannot be set.`);
    record[name] = checkValue(name, prop, value, deep);
  }
  for (const name of schema.required ?? []) {
    if (!Object.hasOwn(record, name) || record[name] === undefined || record[name] === null) {
      throw badRequest(`The property '${name}' is required when creating a '${typeName}'.`);
    }
  }
  return record;
}
