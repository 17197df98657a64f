import { getBodySchema, getEntitySchema } from '../../core/graph/schemas';

/** The subset of the generated JSON Schemas (schemas/) the sandbox enforces; the facts live there, not here. */
export interface PropertySchema {
  type?: string | string[];
  enum?: string[];
  pattern?: string;
  errorMessage?: string;
  readOnly?: boolean;
  'x-graphType'?: string;
  'x-betaOnly'?: boolean;
  allOf?: Partial<ObjectSchema>[];
  items?: PropertySchema;
}

export interface ObjectSchema {
  properties: Record<string, PropertySchema>;
  required?: string[];
  additionalProperties?: boolean;
  'x-graphType'?: string;
}

const asSchema = (s: unknown): ObjectSchema => s as ObjectSchema;

/** Request-body schemas by the route table's `bodySchema` key (loaded on first use). */
export const bodySchemas: Record<string, ObjectSchema> = new Proxy({}, {
  get: (_target, key) => typeof key === 'string' ? asSchema(getBodySchema(key)) : undefined,
});

export function selectableProperties(graphType: string): string[] | undefined {
  const schema = getEntitySchema(graphType) as ObjectSchema | undefined;
  return schema ? Object.keys(schema.properties) : undefined;
}
