import { randomUUID } from 'node:crypto';
import type { ConnectionOperation, ConnectionSchema, PublicError, SchemaProperty } from '../store';
import { findConnection } from './externalConnections';
import { GraphError, badRequest } from './errors';
import { entityResult } from './odata';
import type { SandboxRequest, GraphResult } from './request';
import { bodySchemas, type ObjectSchema, type PropertySchema } from './bodySchemas';
import { validateBody } from './validateBody';

const SCHEMA_TYPE = 'microsoft.graph.externalConnectors.schema';
const OPERATION_TYPE = 'microsoft.graph.externalConnectors.connectionOperation';
const PROPERTY_DEFINITION = 'microsoft.graph.externalConnectors.property';
/** docs-facts rule schema.property: only String and StringCollection properties can be searchable (any spelling: Graph reads enum members case-insensitively). */
const SEARCHABLE_TYPES = ['string', 'stringcollection'];

const connectionFragment = (id: string): string => `external/connections('${id}')`;

/** The property type of the generated schema (names, aliases, labels and type enums come from there, not from here). */
function propertyDefinition(): ObjectSchema {
  const defs = (bodySchemas['schema.update'] as ObjectSchema & { definitions?: Record<string, ObjectSchema> }).definitions;
  return defs![PROPERTY_DEFINITION];
}

const itemsOf = (prop: PropertySchema | undefined): PropertySchema | undefined => (prop as { items?: PropertySchema } | undefined)?.items;

/**
 * The docs rules a registration can break (docs-facts schema.properties.count, schema.property): Graph accepts the
 * request and fails its operation, so they become the operation's publicError rather than a 400.
 */
function ruleViolation(properties: SchemaProperty[]): PublicError | null {
  const fail = (message: string, target?: string): PublicError => ({ code: 'InvalidSchema', message, ...(target ? { target } : {}) });
  if (properties.length < 1 || properties.length > 128) return fail(`A schema has 1 to 128 properties; this one has ${properties.length}.`);
  const def = propertyDefinition().properties;
  const namePattern = new RegExp(def.name.pattern!);
  const aliasPattern = new RegExp(itemsOf(def.aliases)?.pattern ?? def.name.pattern!);
  const labels = itemsOf(def.labels)?.enum ?? [];
  const seen = new Set<string>();
  for (const p of properties) {
    if (typeof p.name !== 'string' || !namePattern.test(p.name)) return fail(`The property name '${String(p.name)}' must be 1 to 32 letters or digits.`, 'properties');
    const target = `properties/${p.name}`;
    if (seen.has(p.name.toLowerCase())) return fail(`The property name '${p.name}' is used twice.`, target);
    seen.add(p.name.toLowerCase());
    if (typeof p.type !== 'string' || !def.type.enum!.includes(p.type)) return fail(`The property '${p.name}' has no valid type.`, target);
    for (const alias of p.aliases ?? []) if (!aliasPattern.test(alias)) return fail(`The alias '${alias}' of '${p.name}' must be 1 to 32 letters or digits.`, target);
    for (const label of p.labels ?? []) if (!labels.includes(label)) return fail(`The label '${label}' of '${p.name}' is not a known label.`, target);
    if (p.isSearchable === true && !SEARCHABLE_TYPES.includes(p.type.toLowerCase())) return fail(`The property '${p.name}' of type ${p.type} cannot be searchable: only string and stringCollection properties can.`, target);
  }
  return null;
}

/**
 * PATCH (and the docs' older POST) of a connection's schema: 202 Accepted with the operation's URL in Location.
 * The operation stays inprogress for the sandbox's operation delay, then completes (the schema is registered and the
 * connection ready) or fails with the rule it broke.
 */
export function registerSchema(req: SandboxRequest): GraphResult {
  const connection = findConnection(req.ctx, req.params[0]);
  const body = validateBody(req.body, bodySchemas[req.operation.bodySchema ?? 'schema.update'], req.version);
  if (!Array.isArray(body.properties)) throw badRequest(`A node of type 'PrimitiveValue' was read from the JSON reader when trying to read the contents of the property 'properties'; however, a 'StartArray' node was expected.`);
  const definition = { ...propertyDefinition(), required: ['name', 'type'] };
  const properties = body.properties.map(p => {
    // Structure (unknown names, wrong JSON types) is a 400 now; the docs rules fail the operation later.
    const relaxed = { ...definition, properties: { ...definition.properties, name: { ...definition.properties.name, pattern: undefined } } };
    return { ...validateBody(p, relaxed, req.version) } as SchemaProperty;
  });
  const schema: ConnectionSchema = { baseType: body.baseType as string, properties };
  const operation: ConnectionOperation = { id: randomUUID(), connectionId: connection.id, dueMs: req.ctx.clock() + req.ctx.operationDelayMs, schema, error: ruleViolation(properties) };
  req.ctx.state.connectionOperations.set(operation.id, operation);
  return { status: 202, headers: { location: `${req.ctx.baseUrl}/${req.version}/external/connections/${connection.id}/operations/${operation.id}` } };
}

export function getSchema(req: SandboxRequest): GraphResult {
  const connection = findConnection(req.ctx, req.params[0]);
  const schema = req.ctx.state.connectionSchemas.get(connection.id);
  if (!schema) throw new GraphError(404, 'itemNotFound', `The connection '${connection.id}' has no registered schema.`);
  return entityResult(req, schema, SCHEMA_TYPE, `${connectionFragment(connection.id)}/schema`);
}

export function getOperation(req: SandboxRequest): GraphResult {
  const [connectionId, operationId] = req.params;
  findConnection(req.ctx, connectionId);
  const op = req.ctx.state.connectionOperations.get(operationId);
  if (!op || op.connectionId !== connectionId) throw new GraphError(404, 'itemNotFound', `The operation '${operationId}' does not exist in connection '${connectionId}'.`);
  const status = op.dueMs > req.ctx.clock() ? 'inprogress' : op.error ? 'failed' : 'completed';
  const view = { id: op.id, status, error: status === 'failed' ? op.error : null };
  return entityResult(req, view, OPERATION_TYPE, `${connectionFragment(connectionId)}/operations`);
}
