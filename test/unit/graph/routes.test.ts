import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { loadRouteTable, matchRoute, parseGraphUrl, suggestRoutes } from '../../../src/core/graph/routes';

const table = loadRouteTable();
const CG = '/onPremisesPublishingProfiles/applicationProxy/connectorGroups';

describe('parseGraphUrl', () => {
  test('absolute URL of the global cloud with a query', () => {
    const p = parseGraphUrl(`https://graph.microsoft.com/beta${CG}?$select=name,region&$top=5`);
    assert.deepEqual(p, { ok: true, origin: 'https://graph.microsoft.com', version: 'beta', path: CG, segments: ['onPremisesPublishingProfiles', 'applicationProxy', 'connectorGroups'], query: { $select: 'name,region', $top: '5' } });
  });
  test('every national cloud from the facts is a Graph host', () => {
    for (const origin of ['https://graph.microsoft.us', 'https://dod-graph.microsoft.us', 'https://microsoftgraph.chinacloudapi.cn']) {
      const p = parseGraphUrl(`${origin}/v1.0/external/connections`);
      assert.ok(p.ok && p.origin === origin && p.version === 'v1.0', origin);
    }
  });
  test('path-only URLs', () => {
    const p = parseGraphUrl('/beta/external/connections/abc');
    assert.ok(p.ok);
    assert.equal(p.origin, undefined);
    assert.deepEqual(p.segments, ['external', 'connections', 'abc']);
  });
  test('other hosts are not Graph; text after a space is malformed', () => {
    const other = parseGraphUrl('https://example.com/beta/x');
    assert.ok(!other.ok && other.kind === 'notGraph');
    const seed = parseGraphUrl('https://graph.microsoft.com/beta** Collection URI for microsoft.graph.connectorGroup not found');
    assert.ok(!seed.ok && seed.kind === 'malformed' && /spaces/.test(seed.reason));
    assert.ok(!parseGraphUrl('').ok);
    assert.ok(!parseGraphUrl('graph.microsoft.com/beta').ok);
  });
});

describe('matchRoute', () => {
  test('matches {id} segments, case-insensitively, and picks the method', () => {
    const m = matchRoute(table, 'beta', '/onpremisespublishingprofiles/applicationproxy/connectorgroups/123/members/$ref', 'post')!;
    assert.equal(m.route.template, `${CG}/{connectorGroupId}/members/$ref`);
    assert.equal(m.operation!.id, 'connectorGroup.addMember');
    assert.deepEqual(m.params, { connectorGroupId: '123' });
  });
  test('$ref and $count are literals, never keys', () => {
    assert.equal(matchRoute(table, 'beta', `${CG}/$count`), undefined);
  });
  test('no operation for an unsupported method; no route in the wrong version', () => {
    const m = matchRoute(table, 'beta', '/external/connections/c1/groups', 'GET')!;
    assert.ok(m.route && !m.operation);
    assert.equal(matchRoute(table, 'v1.0', CG), undefined);
    assert.equal(matchRoute(table, 'v2.0', CG), undefined);
  });
  test('an unknown {{variable}} segment matches any key but no literal', () => {
    const m = matchRoute(table, 'v1.0', '/external/connections/{{conn}}/groups/{{group}}', 'PATCH')!;
    assert.deepEqual(m.params, { connectionId: '{{conn}}', externalGroupId: '{{group}}' });
    assert.equal(matchRoute(table, 'v1.0', '/external/{{x}}/c1/groups'), undefined);
  });
  test('the /connections entity-set alias matches the /external/connections route and says so', () => {
    const m = matchRoute(table, 'v1.0', '/connections/c1/groups', 'POST')!;
    assert.equal(m.route.template, '/external/connections/{connectionId}/groups');
    assert.equal(m.alias!.canonical, '/external/connections');
  });
});

describe('suggestRoutes', () => {
  test('a misspelt segment suggests the real route first', () => {
    assert.equal(suggestRoutes(table, 'beta', '/onPremisesPublishingProfiles/applicationProxy/connectorGroup')[0], CG);
  });
  test('the obsolete /connectorGroups path suggests the applicationProxy collection', () => {
    assert.equal(suggestRoutes(table, 'beta', '/connectorGroups')[0], CG);
  });
  test('seed 002: application connectorGroup members path suggests the $ref route', () => {
    assert.equal(suggestRoutes(table, 'v1.0', '/applications/{applicationsId}/connectorGroup/members/{connectorId}/memberOf/$ref')[0], '/applications/{applicationObjectId}/connectorGroup/$ref');
  });
  test('nothing near: empty', () => {
    assert.deepEqual(suggestRoutes(table, 'beta', '/me/drive/root/children/x/y/z/w'), []);
  });
});
