import connectorEntity from '../../../schemas/entities/connector.schema.json';
import connectorGroupEntity from '../../../schemas/entities/connectorGroup.schema.json';
import externalConnectionEntity from '../../../schemas/entities/externalConnection.schema.json';
import externalGroupEntity from '../../../schemas/entities/externalGroup.schema.json';
import identityEntity from '../../../schemas/entities/identity.schema.json';
import connectorGroupCreate from '../../../schemas/bodies/connectorGroup.create.schema.json';
import connectorGroupUpdate from '../../../schemas/bodies/connectorGroup.update.schema.json';
import externalConnectionCreate from '../../../schemas/bodies/externalConnection.create.schema.json';
import externalConnectionUpdate from '../../../schemas/bodies/externalConnection.update.schema.json';
import externalGroupCreate from '../../../schemas/bodies/externalGroup.create.schema.json';
import externalGroupUpdate from '../../../schemas/bodies/externalGroup.update.schema.json';
import identityCreate from '../../../schemas/bodies/identity.create.schema.json';
import refConnector from '../../../schemas/bodies/ref.connector.schema.json';
import refConnectorGroup from '../../../schemas/bodies/ref.connectorGroup.schema.json';

/** The subset of the generated JSON Schemas (schemas/) the sandbox enforces; the facts live there, not here. */
export interface PropertySchema {
  type?: string;
  enum?: string[];
  pattern?: string;
  errorMessage?: string;
  readOnly?: boolean;
  'x-graphType'?: string;
  'x-betaOnly'?: boolean;
}

export interface ObjectSchema {
  properties: Record<string, PropertySchema>;
  required?: string[];
  additionalProperties?: boolean;
  'x-graphType'?: string;
}

const asSchema = (s: unknown): ObjectSchema => s as ObjectSchema;

/** Request-body schemas by the route table's `bodySchema` key. */
export const bodySchemas: Record<string, ObjectSchema> = {
  'connectorGroup.create': asSchema(connectorGroupCreate),
  'connectorGroup.update': asSchema(connectorGroupUpdate),
  'externalConnection.create': asSchema(externalConnectionCreate),
  'externalConnection.update': asSchema(externalConnectionUpdate),
  'externalGroup.create': asSchema(externalGroupCreate),
  'externalGroup.update': asSchema(externalGroupUpdate),
  'identity.create': asSchema(identityCreate),
  'ref.connector': asSchema(refConnector),
  'ref.connectorGroup': asSchema(refConnectorGroup),
};

/** Entity schemas by Graph type name, for $select checks. */
const entitySchemas = new Map<string, ObjectSchema>(
  [connectorEntity, connectorGroupEntity, externalConnectionEntity, externalGroupEntity, identityEntity]
    .map(s => [asSchema(s)['x-graphType'] as string, asSchema(s)]),
);

/** Applications have no generated schema (only their connectorGroup link is in scope); these are the properties the sandbox keeps. */
const APPLICATION_PROPERTIES = ['id', 'appId', 'displayName'];

export function selectableProperties(graphType: string): string[] | undefined {
  if (graphType === 'microsoft.graph.application') return APPLICATION_PROPERTIES;
  const schema = entitySchemas.get(graphType);
  return schema ? Object.keys(schema.properties) : undefined;
}
