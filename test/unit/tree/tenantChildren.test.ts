import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { graphUrls } from '../../../src/core/tenant/graphUrls';
import type { TenantNode } from '../../../src/core/tenant/nodes';
import { permissionFor } from '../../../src/core/tenant/refusedPermission';
import { tenantRoot } from '../../../src/core/tenant/structure';
import { TenantChildren } from '../../../src/core/tenant/tenantChildren';
import { fakeGraph, groups, json, pagedCollection } from './fakeGraph';

function setup(handler: Parameters<typeof fakeGraph>[0], remembered: { connectionId: string; id: string }[] = []) {
  const graph = fakeGraph(handler);
  const changed: TenantNode[] = [];
  const children = new TenantChildren({ send: graph.send, permissionFor, rememberedGroups: () => remembered, onChanged: n => changed.push(n) });
  const root = tenantRoot({ environment: 'sandbox', cloudLabel: 'Sandbox tenant' });
  const folder = (kind: string) => children.children(root).find(n => n.kind === kind)!;
  return { graph, changed, children, root, folder };
}

describe('TenantChildren', () => {
  test('the tenant holds the three folders, without asking Graph', () => {
    const { children, root, graph } = setup(() => json(500, {}));
    assert.deepEqual(children.children(root).map(n => n.label), ['Connector groups', 'Connectors', 'External connections']);
    assert.equal(graph.requests.length, 0);
    assert.equal(children.children(root)[0], children.children(root)[0], 'same objects until a refresh');
  });

  test('a loading item at once, the items when the page is in, then "Load more" through 250 groups', async () => {
    const all = groups(250);
    const { children, folder, changed } = setup(r => pagedCollection(graphUrls.connectorGroups(), all, 100)(r) ?? json(404, {}));
    const f = folder('connectorGroups');
    assert.deepEqual(children.children(f).map(n => n.kind), ['loading']);
    const first = await children.loadedChildren(f);
    assert.equal(changed.at(-1), f, 'the folder is re-asked when its page is in');
    assert.equal(first.length, 101);
    assert.equal(first.at(-1)!.kind, 'loadMore');
    assert.equal(first.at(-1)!.contextValue, 'loadMore');
    assert.deepEqual(first.at(-1)!.command?.arguments, [{ key: f.key }]);
    await children.loadMore(f.key);
    await children.loadMore(f.key);
    const shown = children.children(f);
    assert.equal(shown.length, 250);
    assert.equal(new Set(shown.map(n => n.key)).size, 250);
    assert.equal(shown[249].label, 'Group 249');
  });

  test('an item repeated by a shifted page is shown once', async () => {
    const { children, folder } = setup(r => (r.url.includes('$skip')
      ? json(200, { value: [{ id: 'g1', name: 'again' }, { id: 'g2', name: 'two' }] })
      : json(200, { value: [{ id: 'g1', name: 'one' }], '@odata.nextLink': `${graphUrls.connectorGroups()}?$skip=1` })));
    const f = folder('connectorGroups');
    await children.loadedChildren(f);
    await children.loadMore(f.key);
    assert.deepEqual(children.children(f).map(n => n.label), ['one', 'two']);
  });

  test('an empty list says so', async () => {
    const { children, folder } = setup(() => json(200, { value: [] }));
    const shown = await children.loadedChildren(folder('connectors'));
    assert.deepEqual(shown.map(n => [n.kind, n.label]), [['empty', 'No connectors']]);
  });

  test('a 403 names the least-privileged permission and signs in with it', async () => {
    const { children, folder } = setup(() => json(403, { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' } }));
    const [item] = await children.loadedChildren(folder('connectorGroups'));
    assert.equal(item.kind, 'error');
    assert.equal(item.label, 'Missing permission Directory.ReadWrite.All');
    assert.deepEqual(item.command, { command: 'graphConnectorGroups.signIn', title: 'Sign in', arguments: [{ permissions: ['Directory.ReadWrite.All'] }] });
    assert.match(item.tooltip!, /Insufficient privileges/);
  });

  test('other failures show Graph\'s message; a rejected send shows as unreachable', async () => {
    const a = setup(() => json(400, { error: { code: 'BadRequest', message: 'Nope.' } }));
    assert.equal((await a.children.loadedChildren(a.folder('connectors')))[0].label, 'Nope.');
    const b = setup(() => { throw new Error('Not signed in.'); });
    assert.equal((await b.children.loadedChildren(b.folder('connectors')))[0].label, 'Could not reach Graph: Not signed in.');
  });

  test('a group holds Connectors and Applications folders that list its members and applications', async () => {
    const { children, folder, graph } = setup(r => {
      if (r.url === graphUrls.connectorGroups()) return json(200, { value: [{ id: 'g1', name: 'G1' }] });
      if (r.url === graphUrls.connectorGroupMembers('g1')) return json(200, { value: [{ id: 'c1', machineName: 'M1', status: 'active' }] });
      return json(200, { value: [] });
    });
    const [group] = await children.loadedChildren(folder('connectorGroups'));
    const [conns, apps] = children.children(group);
    assert.deepEqual([conns.label, apps.label], ['Connectors', 'Applications']);
    assert.equal((await children.loadedChildren(conns))[0].label, 'M1');
    assert.equal((await children.loadedChildren(apps))[0].label, 'No applications use this group');
    assert.ok(graph.requests.some(r => r.url.endsWith('/connectorGroups/g1/applications?$select=id,appId,displayName,identifierUris,web,onPremisesPublishing')));
  });

  test('a refresh drops the answer of a request sent before it', async () => {
    let release!: () => void;
    const gate = new Promise<void>(r => { release = r; });
    let calls = 0;
    const { children, folder } = setup(async () => { calls++; if (calls === 1) await gate; return json(200, { value: [{ id: `g${calls}`, name: `call ${calls}` }] }); });
    const f = folder('connectorGroups');
    children.children(f);
    children.invalidate(f);
    const fresh = await children.loadedChildren(f);
    release();
    await new Promise(r => setTimeout(r, 0));
    assert.deepEqual(children.children(f).map(n => n.label), ['call 2']);
    assert.deepEqual(fresh.map(n => n.label), ['call 2']);
  });

  test('external connections show their schema, operations, only remembered groups and an "add by id" action', async () => {
    const { children, folder, graph } = setup(r => (r.url === graphUrls.externalConnections() ? json(200, { value: [{ id: 'hr', name: 'HR' }] }) : json(500, {})),
      [{ connectionId: 'hr', id: 'staff' }, { connectionId: 'other', id: 'x' }]);
    const [conn] = await children.loadedChildren(folder('externalConnections'));
    const shown = children.children(conn);
    assert.deepEqual(shown.map(n => [n.kind, n.label]), [['connectionSchema', 'Schema'], ['connectionOperations', 'Operations'], ['externalGroup', 'staff'], ['action', 'Add existing group by id…']]);
    assert.deepEqual(shown[3].command?.arguments, [{ connectionId: 'hr' }]);
    assert.ok(!graph.requests.some(r => r.url.includes('/groups')), 'never pretends to list groups');
  });
});
