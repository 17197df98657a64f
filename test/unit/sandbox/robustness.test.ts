import fc from 'fast-check';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startSandbox, type Sandbox } from '../../../src/sandbox/server';
import { graph, PROFILE } from './helpers';

const SEGMENTS = ['v1.0', 'beta', 'onPremisesPublishingProfiles', 'applicationProxy', 'applicationproxy', 'connectorGroups', 'connectors', 'members',
  '$ref', 'memberOf', 'applications', 'connectorGroup', 'external', 'connections', 'contosohr', 'groups', 'hrstaff', '%E0%A4%A', "x'y", '$count', ''];
const BODIES: fc.Arbitrary<unknown> = fc.oneof(
  fc.json(), fc.string(), fc.constant(undefined),
  fc.record({ name: fc.anything(), region: fc.anything(), '@odata.id': fc.oneof(fc.string(), fc.webUrl()) }, { requiredKeys: [] }),
  fc.record({ id: fc.string(), type: fc.string(), displayName: fc.anything() }, { requiredKeys: [] }),
);

describe('robustness', () => {
  let sandbox: Sandbox;
  before(async () => { sandbox = await startSandbox(); });
  after(async () => { await sandbox.close(); });

  test('no request shape makes the tenant answer 5xx or fall over', async () => {
    await fc.assert(fc.asyncProperty(
      fc.constantFrom('GET', 'POST', 'PATCH', 'PUT', 'DELETE'),
      fc.array(fc.constantFrom(...SEGMENTS), { minLength: 1, maxLength: 7 }),
      fc.constantFrom('', '?$top=2', '?$select=name,id', '?$count=true&$top=1', '?$skiptoken=%%%', '?$top=-1', "?$filter=startswith(name,'a'", "?$filter=name eq 'x' or", '?$filter=%27'),
      BODIES,
      async (method, segments, query, body) => {
        const sendsBody = method !== 'GET' && method !== 'DELETE' && body !== undefined; // fetch refuses a body on GET
        const res = await graph(sandbox, method, `/${segments.join('/')}${query}`, sendsBody ? (typeof body === 'string' ? body : JSON.stringify(body)) : undefined);
        // 501 notSupported is the deliberate answer for documented operations the emulator does not implement yet.
        const deliberate = res.status === 501 && res.body?.error?.code === 'notSupported';
        assert.ok(res.status < 500 || deliberate, `${method} /${segments.join('/')}${query} -> ${res.status} ${res.text}`);
        if (res.status >= 400) assert.equal(typeof res.body.error.code, 'string');
      },
    ), { numRuns: 300 });
    assert.equal((await graph(sandbox, 'GET', `/beta${PROFILE}/connectors`)).status, 200);
  });
});
