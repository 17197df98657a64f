import type { SandboxContext } from '../context';
import type { ConnectionSchema, ExternalItem } from '../store';
import { findConnection } from './externalConnections';
import { GraphError, badRequest, notFound } from './errors';
import { entityResult } from './odata';
import { noContent, type SandboxRequest, type GraphResult } from './request';
import { bodySchemas, type ObjectSchema } from './bodySchemas';
import { validateBody } from './validateBody';

const ITEM_TYPE = 'microsoft.graph.externalConnectors.externalItem';
const EC = 'microsoft.graph.externalConnectors';
/** docs-facts rule item.id: alphanumeric, at most 128 characters. */
const ITEM_ID = /^[A-Za-z0-9]{1,128}$/;
/** docs-facts rule item.acl: accessType, type and value are Nullable="false". */
const ACL_REQUIRED = ['accessType', 'type', 'value'];
/** docs-facts rule item.odataTypeMarkers: the `@odata.type` each collection property needs beside its value. */
const COLLECTION_MARKERS: Record<string, string> = {
  stringCollection: 'Collection(String)', int64Collection: 'Collection(Int64)', doubleCollection: 'Collection(Double)', dateTimeCollection: 'Collection(DateTimeOffset)',
};

function definition(schemaKey: string, name: string, required: string[] = []): ObjectSchema {
  const defs = (bodySchemas[schemaKey] as ObjectSchema & { definitions?: Record<string, ObjectSchema> }).definitions!;
  return { ...defs[`${EC}.${name}`], required };
}

function itemsOf(ctx: SandboxContext, connectionId: string): { schema: ConnectionSchema; items: Map<string, ExternalItem> } {
  const connection = findConnection(ctx, connectionId);
  const schema = ctx.state.connectionSchemas.get(connection.id);
  if (!schema) {
    throw new GraphError(400, 'BadRequest', `The connection '${connection.id}' has no registered schema: register one (PATCH .../schema) and wait for its operation to complete.`);
  }
  let items = ctx.state.externalItems.get(connection.id);
  if (!items) ctx.state.externalItems.set(connection.id, items = new Map());
  return { schema, items };
}

const isScalar: Record<string, (v: unknown) => boolean> = {
  string: v => typeof v === 'string',
  int64: v => Number.isInteger(v),
  double: v => typeof v === 'number',
  boolean: v => typeof v === 'boolean',
  dateTime: v => typeof v === 'string' && !Number.isNaN(Date.parse(v)),
  principal: v => typeof v === 'object' && v !== null && !Array.isArray(v),
};

/** An item's `properties` against the registered schema: names it declares, values of its types, collection markers. */
function checkProperties(properties: Record<string, unknown>, schema: ConnectionSchema): void {
  const byName = new Map(schema.properties.map(p => [p.name, p]));
  for (const [key, value] of Object.entries(properties)) {
    const marker = key.endsWith('@odata.type');
    const name = marker ? key.slice(0, -'@odata.type'.length) : key;
    const declared = byName.get(name);
    if (!declared) throw badRequest(`The property '${name}' is not in the connection's schema.`);
    if (marker) continue;
    const collection = declared.type.endsWith('Collection');
    const element = collection ? declared.type.slice(0, -'Collection'.length) : declared.type;
    const check = isScalar[element] ?? (() => true);
    if (collection ? !Array.isArray(value) || !value.every(check) : !check(value)) {
      throw badRequest(`The value of '${name}' does not match its schema type '${declared.type}'.`);
    }
    const want = COLLECTION_MARKERS[declared.type];
    if (want && properties[`${name}@odata.type`] !== want) throw badRequest(`The collection '${name}' needs "${name}@odata.type": "${want}".`);
    if (element === 'string' && /[^\x00-\x7f]/.test(JSON.stringify(value)) && !collection && properties[`${name}@odata.type`] !== 'String') {
      throw badRequest(`The value of '${name}' has non-ASCII characters and needs "${name}@odata.type": "String".`);
    }
  }
}

function checkItemParts(body: Record<string, unknown>, schema: ConnectionSchema, schemaKey: string, req: SandboxRequest): void {
  if ('acl' in body) {
    if (!Array.isArray(body.acl)) throw badRequest("A node of type 'PrimitiveValue' was read from the JSON reader when trying to read the contents of the property 'acl'; however, a 'StartArray' node was expected.");
    for (const entry of body.acl) validateBody(entry, definition(schemaKey, 'acl', ACL_REQUIRED), req.version);
  }
  if (body.content !== undefined && body.content !== null) validateBody(body.content, definition(schemaKey, 'externalItemContent'), req.version);
  if (body.properties !== undefined && body.properties !== null) checkProperties(body.properties as Record<string, unknown>, schema);
}

