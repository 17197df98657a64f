// A connection's Schema and Operations in the tree, as pure models: the schema read with GET .../schema (its
// properties with type, labels and flags; a 404 says "no schema", not an error), the operations this workspace
// remembers (Graph cannot list them) each read on expand, the connection's state, and the Graph calls behind
// "Register Schema from File…", "Poll Operation" and "Put Item from File…". Facts: docs-facts.json operations
// schema.register/schema.get/connectionOperation.get/externalItem.put, rules schema.async, schema.property, item.id;
// property and connectionOperation types from the v1.0 CSDL.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { graphUrls } from '../../../src/core/tenant/graphUrls';
import type { TenantNode } from '../../../src/core/tenant/nodes';
import { permissionFor } from '../../../src/core/tenant/refusedPermission';
import { tenantRoot } from '../../../src/core/tenant/structure';
import { TenantChildren } from '../../../src/core/tenant/tenantChildren';
import { mapExternalConnection } from '../../../src/core/tenant/mapItems';
import { mapOperation, mapSchemaProperty, timeOfDay } from '../../../src/core/tenant/connectionParts';
import { MAX_PER_CONNECTION, operationFromLocation, RememberedOperations, startedOperation, type RememberedOperation } from '../../../src/core/tenant/rememberedOperations';
import { pollOperation, putItem, registerSchema, validateItemId } from '../../../src/core/tenant/connectionActions';
import { GraphActionError } from '../../../src/core/tenant/tenantAnswers';
import { errorsOf, itemBodyProblems, listProblems, schemaBodyProblems } from '../../../src/core/tenant/connectorBodyCheck';
import { fakeGraph, json } from './fakeGraph';

const SCHEMA = {
  baseType: 'microsoft.graph.externalItem',
  properties: [
    { name: 'title', type: 'string', isSearchable: true, isRetrievable: true, labels: ['title'] },
    { name: 'priority', type: 'int64', isQueryable: true, isRetrievable: true, isRefinable: true, aliases: ['prio'] },
    { name: 'tags', type: 'stringCollection', isSearchable: true },
  ],
};

function connectionSetup(handler: Parameters<typeof fakeGraph>[0], operations: RememberedOperation[] = []) {
  const graph = fakeGraph(r => (r.url === graphUrls.externalConnections() ? json(200, { value: [{ id: 'tickets', name: 'Tickets', state: 'ready' }] }) : handler(r)));
  const read: [string, string][] = [];
  const children = new TenantChildren({
    send: graph.send, permissionFor, rememberedGroups: () => [], rememberedOperations: () => operations,
    operationRead: (op, status) => read.push([op.id, status]), onChanged: () => {},
  });
  const root = tenantRoot({ environment: 'sandbox', cloudLabel: 'Sandbox tenant' });
  const connection = async (): Promise<TenantNode> => (await children.loadedChildren(children.children(root).find(n => n.kind === 'externalConnections')!))[0];
  const part = async (kind: string): Promise<TenantNode> => children.children(await connection()).find(n => n.kind === kind)!;
  return { graph, children, part, read, connection };
}

class MemoryStore {
  private readonly data = new Map<string, unknown>();
  get<T>(key: string): T | undefined { return this.data.get(key) as T | undefined; }
  async update(key: string, value: unknown): Promise<void> { this.data.set(key, value); }
}

