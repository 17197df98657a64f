import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FACT_FILES, generateGraphSchemas, readGraphFacts, serializeGenerated } from '../../../src/core/graph/generate';
import type { GraphFacts } from '../../../src/core/graph/generate';
import type { RouteTable } from '../../../src/core/graph/types';

// Tests run from the repo root; CI clones the repo with shared/ beside it (GRAPH_FACTS_DIR points elsewhere).
const factsDir = process.env.GRAPH_FACTS_DIR ?? join(process.cwd(), '..', 'shared', 'graph');
if (!existsSync(join(factsDir, 'graph-resources.json'))) {
  throw new Error(`The Graph facts are not at ${factsDir}: the drift check needs them. Clone the repo with shared/ beside it, or set GRAPH_FACTS_DIR.`);
}
const facts: GraphFacts = readGraphFacts(f => readFileSync(join(factsDir, f), 'utf8'));
const files = generateGraphSchemas(facts, FACT_FILES.map(f => `shared/graph/${f}`));
const table = files['routes.json'] as RouteTable;
const route = (template: string) => table.routes.find(r => r.template === template)!;
const CG = '/onPremisesPublishingProfiles/applicationProxy/connectorGroups';

describe('generated schemas', () => {
  test('committed files under schemas/ match the generator output (run node scripts/gen-schemas.mjs)', () => {
    for (const [rel, value] of Object.entries(files)) {
      const path = join('schemas', rel);
      assert.ok(existsSync(path), `missing ${path}`);
      assert.equal(readFileSync(path, 'utf8'), serializeGenerated(value), `${path} drifted from the facts`);
    }
    for (const sub of ['bodies', 'entities']) {
      for (const name of readdirSync(join('schemas', sub))) assert.ok(`${sub}/${name}` in files, `stale schemas/${sub}/${name}`);
    }
  });

  test('connector group, connector and application.connectorGroup routes are beta only', () => {
    for (const r of table.routes.filter(r => /connector|applications/i.test(r.template) && !r.template.startsWith('/external'))) {
      assert.deepEqual(r.versions, ['beta'], r.template);
    }
    assert.deepEqual(route('/applications/{applicationObjectId}/connectorGroup/$ref').versions, ['beta']);
  });

  test('external connection, group and member routes exist in v1.0 and beta', () => {
    for (const r of table.routes.filter(r => r.template.startsWith('/external/'))) assert.deepEqual(r.versions, ['v1.0', 'beta'], r.template);
    assert.equal(table.routes.filter(r => r.template.startsWith('/external/')).length, 6);
  });

  test('POST create connectorGroup succeeds with 201; PATCH accepts 200 and 204; $ref POSTs accept both 201 and 204', () => {
    const create = route(CG).operations.find(o => o.method === 'POST')!;
    assert.equal(create.id, 'connectorGroup.create');
    assert.deepEqual(create.success, [201]);
    assert.equal(create.bodySchema, 'connectorGroup.create');
    assert.deepEqual(route(`${CG}/{id}`).operations.find(o => o.method === 'PATCH')!.success, [200, 204]);
    assert.deepEqual(route(`${CG}/{id}/members/$ref`).operations[0].success, [204, 201]);
    assert.deepEqual(route('/onPremisesPublishingProfiles/applicationProxy/connectors/{id}/memberOf/$ref').operations[0].success, [201, 204]);
    assert.deepEqual(route('/applications/{applicationObjectId}/connectorGroup/$ref').operations[0].method, 'PUT');
  });

  test('least-privileged permissions come from the permission map annotations', () => {
    const create = route(CG).operations.find(o => o.method === 'POST')!.permissions;
    assert.deepEqual(create, { all: ['Directory.ReadWrite.All'], delegated: 'Directory.ReadWrite.All', application: 'Directory.ReadWrite.All' });
    const list = route(CG).operations.find(o => o.method === 'GET')!.permissions;
    assert.equal(list.application, undefined, 'listing connector groups has no application permission');
    const groupCreate = route('/external/connections/{connectionId}/groups').operations[0].permissions;
    assert.deepEqual(groupCreate, { all: ['ExternalItem.ReadWrite.OwnedBy', 'ExternalItem.ReadWrite.All'], delegated: 'ExternalItem.ReadWrite.OwnedBy', application: 'ExternalItem.ReadWrite.OwnedBy' });
    const getGroup = route('/external/connections/{connectionId}/groups/{externalGroupId}').operations.find(o => o.method === 'GET')!;
    assert.equal(getGroup.permissions.delegated, 'ExternalItem.Read.All');
  });

  test('no listing of external groups or their members (the facts say it is not available)', () => {
    assert.equal(route('/external/connections/{connectionId}/groups').operations.some(o => o.method === 'GET'), false);
    assert.equal(route('/external/connections/{connectionId}/groups/{externalGroupId}/members').operations.some(o => o.method === 'GET'), false);
    assert.equal(table.routes.some(r => r.template === '/connectorGroups/{id}/applications'), false, 'obsolete docs path is not a route');
  });

  test('every docs page named by an operation is one the facts were read from, or its resource page', () => {
    for (const r of table.routes) for (const o of r.operations) {
      const page = o.docs!.replace(/^api-reference\//, '');
      assert.ok(facts.sourcesMd.includes(page) || page.includes('/resources/'), `${o.id}: ${page}`);
    }
  });

  test('body schemas: connectorGroup create/update, refs, externalGroup, identity, externalConnection', () => {
    const cgCreate = files['bodies/connectorGroup.create.schema.json'] as any;
    assert.deepEqual(cgCreate.required, ['name']);
    assert.deepEqual(cgCreate.properties.region.enum, ['nam', 'eur', 'aus', 'asia', 'ind', 'unknownFutureValue']);
    assert.equal(cgCreate.properties.region['x-enumDescriptions'].nam, 'North America');
    for (const p of ['id', 'connectorGroupType', 'isDefault']) assert.equal(cgCreate.properties[p].readOnly, true, p);
    assert.deepEqual(cgCreate.properties['@odata.type'].enum, ['#microsoft.graph.connectorGroup']);
    assert.equal((files['bodies/connectorGroup.update.schema.json'] as any).required, undefined);
    assert.deepEqual((files['bodies/ref.connector.schema.json'] as any).required, ['@odata.id']);
    assert.equal((files['bodies/ref.connectorGroup.schema.json'] as any).properties['@odata.id']['x-refTarget'], 'microsoft.graph.connectorGroup');
    const egCreate = files['bodies/externalGroup.create.schema.json'] as any;
    assert.deepEqual(egCreate.required, ['id']);
    assert.equal(egCreate.properties.id.pattern, '^[A-Za-z0-9]{1,128}$');
    assert.equal((files['bodies/externalGroup.update.schema.json'] as any).properties.id.readOnly, true);
    const identity = files['bodies/identity.create.schema.json'] as any;
    assert.deepEqual(identity.required, ['id', 'type']);
    assert.deepEqual(identity.properties.type.enum, ['user', 'group', 'externalGroup', 'unknownFutureValue']);
    const ecCreate = files['bodies/externalConnection.create.schema.json'] as any;
    assert.deepEqual(ecCreate.required, ['id', 'name', 'description']);
    assert.equal(ecCreate.properties.state.readOnly, true);
  });

  test('national clouds and the /connections alias come from the facts', () => {
    assert.deepEqual(table.clouds!.map(c => c.origin), ['https://graph.microsoft.com', 'https://graph.microsoft.us', 'https://dod-graph.microsoft.us', 'https://microsoftgraph.chinacloudapi.cn']);
    assert.deepEqual(table.aliases!.map(a => [a.alias, a.canonical]), [['/connections', '/external/connections']]);
  });
});

describe('bundled schemas', () => {
  test('src/core/graph/schemas.ts imports exactly the generated schemas', async () => {
    const { BODY_SCHEMAS, ENTITY_SCHEMAS } = await import('../../../src/core/graph/schemas');
    const bodies = Object.keys(files).filter(f => f.startsWith('bodies/')).map(f => f.slice(7, -12)).sort();
    assert.deepEqual(Object.keys(BODY_SCHEMAS).sort(), bodies);
    const entities = Object.values(files).filter((f: any) => String(f.$id ?? '').includes(':entities:')).map((f: any) => f['x-graphType']).sort();
    assert.deepEqual(Object.keys(ENTITY_SCHEMAS).sort(), entities);
  });
});
