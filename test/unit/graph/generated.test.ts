import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FACT_FILES, generateGraphSchemas, isCompressed, readGraphFacts, sameCompressed, serializeGenerated } from '../../../src/core/graph/generate';
import type { GraphFacts } from '../../../src/core/graph/generate';
import type { RouteTable } from '../../../src/core/graph/types';

// Tests run from the repo root; CI clones the repo with shared/ beside it (GRAPH_FACTS_DIR points elsewhere).
const factsDir = process.env.GRAPH_FACTS_DIR ?? join(process.cwd(), '..', 'shared', 'graph');
if (!existsSync(join(factsDir, 'docs-facts.json'))) {
  throw new Error(`The Graph facts are not at ${factsDir}: the drift check needs them. Clone the repo with shared/ beside it, or set GRAPH_FACTS_DIR.`);
}
const facts: GraphFacts = readGraphFacts(f => readFileSync(join(factsDir, f), 'utf8'));
const files = generateGraphSchemas(facts, FACT_FILES.map(f => `shared/graph/${f}`));
const table = files['routes.json'] as RouteTable;
const route = (template: string) => table.routes.find(r => r.template === template)!;
const CG = '/onPremisesPublishingProfiles/applicationProxy/connectorGroups';
const docsFacts = JSON.parse(readFileSync(join(factsDir, 'docs-facts.json'), 'utf8'));