describe('a connection in the tree', () => {
  test('shows its state in the description, tooltip and icon colour', () => {
    const folder = tenantRoot({ environment: 'sandbox', cloudLabel: 'Sandbox tenant' });
    const ready = mapExternalConnection(folder, { id: 'tickets', name: 'Tickets', state: 'ready' })!;
    assert.equal(ready.description, 'tickets · ready');
    assert.match(ready.tooltip!, /^State: ready$/m);
    assert.deepEqual(ready.icon, { id: 'plug', color: 'testing.iconPassed' });
    const draft = mapExternalConnection(folder, { id: 'tickets', name: 'Tickets', state: 'draft' })!;
    assert.deepEqual(draft.icon, { id: 'plug', color: 'list.warningForeground' });
  });

  test('Schema lists the registered properties with type, labels and flags, from GET .../schema', async () => {
    const { part, children, graph } = connectionSetup(r => (r.url === graphUrls.connectionSchema('tickets') ? json(200, { '@odata.context': 'x', ...SCHEMA }) : json(500, {})));
    const schema = await part('connectionSchema');
    assert.equal(schema.expandable, true);
    assert.deepEqual(children.children(schema).map(n => n.kind), ['loading']);
    const props = await children.loadedChildren(schema);
    assert.deepEqual(props.map(p => [p.label, p.description]), [
      ['title', 'string · title · searchable, retrievable'],
      ['priority', 'int64 · queryable, retrievable, refinable'],
      ['tags', 'stringCollection · searchable'],
    ]);
    assert.equal(props[1].tooltip, 'priority\nType: int64\nLabels: -\nAliases: prio\nSearchable: no\nQueryable: yes\nRetrievable: yes\nRefinable: yes');
    assert.deepEqual(props.map(p => p.icon?.id), ['symbol-string', 'symbol-numeric', 'symbol-array']);
    assert.equal(props[0].contextValue, 'schemaProperty');
    assert.deepEqual(graph.requests.filter(r => r.url.endsWith('/schema')).map(r => r.method), ['GET']);
  });

  test('a connection without a registered schema says so (404 is not an error) and offers to register one', async () => {
    const { part, children } = connectionSetup(() => json(404, { error: { code: 'itemNotFound', message: 'no schema' } }));
    const [item] = await children.loadedChildren(await part('connectionSchema'));
    assert.equal(item.kind, 'empty');
    assert.equal(item.label, 'No schema registered');
    assert.equal(item.command?.command, 'graphConnectorGroups.registerSchemaFromFile');
    assert.deepEqual(item.command?.arguments, [{ connectionId: 'tickets' }]);
  });

  test('another failure reading the schema is an error item with Graph\'s message', async () => {
    const { part, children } = connectionSetup(() => json(500, { error: { code: 'generalException', message: 'boom' } }));
    const [item] = await children.loadedChildren(await part('connectionSchema'));
    assert.equal(item.kind, 'error');
    assert.equal(item.label, 'boom');
  });

  test('Operations: none remembered says Graph cannot list them, and asks Graph nothing', async () => {
    const { part, children, graph } = connectionSetup(() => json(500, {}));
    const [item] = await children.loadedChildren(await part('connectionOperations'));
    assert.equal(item.label, 'No operations started from this workspace');
    assert.equal(item.description, 'Graph cannot list operations');
    assert.ok(!graph.requests.some(r => r.url.includes('/operations')));
  });

  test('Operations: each remembered operation of this connection, its status read on expand', async () => {
    const started = Date.UTC(2024, 4, 31, 12, 0, 0);
    const ops: RememberedOperation[] = [
      { connectionId: 'tickets', id: 'op2', startedAt: started + 60_000 },
      { connectionId: 'tickets', id: 'op1', startedAt: started, status: 'inprogress' },
      { connectionId: 'other', id: 'op3', startedAt: started },
      { connectionId: 'TICKETS', id: 'gone', startedAt: started - 60_000 },
    ];
    const { part, children, graph, read } = connectionSetup(r => {
      if (r.url === graphUrls.connectionOperation('tickets', 'op1')) return json(200, { id: 'op1', status: 'completed', error: null });
      if (r.url === graphUrls.connectionOperation('tickets', 'op2')) return json(200, { id: 'op2', status: 'failed', error: { code: 'InvalidSchema', message: 'The property \'n\' cannot be searchable.', target: 'properties/n' } });
      return json(404, { error: { code: 'itemNotFound', message: 'The operation does not exist.' } });
    }, ops);
    const shown = await children.loadedChildren(await part('connectionOperations'));
    assert.deepEqual(shown.map(n => [n.entityId, n.contextValue, n.icon?.id]), [
      ['op2', 'connectionOperation.failed', 'error'], ['op1', 'connectionOperation.completed', 'pass-filled'], ['gone', 'connectionOperation.unknown', 'question'],
    ]);
    assert.equal(shown[1].label, 'Schema registration');
    assert.equal(shown[1].description, `completed · started ${timeOfDay(started)}`);
    assert.match(shown[0].tooltip!, /^Error: InvalidSchema: The property 'n' cannot be searchable\. \(target: properties\/n\)$/m);
    assert.match(shown[2].description!, /^could not read: The operation does not exist\. · started/);
    assert.ok(!graph.requests.some(r => r.url.includes('op3')), 'only this connection\'s operations');
    assert.deepEqual(read.sort(), [['op1', 'completed'], ['op2', 'failed']]);
  });

  test('an operation item before any reading shows the status last remembered', () => {
    const folder = tenantRoot({ environment: 'sandbox', cloudLabel: 'x' });
    const item = mapOperation(folder, { connectionId: 'c', id: 'o', startedAt: 0, status: 'inprogress' }, undefined);
    assert.equal(item.contextValue, 'connectionOperation.inprogress');
    assert.equal(item.icon?.id, 'sync~spin');
  });

  test('a schema property without a name is skipped; one without flags says only its type', () => {
    const folder = tenantRoot({ environment: 'sandbox', cloudLabel: 'x' });
    assert.equal(mapSchemaProperty(folder, { type: 'string' }), undefined);
    assert.equal(mapSchemaProperty(folder, { name: 'when', type: 'dateTime' })!.description, 'dateTime');
  });
});

