import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startSandbox, type Sandbox } from '../../../src/sandbox/server';
import { graph } from './helpers';

describe('external connections and external groups (v1.0 and beta)', () => {
  let sandbox: Sandbox;
  before(async () => { sandbox = await startSandbox({ operationDelayMs: 0 }); });
  after(async () => { await sandbox.close(); });

  for (const version of ['v1.0', 'beta']) {
    test(`${version}: connection lifecycle`, async () => {
      const id = `conn${version.replace('.', '')}`;
      const created = await graph(sandbox, 'POST', `/${version}/external/connections`, { id, name: 'Tickets', description: 'Ticket system' });
      assert.equal(created.status, 201);
      assert.equal(created.body.state, 'draft');
      assert.equal((await graph(sandbox, 'POST', `/${version}/external/connections`, { id, name: 'again', description: 'x' })).status, 409);
      assert.ok((await graph(sandbox, 'GET', `/${version}/external/connections`)).body.value.some((c: any) => c.id === id));
      assert.equal((await graph(sandbox, 'PATCH', `/${version}/external/connections/${id}`, { name: 'Tickets 2' })).status, 204);
      assert.equal((await graph(sandbox, 'GET', `/${version}/external/connections/${id}`)).body.name, 'Tickets 2');
      assert.equal((await graph(sandbox, 'PATCH', `/${version}/external/connections/${id}`, { state: 'ready' })).status, 400);
      assert.equal((await graph(sandbox, 'DELETE', `/${version}/external/connections/${id}`)).status, 202, 'Graph accepts a connection delete: 202');
      assert.equal((await graph(sandbox, 'GET', `/${version}/external/connections/${id}`)).body.error.code, 'Request_ResourceNotFound');
    });

    test(`${version}: external group create/get/patch/delete and members`, async () => {
      const base = `/${version}/external/connections/contosohr/groups`;
      const gid = `eng${version.replace('.', '')}`;
      const created = await graph(sandbox, 'POST', base, { id: gid, displayName: 'Engineering' });
      assert.equal(created.status, 201);
      assert.deepEqual({ id: created.body.id, displayName: created.body.displayName, description: created.body.description }, { id: gid, displayName: 'Engineering', description: null });
      assert.equal((await graph(sandbox, 'POST', base, { id: gid })).status, 409);
      assert.equal((await graph(sandbox, 'POST', base, { id: 'not-alnum!' })).status, 400);
      assert.equal((await graph(sandbox, 'POST', base, { displayName: 'no id' })).status, 400);
      assert.equal((await graph(sandbox, 'PATCH', `${base}/${gid}`, { description: 'Builds things' })).status, 204);
      assert.equal((await graph(sandbox, 'GET', `${base}/${gid}`)).body.description, 'Builds things');
      assert.equal((await graph(sandbox, 'PATCH', `${base}/${gid}`, { id: 'other' })).status, 400);
      const member = await graph(sandbox, 'POST', `${base}/${gid}/members`, { id: 'e811976d-83df-4cbd-8b9b-5215b18aa874', type: 'user' });
      assert.equal(member.status, 201);
      assert.deepEqual({ id: member.body.id, type: member.body.type }, { id: 'e811976d-83df-4cbd-8b9b-5215b18aa874', type: 'user' });
      assert.equal((await graph(sandbox, 'POST', `${base}/${gid}/members`, { id: 'x', type: 'robot' })).status, 400);
      assert.equal((await graph(sandbox, 'DELETE', `${base}/${gid}/members/e811976d-83df-4cbd-8b9b-5215b18aa874`)).status, 204);
      assert.equal((await graph(sandbox, 'DELETE', `${base}/${gid}/members/e811976d-83df-4cbd-8b9b-5215b18aa874`)).status, 404);
      assert.equal((await graph(sandbox, 'DELETE', `${base}/${gid}`)).status, 204);
      assert.equal((await graph(sandbox, 'GET', `${base}/${gid}`)).status, 404);
    });

    test(`${version}: there is no list operation for external groups or their members`, async () => {
      const groups = await graph(sandbox, 'GET', `/${version}/external/connections/contosohr/groups`);
      assert.equal(groups.status, 405);
      assert.equal(groups.headers.get('allow'), 'POST');
      assert.equal((await graph(sandbox, 'GET', `/${version}/external/connections/contosohr/groups/hrstaff/members`)).status, 405);
    });
  }

  test('unknown connection: 404 for group operations', async () => {
    assert.equal((await graph(sandbox, 'POST', '/v1.0/external/connections/nope/groups', { id: 'abc' })).body.error.code, 'Request_ResourceNotFound');
  });

  test('beta-only connection properties are unknown under v1.0', async () => {
    const res = await graph(sandbox, 'POST', '/v1.0/external/connections', { id: 'betaprops', name: 'n', description: 'd', ingestedItemsCount: 1 });
    assert.equal(res.status, 400);
    assert.match(res.body.error.message, /ingestedItemsCount/);
  });
});