describe('generated schemas', () => {
  test('committed files under schemas/ match the generator output (run node scripts/gen-schemas.mjs)', () => {
    for (const [rel, value] of Object.entries(files)) {
      const path = join('schemas', rel);
      assert.ok(existsSync(path), `missing ${path}`);
      if (isCompressed(rel)) { assert.ok(sameCompressed(readFileSync(path), value), `${path} drifted from the facts`); continue; }
      assert.equal(readFileSync(path, 'utf8'), serializeGenerated(value), `${path} drifted from the facts`);
    }
    for (const sub of ['bodies', 'entities']) {
      for (const name of readdirSync(join('schemas', sub))) assert.ok(`${sub}/${name}` in files, `stale schemas/${sub}/${name}`);
    }
  });

  test('connector group, connector and application.connectorGroup routes are beta only', () => {
    for (const r of table.routes.filter(r => /onPremisesPublishingProfiles|connectorGroup/i.test(r.template))) {
      assert.deepEqual(r.versions, ['beta'], r.template);
    }
    assert.deepEqual(route('/applications/{applicationObjectId}/connectorGroup/$ref').versions, ['beta']);
  });

  test('external connection, group and member routes exist in v1.0 and beta', () => {
    for (const r of table.routes.filter(r => r.template.startsWith('/external/') && !r.template.endsWith('/quota'))) assert.deepEqual(r.versions, ['v1.0', 'beta'], r.template);
    assert.deepEqual(route('/external/connections/{connectionId}/quota').versions, ['beta'], 'connectionQuota is beta only');
  });

  test('POST create connectorGroup succeeds with 201; PATCH with 200 (docs); $ref POSTs accept both 201 and 204', () => {
    const create = route(CG).operations.find(o => o.method === 'POST')!;
    assert.equal(create.id, 'connectorGroup.create');
    assert.deepEqual(create.success, [201]);
    assert.equal(create.bodySchema, 'connectorGroup.create');
    assert.deepEqual(route(`${CG}/{connectorGroupId}`).operations.find(o => o.method === 'PATCH')!.success, [200]);
    assert.deepEqual(route(`${CG}/{connectorGroupId}/members/$ref`).operations[0].success, [201, 204]);
    assert.deepEqual(route('/onPremisesPublishingProfiles/applicationProxy/connectors/{connectorId}/memberOf/$ref').operations[0].success, [201, 204]);
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

  test('every operation in docs-facts.json is a route with its success codes and least-privileged permissions', () => {
    for (const o of docsFacts.operations) {
      const r = route(o.path.split('?')[0]);
      assert.ok(r, `${o.id}: no route ${o.path}`);
      const op = r.operations.find(x => x.method === o.method)!;
      assert.ok(op, `${o.id}: no ${o.method}`);
      for (const v of o.versions) assert.ok(r.versions.includes(v), `${o.id}: not in ${v}`);
      if (o.success && !o.id.startsWith('tutorial.')) assert.deepEqual(op.success, o.success, o.id);
      if (o.permissions.delegated.length) assert.ok(o.permissions.delegated.includes(op.permissions.delegated), `${o.id}: delegated ${op.permissions.delegated}`);
      else assert.equal(op.permissions.delegated, undefined, o.id);
      if (o.permissions.application.length) assert.ok(o.permissions.application.includes(op.permissions.application), `${o.id}: application ${op.permissions.application}`);
      if (!o.id.startsWith('tutorial.') && o.source?.page) assert.equal(op.docs, o.source.page, o.id);
      const hasBody = o.bodyType !== undefined || ['POST', 'PATCH', 'PUT'].includes(o.method) && !o.path.endsWith('}') === false;
      if (o.bodyType) assert.ok(op.bodySchema, `${o.id}: no body schema`);
      void hasBody;
    }
  });

  test('DELETE external connection succeeds with 202 Accepted (docs, v1.0 and beta)', () => {
    const del = route('/external/connections/{connectionId}').operations.find(o => o.method === 'DELETE')!;
    assert.deepEqual(del.success, [202]);
  });

  test('national clouds: externalConnectors routes are not in China; App Proxy routes are in every cloud', () => {
    assert.deepEqual(route('/external/connections').clouds, ['Global', 'USGovL4', 'USGovL5']);
    assert.deepEqual(route('/external/connections/{connectionId}/groups/{externalGroupId}/members').clouds, ['Global', 'USGovL4', 'USGovL5']);
    assert.equal(route(CG).clouds, undefined);
  });

  test('body schemas: connectorGroup create/update, refs, externalGroup, identity, externalConnection', () => {
    const cgCreate = files['bodies/connectorGroup.create.schema.json'] as any;
    assert.deepEqual(cgCreate.required, ['name']);
    const region = cgCreate.properties.region;
    assert.deepEqual(region.enum.filter((v: unknown) => !region['x-spellingVariants'].includes(v)), ['nam', 'eur', 'aus', 'asia', 'ind', 'unknownFutureValue', null], 'region is nullable');
    assert.ok(region['x-spellingVariants'].includes('Nam') && region['x-spellingVariants'].includes('NAM'), 'Graph reads enum members case-insensitively');
    assert.deepEqual(cgCreate.properties.region.type, ['string', 'null']);
    assert.equal(cgCreate.properties.region['x-enumDescriptions'].nam, 'North America');
    for (const p of ['id', 'connectorGroupType', 'isDefault']) assert.equal(cgCreate.properties[p].readOnly, true, p);
    assert.deepEqual(cgCreate.properties['@odata.type'].enum, ['#microsoft.graph.connectorGroup', 'microsoft.graph.connectorGroup']);
    assert.deepEqual(cgCreate.properties['@odata.type']['x-spellingVariants'], ['microsoft.graph.connectorGroup'], 'the type without #, as Graph reads it: accepted, not offered');
    assert.equal((files['bodies/connectorGroup.update.schema.json'] as any).required, undefined);
    assert.deepEqual((files['bodies/ref.connector.schema.json'] as any).required, ['@odata.id']);
    assert.equal((files['bodies/ref.connectorGroup.schema.json'] as any).properties['@odata.id']['x-refTarget'], 'microsoft.graph.connectorGroup');
    const egCreate = files['bodies/externalGroup.create.schema.json'] as any;
    assert.deepEqual(egCreate.required, ['id']);
    assert.equal(egCreate.properties.id.pattern, '^[A-Za-z0-9]{1,128}$');
    assert.equal((files['bodies/externalGroup.update.schema.json'] as any).properties.id.readOnly, true);
    const identity = files['bodies/identity.create.schema.json'] as any;
    assert.deepEqual(identity.required, ['id', 'type']);
    assert.deepEqual(identity.properties.type.enum.filter((v: unknown) => !identity.properties.type['x-spellingVariants'].includes(v)), ['user', 'group', 'externalGroup', 'unknownFutureValue', null]);
    const ecCreate = files['bodies/externalConnection.create.schema.json'] as any;
    assert.deepEqual(ecCreate.required, ['id', 'name', 'description']);
    assert.equal(ecCreate.properties.state.readOnly, true);
  });

  test('national cloud origins and the /connections alias (EntitySet of the type external contains)', () => {
    assert.deepEqual(table.clouds!.map(c => c.origin), ['https://graph.microsoft.com', 'https://graph.microsoft.us', 'https://dod-graph.microsoft.us', 'https://microsoftgraph.chinacloudapi.cn']);
    assert.deepEqual(table.aliases!.map(a => [a.alias, a.canonical]), [['/connections', '/external/connections']]);
  });
});

describe('bundled schemas', () => {
  test('every body schema the route table names, and every entity it addresses, loads from schemas/', async () => {
    const { getBodySchema, getEntitySchema, bodySchemaKeys } = await import('../../../src/core/graph/schemas');
    const bodies = Object.keys(files).filter(f => f.startsWith('bodies/')).map(f => f.slice(7, -12)).sort();
    assert.deepEqual(bodySchemaKeys(), bodies);
    for (const key of bodies) assert.equal(getBodySchema(key)?.['x-kind'] !== undefined, true, key);
    const entities = Object.values(files).filter((f: any) => String(f.$id ?? '').includes(':entities:')).map((f: any) => f['x-graphType']);
    for (const t of entities) assert.ok(getEntitySchema(t), t);
  });
});