describe('remembered operations', () => {
  test('newest first, per tenant, at most MAX_PER_CONNECTION per connection; status updates', async () => {
    const store = new RememberedOperations(new MemoryStore());
    for (let i = 0; i < MAX_PER_CONNECTION + 2; i++) await store.remember('t1', { connectionId: 'c', id: `op${i}`, startedAt: i });
    await store.remember('t1', { connectionId: 'd', id: 'x', startedAt: 5.5 });
    const list = store.list('t1');
    assert.equal(list.filter(o => o.connectionId === 'c').length, MAX_PER_CONNECTION);
    assert.equal(list[0].id, `op${MAX_PER_CONNECTION + 1}`);
    assert.ok(list.some(o => o.id === 'x'), 'another connection keeps its own');
    assert.ok(!list.some(o => o.id === 'op0' || o.id === 'op1'), 'the oldest are dropped');
    assert.deepEqual(store.list('t2'), []);
    await store.setStatus('t1', 'C', 'OP5', 'completed');
    assert.equal(store.list('t1').find(o => o.id === 'op5')?.status, 'completed');
  });

  test('the operation a Location names, and one a .http schema registration started', () => {
    assert.deepEqual(operationFromLocation('http://127.0.0.1:5000/v1.0/external/connections/tickets/operations/6e4b-1'), { connectionId: 'tickets', id: '6e4b-1' });
    assert.deepEqual(operationFromLocation('https://graph.microsoft.com/beta/external/connections/x/operations/y'), { connectionId: 'x', id: 'y' });
    assert.equal(operationFromLocation('https://graph.microsoft.com/v1.0/external/connections/x/schema'), undefined);
    assert.equal(operationFromLocation(undefined), undefined);
    const location = 'https://graph.microsoft.com/v1.0/external/connections/tickets/operations/op1';
    assert.deepEqual(startedOperation({ method: 'PATCH', url: 'http://127.0.0.1:1/v1.0/external/connections/tickets/schema', status: 202, responseLocation: location }, 7),
      { connectionId: 'tickets', id: 'op1', startedAt: 7 });
    assert.equal(startedOperation({ method: 'PATCH', url: 'https://graph.microsoft.com/v1.0/external/connections/tickets/schema', status: 200, responseLocation: location }, 7), undefined);
    assert.equal(startedOperation({ method: 'PATCH', url: 'https://graph.microsoft.com/v1.0/external/connections/tickets', status: 202, responseLocation: location }, 7), undefined);
    assert.equal(startedOperation({ method: 'PATCH', url: 'https://graph.microsoft.com/v1.0/external/connections/tickets/schema', status: 202 }, 7), undefined);
  });
});

