import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startSandbox, type Sandbox } from '../../../src/sandbox/server';
import { graph, PROFILE, ref } from './helpers';

const GROUPS = `/beta${PROFILE}/connectorGroups`;
const DEFAULT_GROUP = 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a01';
const US_GROUP = 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a02';
const EMPTY_GROUP = 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a03';
const EU_CONNECTOR = 'd2a5f7c1-1b3e-4c5d-8e9f-0a1b2c3d4e01';
const UNASSIGNED_APP = 'f0a1b2c3-d4e5-4f6a-8b7c-9d0e1f2a3b02';

function assertGraphError(call: { status: number; body: any }, status: number, code: string, message?: RegExp): void {
  assert.equal(call.status, status, JSON.stringify(call.body));
  assert.equal(call.body.error.code, code);
  assert.ok(call.body.error.innerError['request-id']);
  assert.match(call.body.error.innerError.date, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
  if (message) assert.match(call.body.error.message, message);
}

describe('connector groups', () => {
  let sandbox: Sandbox;
  before(async () => { sandbox = await startSandbox(); });
  after(async () => { await sandbox.close(); });

  test('list: seeded groups, @odata.context, request ids (client-request-id echoed)', async () => {
    const res = await graph(sandbox, 'GET', GROUPS, undefined, undefined, { 'client-request-id': 'abc-123' });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('client-request-id'), 'abc-123');
    assert.ok(res.headers.get('request-id'));
    assert.match(res.body['@odata.context'], /\/beta\/\$metadata#onPremisesPublishingProfiles\('applicationProxy'\)\/connectorGroups$/);
    assert.equal(res.body.value.length, 3);
    assert.equal(res.body.value.filter((g: any) => g.isDefault).length, 1);
  });

  test('create: 201 with server-made id, Location header, system-set properties', async () => {
    const res = await graph(sandbox, 'POST', GROUPS, { name: 'Branch office', region: 'eur' });
    assert.equal(res.status, 201);
    assert.match(res.body.id, /^[0-9a-f-]{36}$/);
    assert.deepEqual({ ...res.body, '@odata.context': undefined, id: undefined },
      { '@odata.context': undefined, id: undefined, name: 'Branch office', connectorGroupType: 'applicationProxy', isDefault: false, region: 'eur' });
    assert.equal(res.headers.get('location'), `${sandbox.graphEndpoint}${GROUPS}/${res.body.id}`);
    assert.equal((await graph(sandbox, 'GET', `${GROUPS}/${res.body.id}`)).body.name, 'Branch office');
  });

  test('create: invalid bodies answer 400 with Graph error shape', async () => {
    assertGraphError(await graph(sandbox, 'POST', GROUPS, '{"name": '), 400, 'BadRequest', /Unable to read JSON/);
    assertGraphError(await graph(sandbox, 'POST', GROUPS, ''), 400, 'BadRequest', /Empty Payload/);
    assertGraphError(await graph(sandbox, 'POST', GROUPS, {}), 400, 'BadRequest', /'name'/);
    assertGraphError(await graph(sandbox, 'POST', GROUPS, { name: 5 }), 400, 'BadRequest', /Cannot convert the literal '5'/);
    assertGraphError(await graph(sandbox, 'POST', GROUPS, { name: 'x', region: 'mars' }), 400, 'BadRequest', /Requested value 'mars' was not found/);
    assertGraphError(await graph(sandbox, 'POST', GROUPS, { name: 'x', isDefault: true }), 400, 'BadRequest', /'isDefault' is read-only/);
    assertGraphError(await graph(sandbox, 'POST', GROUPS, { name: 'x', colour: 'blue' }), 400, 'BadRequest', /'colour' does not exist/);
    assertGraphError(await graph(sandbox, 'POST', GROUPS, [1]), 400, 'BadRequest');
  });

  test('get: unknown id is 404 Request_ResourceNotFound', async () => {
    assert.equal((await graph(sandbox, 'GET', `${GROUPS}/${US_GROUP}`)).body.name, 'US datacenter');
    assertGraphError(await graph(sandbox, 'GET', `${GROUPS}/00000000-0000-0000-0000-000000000000`), 404, 'Request_ResourceNotFound');
  });

  test('update: 200 with the object; region refused while the group has members, allowed when empty', async () => {
    const renamed = await graph(sandbox, 'PATCH', `${GROUPS}/${US_GROUP}`, { name: 'US east' });
    assert.equal(renamed.status, 200);
    assert.equal(renamed.body.name, 'US east');
    assertGraphError(await graph(sandbox, 'PATCH', `${GROUPS}/${US_GROUP}`, { region: 'eur' }), 400, 'Request_BadRequest', /region/);
    const moved = await graph(sandbox, 'PATCH', `${GROUPS}/${EMPTY_GROUP}`, { region: 'asia' });
    assert.equal(moved.status, 200);
    assert.equal(moved.body.region, 'asia');
    assertGraphError(await graph(sandbox, 'PATCH', `${GROUPS}/${EMPTY_GROUP}`, { id: 'x' }), 400, 'BadRequest', /read-only/);
  });

  test('delete: refused with connectors, refused for the default group, 204 when empty', async () => {
    assertGraphError(await graph(sandbox, 'DELETE', `${GROUPS}/${US_GROUP}`), 400, 'Request_BadRequest', /connectors or applications/);
    assertGraphError(await graph(sandbox, 'DELETE', `${GROUPS}/${DEFAULT_GROUP}`), 400, 'Request_BadRequest', /default/);
    const created = await graph(sandbox, 'POST', GROUPS, { name: 'temp' });
    assert.equal((await graph(sandbox, 'DELETE', `${GROUPS}/${created.body.id}`)).status, 204);
    assertGraphError(await graph(sandbox, 'DELETE', `${GROUPS}/${created.body.id}`), 404, 'Request_ResourceNotFound');
  });

  test('members: list, add by $ref (moves the connector), bad and unknown references', async () => {
    const before = await graph(sandbox, 'GET', `${GROUPS}/${DEFAULT_GROUP}/members`);
    assert.ok(before.body.value.some((c: any) => c.id === EU_CONNECTOR));
    const target = await graph(sandbox, 'POST', GROUPS, { name: 'members target' });
    const added = await graph(sandbox, 'POST', `${GROUPS}/${target.body.id}/members/$ref`, ref(`${PROFILE}/connectors/${EU_CONNECTOR}`));
    assert.equal(added.status, 204);
    assert.deepEqual((await graph(sandbox, 'GET', `${GROUPS}/${target.body.id}/members`)).body.value.map((c: any) => c.id), [EU_CONNECTOR]);
    assert.ok(!(await graph(sandbox, 'GET', `${GROUPS}/${DEFAULT_GROUP}/members`)).body.value.some((c: any) => c.id === EU_CONNECTOR));
    assertGraphError(await graph(sandbox, 'POST', `${GROUPS}/${target.body.id}/members/$ref`, ref(`${PROFILE}/connectorGroups/${US_GROUP}`)), 400, 'BadRequest', /Invalid object identifier/);
    assertGraphError(await graph(sandbox, 'POST', `${GROUPS}/${target.body.id}/members/$ref`, ref(`${PROFILE}/connectors/nope`)), 404, 'Request_ResourceNotFound');
    assertGraphError(await graph(sandbox, 'POST', `${GROUPS}/${target.body.id}/members/$ref`, { id: EU_CONNECTOR }), 400, 'BadRequest');
  });

  test('applications: list per group; PUT connectorGroup/$ref moves an app (docs URL form accepted)', async () => {
    assert.equal((await graph(sandbox, 'GET', `${GROUPS}/${US_GROUP}/applications`)).body.value.length, 1);
    const put = await graph(sandbox, 'PUT', `/beta/applications/${UNASSIGNED_APP}/connectorGroup/$ref`,
      { '@odata.id': `https://graph.microsoft.com/onPremisesPublishingProfiles/applicationproxy/connectorGroups/${US_GROUP}` });
    assert.equal(put.status, 204);
    assert.equal((await graph(sandbox, 'GET', `${GROUPS}/${US_GROUP}/applications`)).body.value.length, 2);
    assertGraphError(await graph(sandbox, 'PUT', `/beta/applications/nope/connectorGroup/$ref`, ref(`${PROFILE}/connectorGroups/${US_GROUP}`)), 404, 'Request_ResourceNotFound');
    assertGraphError(await graph(sandbox, 'PUT', `/beta/applications/${UNASSIGNED_APP}/connectorGroup/$ref`, ref(`${PROFILE}/connectorGroups/nope`)), 404, 'Request_ResourceNotFound');
  });

  test('connectors: list, get, memberOf, memberOf/$ref (204)', async () => {
    const list = await graph(sandbox, 'GET', `/beta${PROFILE}/connectors`);
    assert.equal(list.body.value.length, 5);
    assert.ok(list.body.value.some((c: any) => c.status === 'inactive'));
    const id = 'd2a5f7c1-1b3e-4c5d-8e9f-0a1b2c3d4e04';
    assert.equal((await graph(sandbox, 'GET', `/beta${PROFILE}/connectors/${id}`)).body.machineName, 'APPPROXY-US-02.contoso.local');
    assert.deepEqual((await graph(sandbox, 'GET', `/beta${PROFILE}/connectors/${id}/memberOf`)).body.value.map((g: any) => g.id), [US_GROUP]);
    assert.equal((await graph(sandbox, 'POST', `/beta${PROFILE}/connectors/${id}/memberOf/$ref`, ref(`${PROFILE}/connectorGroups/${EMPTY_GROUP}`))).status, 204);
    assert.deepEqual((await graph(sandbox, 'GET', `/beta${PROFILE}/connectors/${id}/memberOf`)).body.value.map((g: any) => g.id), [EMPTY_GROUP]);
    assertGraphError(await graph(sandbox, 'GET', `/beta${PROFILE}/connectors/nope`), 404, 'Request_ResourceNotFound');
  });

  test('beta-only segments under v1.0, unknown segments, unsupported methods', async () => {
    assertGraphError(await graph(sandbox, 'GET', `/v1.0${PROFILE}/connectorGroups`), 400, 'BadRequest', /^Resource not found for the segment 'onPremisesPublishingProfiles'\.$/);
    assertGraphError(await graph(sandbox, 'GET', `/beta/nothingHere`), 400, 'BadRequest', /segment 'nothingHere'/);
    const res = await graph(sandbox, 'DELETE', `/beta${PROFILE}/connectors`);
    assertGraphError(res, 405, 'BadRequest');
    assert.equal(res.headers.get('allow'), 'GET');
  });
});
