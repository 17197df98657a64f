/**
 * The generated JSON Schemas (schemas/bodies, schemas/entities), bundled. The list of imports is checked
 * against the generator's output by test/unit/graph/generated.test.ts, so a new schema cannot be forgotten here.
 */
import connectorGroupCreate from '../../../schemas/bodies/connectorGroup.create.schema.json';
import connectorGroupUpdate from '../../../schemas/bodies/connectorGroup.update.schema.json';
import externalConnectionCreate from '../../../schemas/bodies/externalConnection.create.schema.json';
import externalConnectionUpdate from '../../../schemas/bodies/externalConnection.update.schema.json';
import externalGroupCreate from '../../../schemas/bodies/externalGroup.create.schema.json';
import externalGroupUpdate from '../../../schemas/bodies/externalGroup.update.schema.json';
import identityCreate from '../../../schemas/bodies/identity.create.schema.json';
import refConnector from '../../../schemas/bodies/ref.connector.schema.json';
import refConnectorGroup from '../../../schemas/bodies/ref.connectorGroup.schema.json';
import connector from '../../../schemas/entities/connector.schema.json';
import connectorGroup from '../../../schemas/entities/connectorGroup.schema.json';
import externalConnection from '../../../schemas/entities/externalConnection.schema.json';
import externalGroup from '../../../schemas/entities/externalGroup.schema.json';
import identity from '../../../schemas/entities/identity.schema.json';

/** A generated schema: draft-07 plus our editor keys (x-readOnly, x-enumDescriptions, x-refTarget, ...). */
export type GraphSchema = Record<string, any>;

/** Body schemas by the key routes.json names in `RouteOperation.bodySchema`. */
export const BODY_SCHEMAS: Record<string, GraphSchema> = {
  'connectorGroup.create': connectorGroupCreate, 'connectorGroup.update': connectorGroupUpdate,
  'externalConnection.create': externalConnectionCreate, 'externalConnection.update': externalConnectionUpdate,
  'externalGroup.create': externalGroupCreate, 'externalGroup.update': externalGroupUpdate,
  'identity.create': identityCreate, 'ref.connector': refConnector, 'ref.connectorGroup': refConnectorGroup,
};

/** Entity schemas by full type name (`microsoft.graph.connectorGroup`). */
export const ENTITY_SCHEMAS: Record<string, GraphSchema> = Object.fromEntries(
  [connector, connectorGroup, externalConnection, externalGroup, identity].map(s => [s['x-graphType'], s]));

/**
 * `schema.properties[name]` for a name from the user's text, own properties only: a body may name
 * `constructor`, `toString` or `__proto__`, which a plain lookup would find on Object.prototype.
 */
export function propertySchema(schema: GraphSchema | undefined, name: string): GraphSchema | undefined {
  const props = schema?.properties;
  return props && Object.hasOwn(props, name) ? props[name] : undefined;
}

export function getBodySchema(key: string | undefined): GraphSchema | undefined {
  return key ? BODY_SCHEMAS[key] : undefined;
}

export function getEntitySchema(typeName: string | undefined): GraphSchema | undefined {
  return typeName ? ENTITY_SCHEMAS[typeName] : undefined;
}

/** The body schema to fall back on when the URL says nothing but the body's `@odata.type` names a resource. */
export function bodySchemaForODataType(odataType: string, method: string): string | undefined {
  const type = odataType.replace(/^#/, '');
  const kind = method === 'PATCH' ? 'update' : 'create';
  return Object.keys(BODY_SCHEMAS).find(k => BODY_SCHEMAS[k]['x-graphType'] === type && BODY_SCHEMAS[k]['x-kind'] === kind);
}

/** Short name of a type for messages: `microsoft.graph.externalConnectors.externalGroup` -> `externalGroup`. */
export function shortTypeName(typeName: string): string {
  return typeName.slice(typeName.lastIndexOf('.') + 1);
}