describe('connection actions', () => {
  test('register: PATCH .../schema, the 202 Location names the operation', async () => {
    const graph = fakeGraph(() => ({ status: 202, headers: { Location: 'https://graph.microsoft.com/v1.0/external/connections/tickets/operations/op9' } }));
    const started = await registerSchema(graph.send, 'tickets', JSON.stringify(SCHEMA));
    assert.deepEqual(started, { connectionId: 'tickets', operationId: 'op9', location: 'https://graph.microsoft.com/v1.0/external/connections/tickets/operations/op9' });
    assert.equal(graph.requests[0].method, 'PATCH');
    assert.equal(graph.requests[0].url, graphUrls.connectionSchema('tickets'));
    assert.equal(graph.requests[0].headers?.['Content-Type'], 'application/json');
  });

  test('register: a refusal carries Graph\'s message; a 2xx without an operation is said', async () => {
    const refused = fakeGraph(() => json(400, { error: { code: 'BadRequest', message: 'Invalid schema' } }));
    await assert.rejects(registerSchema(refused.send, 'tickets', '{}'), (e: unknown) => e instanceof GraphActionError && /Invalid schema \(HTTP 400\)/.test(e.message));
    const odd = fakeGraph(() => json(200, {}));
    await assert.rejects(registerSchema(odd.send, 'tickets', '{}'), /HTTP 200 without an operation to poll/);
  });

  test('poll: GETs until completed or failed, reporting each status, waiting longer each time; stops at the timeout', async () => {
    const answers = ['inprogress', 'inprogress', 'inprogress', 'inprogress', 'completed'];
    const graph = fakeGraph(() => json(200, { id: 'op', status: answers.shift() }));
    const seen: string[] = [];
    const slept: number[] = [];
    const last = await pollOperation(graph.send, 'tickets', 'op', { intervalMs: 10, maxIntervalMs: 40, timeoutMs: 10_000, sleep: async ms => { slept.push(ms); }, onStatus: o => seen.push(String(o.status)) });
    assert.equal(last.status, 'completed');
    assert.deepEqual(seen, ['inprogress', 'inprogress', 'inprogress', 'inprogress', 'completed']);
    assert.deepEqual(slept, [10, 20, 40, 40], 'the wait doubles up to maxIntervalMs');
    assert.ok(graph.requests.every(r => r.method === 'GET' && r.url === graphUrls.connectionOperation('tickets', 'op')));
    const forever = fakeGraph(() => json(200, { id: 'op', status: 'inprogress' }));
    assert.equal((await pollOperation(forever.send, 'tickets', 'op', { intervalMs: 50, timeoutMs: 0, sleep: async () => {} })).status, 'inprogress');
    assert.equal(forever.requests.length, 1);
  });

  test('put item: PUT .../items/{id}; the id follows docs rule item.id', async () => {
    const graph = fakeGraph(() => json(200, { id: 'TSP1' }));
    const r = await putItem(graph.send, 'tickets', 'TSP1', '{"acl":[],"properties":{}}');
    assert.deepEqual(r, { status: 200, url: graphUrls.externalItem('tickets', 'TSP1'), item: { id: 'TSP1' } });
    assert.equal(graph.requests[0].method, 'PUT');
    assert.equal(validateItemId('TSP228082938'), undefined);
    assert.equal(validateItemId('a'.repeat(128)), undefined);
    assert.match(validateItemId('a'.repeat(129))!, /item\.id/);
    assert.match(validateItemId('TSP-1')!, /1 to 128 letters or digits/);
    assert.match(validateItemId('')!, /item\.id/);
  });
});

describe('checking a file before sending it', () => {
  test('a valid schema has no errors', async () => {
    assert.deepEqual(errorsOf(await schemaBodyProblems('tickets', JSON.stringify(SCHEMA, null, 2))), []);
  });

  test('a schema breaking docs rule schema.property is refused at its line', async () => {
    const text = '{\n  "baseType": "microsoft.graph.externalItem",\n  "properties": [\n    { "name": "priority", "type": "int64", "isSearchable": true }\n  ]\n}\n';
    const errors = errorsOf(await schemaBodyProblems('tickets', text));
    assert.ok(errors.length > 0, 'an error');
    assert.equal(errors[0].line, 4);
    assert.match(errors[0].message, /schema\.property/);
    assert.match(listProblems(errors), /^line 4, column \d+: /);
  });

  test('a file that is not JSON is refused', async () => {
    assert.ok(errorsOf(await schemaBodyProblems('tickets', '{ "baseType": ')).length > 0);
  });

  test('an item is checked against the registered schema: an unknown property is an error at its line', async () => {
    const item = '{\n  "acl": [{ "type": "everyone", "value": "c8d5b1a2-3e4f-4a5b-9c6d-7e8f9a0b1c2d", "accessType": "grant" }],\n  "properties": {\n    "titel": "Printer"\n  }\n}\n';
    const against = (await itemBodyProblems('tickets', 'TSP1', item, SCHEMA)).filter(p => p.line === 4);
    assert.ok(against.length > 0, JSON.stringify(await itemBodyProblems('tickets', 'TSP1', item, SCHEMA)));
    assert.match(against[0].message, /title/, 'did you mean the schema\'s name');
    assert.match(against[0].message, /the schema registered for connection 'tickets'/, 'the tenant\'s schema, not one "this file registers"');
    assert.ok(!(await itemBodyProblems('tickets', 'TSP1', item)).some(p => p.line === 4), 'no schema: not checked against one');
  });

  test('the example files the tree sends (examples/graph-connector.*.json) have no problems', async () => {
    const schemaText = readFileSync(join('examples', 'graph-connector.schema.json'), 'utf8');
    assert.deepEqual(await schemaBodyProblems('tickets', schemaText), []);
    assert.deepEqual(await itemBodyProblems('tickets', 'TSP228082938', readFileSync(join('examples', 'graph-connector.item.json'), 'utf8'), JSON.parse(schemaText)), []);
  });

  test('listProblems shows the first five and counts the rest', () => {
    const problems = Array.from({ length: 7 }, (_, i) => ({ line: i + 1, column: 1, severity: 'error' as const, code: 'x', message: `m${i}` }));
    assert.equal(listProblems(problems), 'line 1, column 1: m0\nline 2, column 1: m1\nline 3, column 1: m2\nline 4, column 1: m3\nline 5, column 1: m4\nand 2 more');
  });
});
