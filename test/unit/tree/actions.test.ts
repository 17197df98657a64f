import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { RememberedExternalGroups, createdExternalGroup, externalGroupFromUrl } from '../../../src/core/tenant/rememberedExternalGroups';
import { validateConnectorGroupName } from '../../../src/core/tenant/regions';
import { addConnectorToGroup, createConnectorGroup, deleteConnectorGroup, getExternalGroup } from '../../../src/core/tenant/tenantActions';
import { fakeGraph, json } from './fakeGraph';

function memoryStore() {
  const m = new Map<string, unknown>();
  return { get: <T>(k: string) => m.get(k) as T | undefined, update: async (k: string, v: unknown) => { m.set(k, JSON.parse(JSON.stringify(v))); } };
}

describe('tenant actions', () => {
  test('create posts name and region; move posts memberOf/$ref with the group\'s @odata.id', async () => {
    const g = fakeGraph(() => json(201, { id: 'new', name: 'N', region: 'eur' }));
    assert.equal((await createConnectorGroup(g.send, { name: 'N', region: 'eur' })).id, 'new');
    assert.deepEqual(JSON.parse(g.requests[0].body!), { name: 'N', region: 'eur' });
    await addConnectorToGroup(g.send, 'c1', 'g2');
    assert.equal(g.requests[1].url, 'https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectors/c1/memberOf/$ref');
    assert.deepEqual(JSON.parse(g.requests[1].body!), { '@odata.id': 'https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups/g2' });
  });

  test('a refused delete explains that the group must be empty', async () => {
    const g = fakeGraph(() => json(400, { error: { code: 'Request_BadRequest', message: 'The connector group has connectors assigned.' } }));
    await assert.rejects(deleteConnectorGroup(g.send, 'g1', 'EU'), (e: Error) =>
      /Could not delete connector group "EU": The connector group has connectors assigned\./.test(e.message) && /no connectors and no applications/.test(e.message));
  });

  test('refusing the default group is not explained as "not empty"', async () => {
    const g = fakeGraph(() => json(400, { error: { code: 'Request_BadRequest', message: 'The default connector group cannot be deleted.' } }));
    await assert.rejects(deleteConnectorGroup(g.send, 'g0', 'Default'), (e: Error) => !/no connectors and no applications/.test(e.message));
  });

  test('adding an external group by id verifies it first', async () => {
    const g = fakeGraph(() => json(404, { error: { code: 'itemNotFound', message: 'not found' } }));
    await assert.rejects(getExternalGroup(g.send, 'hr', 'nope'), /there is no group "nope" in connection "hr"/);
    assert.equal(g.requests[0].method, 'GET');
  });

  test('name validation', () => {
    assert.ok(validateConnectorGroupName('  '));
    assert.ok(validateConnectorGroupName('x'.repeat(257)));
    assert.equal(validateConnectorGroupName('EU'), undefined);
  });
});

describe('RememberedExternalGroups', () => {
  test('kept per tenant, replaced on re-add, forgotten case-insensitively', async () => {
    const r = new RememberedExternalGroups(memoryStore());
    await r.remember('t1', { connectionId: 'hr', id: 'staff', json: { id: 'staff', displayName: 'Old' } });
    await r.remember('t1', { connectionId: 'hr', id: 'staff', json: { id: 'staff', displayName: 'New' } });
    await r.remember('t2', { connectionId: 'hr', id: 'other' });
    assert.deepEqual(r.list('t1').map(g => g.json?.displayName), ['New']);
    assert.equal(r.list('t2').length, 1);
    assert.equal(await r.forget('t1', 'HR', 'STAFF'), true);
    assert.deepEqual(r.list('t1'), []);
  });

  test('a group created from a .http file is remembered from the request body', () => {
    const url = 'https://graph.microsoft.com/v1.0/external/connections/hr/groups';
    assert.deepEqual(createdExternalGroup({ method: 'POST', url, status: 201, requestBody: '{"id":"new1","displayName":"New"}' }),
      { connectionId: 'hr', id: 'new1', json: { id: 'new1', displayName: 'New' } });
    assert.equal(createdExternalGroup({ method: 'POST', url, status: 201 }), undefined);
    assert.equal(createdExternalGroup({ method: 'POST', url, status: 201, requestBody: 'not json' }), undefined);
    assert.equal(createdExternalGroup({ method: 'POST', url: `${url}/g1/members`, status: 201, requestBody: '{"id":"u"}' }), undefined);
  });

  test('external group URLs from .http mutations', () => {
    assert.deepEqual(externalGroupFromUrl('https://graph.microsoft.com/v1.0/external/connections/hr/groups/staff'), { connectionId: 'hr', id: 'staff' });
    assert.deepEqual(externalGroupFromUrl('/beta/external/connections/hr/groups?x=1'), { connectionId: 'hr', id: undefined });
    assert.equal(externalGroupFromUrl('https://graph.microsoft.com/v1.0/external/connections/hr/groups/staff/members'), undefined);
  });
});