const itemFragment = (connectionId: string): string => `external/connections('${connectionId}')/items`;

/** PUT creates or replaces the item whole (docs: 200 OK). */
export function putItem(req: SandboxRequest): GraphResult {
  const [connectionId, itemId] = req.params;
  const { schema, items } = itemsOf(req.ctx, connectionId);
  if (!ITEM_ID.test(itemId)) throw badRequest(`The item id '${itemId}' is invalid: it must be 1 to 128 letters or digits.`);
  const body = validateBody(req.body, bodySchemas['externalItem.put'], req.version);
  checkItemParts(body, schema, 'externalItem.put', req);
  const item: ExternalItem = { id: itemId, acl: body.acl as unknown[], properties: body.properties as Record<string, unknown>, ...(body.content ? { content: body.content } : {}) };
  items.set(itemId, item);
  return entityResult(req, item, ITEM_TYPE, itemFragment(connectionId));
}

function findItem(req: SandboxRequest): { schema: ConnectionSchema; item: ExternalItem; items: Map<string, ExternalItem> } {
  const [connectionId, itemId] = req.params;
  const { schema, items } = itemsOf(req.ctx, connectionId);
  const item = items.get(itemId);
  if (!item) throw notFound(itemId);
  return { schema, item, items };
}

export function getItem(req: SandboxRequest): GraphResult {
  return entityResult(req, findItem(req).item, ITEM_TYPE, itemFragment(req.params[0]));
}

/** PATCH replaces `acl` and `properties` as a whole, never merging them (docs-facts rule item.patchReplaces). */
export function updateItem(req: SandboxRequest): GraphResult {
  const { schema, item } = findItem(req);
  const body = validateBody(req.body, bodySchemas['externalItem.update'], req.version);
  checkItemParts(body, schema, 'externalItem.update', req);
  if (Array.isArray(body.acl)) item.acl = body.acl;
  if (body.properties && typeof body.properties === 'object') item.properties = body.properties as Record<string, unknown>;
  if ('content' in body) item.content = body.content ?? undefined;
  return entityResult(req, item, ITEM_TYPE, itemFragment(req.params[0]));
}

export function deleteItem(req: SandboxRequest): GraphResult {
  const { item, items } = findItem(req);
  items.delete(item.id);
  return noContent();
}

/**
 * addActivities: one externalActivityResult per activity, `error` null when it was recorded. An activity Graph
 * cannot record (its startDateTime is not a date or lies in the future) gets an error, and the answer is 207.
 */
export function addActivities(req: SandboxRequest): GraphResult {
  findItem(req);
  const body = validateBody(req.body, bodySchemas['externalItem.addActivities'], req.version);
  if (!Array.isArray(body.activities)) throw badRequest("A node of type 'PrimitiveValue' was read from the JSON reader when trying to read the contents of the property 'activities'; however, a 'StartArray' node was expected.");
  const activityDef = definition('externalItem.addActivities', 'externalActivity', ['startDateTime', 'type']);
  const lenient = { ...activityDef, properties: { ...activityDef.properties, performedBy: { type: 'object' } } };
  const results = body.activities.map(activity => {
    const a = validateBody(activity, lenient, req.version);
    const start = Date.parse(String(a.startDateTime));
    const error = Number.isNaN(start) || start > req.ctx.clock()
      ? { code: 'InvalidActivity', message: `The startDateTime '${String(a.startDateTime)}' is not a date in the past.` }
      : null;
    const { '@odata.type': _type, ...rest } = a;
    return { '@odata.type': `#${EC}.externalActivityResult`, ...rest, error };
  });
  const partial = results.some(r => r.error !== null);
  return { status: partial ? 207 : 200, body: { '@odata.context': `${req.ctx.baseUrl}/${req.version}/$metadata#Collection(${EC}.externalActivityResult)`, value: results } };
}

/** Beta: the items the connection may still take (Graph's example shows 7000 for a fresh connection). */
export function getQuota(req: SandboxRequest): GraphResult {
  const connection = findConnection(req.ctx, req.params[0]);
  const used = req.ctx.state.externalItems.get(connection.id)?.size ?? 0;
  return { status: 200, body: { '@odata.context': `${req.ctx.baseUrl}/beta/$metadata#external/connections('${connection.id}')/quota/$entity`, itemsRemaining: 7000 - used } };
}
