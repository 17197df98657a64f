import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startSandbox, type Sandbox } from '../../../src/sandbox/server';
import { graph } from './helpers';

const SCHEMA = {
  baseType: 'microsoft.graph.externalItem',
  properties: [
    { name: 'title', type: 'string', isSearchable: true, isRetrievable: true, labels: ['title'] },
    { name: 'priority', type: 'int64', isQueryable: true },
    { name: 'tags', type: 'stringCollection', isSearchable: true },
  ],
};
const ITEM = {
  acl: [{ type: 'externalGroup', value: 'eng', accessType: 'grant' }],
  properties: { title: 'Printer on fire', priority: 1, tags: ['hw'], 'tags@odata.type': 'Collection(String)' },
  content: { type: 'text', value: 'It is on fire.' },
};

describe('Graph connectors in the sandbox: schema and its operation, items, activities, quota, delete', () => {
  let sandbox: Sandbox;
  let now = Date.parse('2026-01-01T00:00:00Z');
  const base = '/v1.0/external/connections/tickets';
  before(async () => {
    sandbox = await startSandbox({ clock: () => now, operationDelayMs: 5000 });
    assert.equal((await graph(sandbox, 'POST', '/v1.0/external/connections', { id: 'tickets', name: 'Tickets', description: 'Tickets' })).status, 201);
  });
  after(async () => { await sandbox.close(); });

  test('items are refused while no schema is registered; GET schema is 404', async () => {
    const put = await graph(sandbox, 'PUT', `${base}/items/t1`, ITEM);
    assert.equal(put.status, 400);
    assert.match(put.body.error.message, /no registered schema/);
    assert.equal((await graph(sandbox, 'GET', `${base}/schema`)).status, 404);
  });

  test('a schema that breaks a docs rule: 202, then its operation fails with a publicError', async () => {
    const res = await graph(sandbox, 'PATCH', `${base}/schema`, { baseType: 'microsoft.graph.externalItem', properties: [{ name: 'priority', type: 'int64', isSearchable: true }] });
    assert.equal(res.status, 202);
    const location = res.headers.get('location')!;
    assert.match(location, /\/v1\.0\/external\/connections\/tickets\/operations\/[0-9a-f-]{36}$/);
    assert.equal((await graph(sandbox, 'GET', location)).body.status, 'inprogress');
    now += 5000;
    const op = await graph(sandbox, 'GET', location);
    assert.equal(op.body.status, 'failed');
    assert.equal(op.body.error.code, 'InvalidSchema');
    assert.match(op.body.error.message, /only string and stringCollection/);
    assert.equal((await graph(sandbox, 'GET', `${base}/schema`)).status, 404);
    for (const bad of [{ name: 'x'.repeat(33), type: 'string' }, { name: 'a', type: 'string', labels: ['nope'] }, { name: 'a', type: 'string', aliases: ['has space'] }]) {
      const loc = (await graph(sandbox, 'PATCH', `${base}/schema`, { baseType: 'microsoft.graph.externalItem', properties: [bad] })).headers.get('location')!;
      now += 5000;
      assert.equal((await graph(sandbox, 'GET', loc)).body.status, 'failed', JSON.stringify(bad));
    }
  });

  test('a malformed schema body is a 400 at once (a Boolean as "yes"; unknown property; wrong baseType)', async () => {
    for (const body of [
      { baseType: 'microsoft.graph.externalItem', properties: [{ name: 'a', type: 'string', isSearchable: 'yes' }] },
      { baseType: 'microsoft.graph.externalItem', properties: [{ name: 'a', type: 'string', searchable: true }] },
      { baseType: 'microsoft.graph.externalConnector.externalItem', properties: [{ name: 'a', type: 'string' }] },
      { baseType: 'microsoft.graph.externalItem', properties: [{ name: 'a' }] },
    ]) assert.equal((await graph(sandbox, 'PATCH', `${base}/schema`, body)).status, 400, JSON.stringify(body));
  });

  test('the docs\' "isSearchable": "true" (a Boolean as a string): registered, read as the Boolean, as OData\'s reader converts it', async () => {
    const res = await graph(sandbox, 'PATCH', `${base}/schema`, { baseType: 'microsoft.graph.externalItem', properties: [{ name: 'title', type: 'String', isSearchable: 'true', isRetrievable: 'true' }] });
    assert.equal(res.status, 202, JSON.stringify(res.body));
    now += 5000;
    assert.equal((await graph(sandbox, 'GET', res.headers.get('location')!)).body.status, 'completed');
    const schema = await graph(sandbox, 'GET', `${base}/schema`);
    assert.equal(schema.body.properties[0].isSearchable, true);
    assert.equal(schema.body.properties[0].isRetrievable, true);
  });

  test('a valid schema: inprogress, then completed; GET schema returns it and the connection is ready', async () => {
    const res = await graph(sandbox, 'PATCH', `${base}/schema`, SCHEMA);
    assert.equal(res.status, 202);
    const location = res.headers.get('location')!;
    assert.deepEqual((await graph(sandbox, 'GET', location)).body.error, null);
    now += 5000;
    assert.equal((await graph(sandbox, 'GET', location)).body.status, 'completed');
    const schema = await graph(sandbox, 'GET', `${base}/schema`);
    assert.equal(schema.status, 200);
    assert.equal(schema.body.baseType, 'microsoft.graph.externalItem');
    assert.deepEqual(schema.body.properties.map((p: any) => p.name), ['title', 'priority', 'tags']);
    assert.equal((await graph(sandbox, 'GET', base)).body.state, 'ready');
  });

  test('items: PUT, GET, PATCH replaces acl and properties whole, DELETE', async () => {
    const put = await graph(sandbox, 'PUT', `${base}/items/t1`, ITEM);
    assert.equal(put.status, 200, put.text);
    const got = await graph(sandbox, 'GET', `${base}/items/t1`);
    assert.deepEqual(got.body.acl, ITEM.acl);
    assert.equal(got.body.properties.title, 'Printer on fire');
    const patched = await graph(sandbox, 'PATCH', `${base}/items/t1`, { properties: { title: 'Fixed' } });
    assert.equal(patched.status, 200);
    assert.deepEqual(patched.body.properties, { title: 'Fixed' });
    assert.deepEqual(patched.body.acl, ITEM.acl);
    assert.equal((await graph(sandbox, 'DELETE', `${base}/items/t1`)).status, 204);
    assert.equal((await graph(sandbox, 'GET', `${base}/items/t1`)).status, 404);
  });

  test('items checked against the registered schema and the docs rules', async () => {
    const cases: [string, unknown][] = [
      ['unknown property', { ...ITEM, properties: { nope: 'x' } }],
      ['wrong type', { ...ITEM, properties: { priority: 'high' } }],
      ['collection without its marker', { ...ITEM, properties: { tags: ['a'] } }],
      ['acl entry without value', { ...ITEM, acl: [{ type: 'everyone', accessType: 'grant' }] }],
      ['acl type not in the enum', { ...ITEM, acl: [{ type: 'team', value: 'x', accessType: 'grant' }] }],
      ['no acl', { properties: ITEM.properties }],
      ['no properties', { acl: ITEM.acl }],
      ['content type', { ...ITEM, content: { type: 'markdown', value: 'x' } }],
    ];
    for (const [what, body] of cases) assert.equal((await graph(sandbox, 'PUT', `${base}/items/t2`, body)).status, 400, what);
    assert.equal((await graph(sandbox, 'PUT', `${base}/items/not-alnum`, ITEM)).status, 400, 'item id');
  });

  test('addActivities (application permission): 200, or 207 when one cannot be recorded; beta quota', async () => {
    await graph(sandbox, 'PUT', `${base}/items/t3`, ITEM);
    const app = sandbox.issueToken({ roles: ['ExternalItem.ReadWrite.All'] });
    const activity = (startDateTime: string) => ({ '@odata.type': '#microsoft.graph.externalConnectors.externalActivity', type: 'viewed', startDateTime, performedBy: { type: 'user', id: 'u1' } });
    const ok = await graph(sandbox, 'POST', `${base}/items/t3/addActivities`, { activities: [activity('2025-12-01T00:00:00Z')] }, app);
    assert.equal(ok.status, 200, ok.text);
    assert.equal(ok.body.value[0].error, null);
    const partial = await graph(sandbox, 'POST', `${base}/items/t3/addActivities`, { activities: [activity('2025-12-01T00:00:00Z'), activity('2099-01-01T00:00:00Z')] }, app);
    assert.equal(partial.status, 207);
    assert.deepEqual(partial.body.value.map((r: any) => r.error === null), [true, false]);
    const quota = await graph(sandbox, 'GET', '/beta/external/connections/tickets/quota', undefined, sandbox.issueToken({ roles: ['ExternalConnection.ReadWrite.OwnedBy'] }));
    assert.equal(quota.status, 200, quota.text);
    assert.equal(quota.body.itemsRemaining, 6999);
    assert.equal((await graph(sandbox, 'GET', '/v1.0/external/connections/tickets/quota')).status, 400, 'quota is beta only');
  });

  test('DELETE connection: 202, still there until the delay is over, then gone with its items', async () => {
    assert.equal((await graph(sandbox, 'DELETE', base)).status, 202);
    assert.equal((await graph(sandbox, 'GET', base)).status, 200);
    now += 5000;
    assert.equal((await graph(sandbox, 'GET', base)).status, 404);
    assert.equal((await graph(sandbox, 'GET', `${base}/items/t3`)).status, 404);
  });
});
