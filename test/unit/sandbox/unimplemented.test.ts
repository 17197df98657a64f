import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startSandbox, type Sandbox } from '../../../src/sandbox/server';
import { graph } from './helpers';

describe('routes the route table has and the sandbox does not emulate yet', () => {
  let sandbox: Sandbox;
  before(async () => { sandbox = await startSandbox(); });
  after(async () => { await sandbox.close(); });

  test('a documented operation without a handler answers 501 notSupported, naming it (before any permission check)', async () => {
    const res = await graph(sandbox, 'GET', '/beta/onPremisesPublishingProfiles/applicationProxy/applicationSegments', undefined, sandbox.issueToken({ scp: ['User.Read'] }));
    assert.equal(res.status, 501);
    assert.equal(res.body.error.code, 'notSupported');
    assert.match(res.body.error.message, /onPremisesPublishingProfile\.listApplicationSegments/);
  });

  test('a path no route has is still 400 BadRequest "Resource not found for the segment", a method a route lacks 405', async () => {
    const unknown = await graph(sandbox, 'GET', '/v1.0/onPremisesPublishingProfiles/applicationProxy/connectorGroups');
    assert.equal(unknown.status, 400);
    assert.match(unknown.body.error.message, /onPremisesPublishingProfiles/);
    assert.equal((await graph(sandbox, 'PUT', '/v1.0/external/connections')).status, 405);
  });
});
