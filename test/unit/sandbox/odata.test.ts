import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startSandbox, type Sandbox } from '../../../src/sandbox/server';
import { graph, PROFILE } from './helpers';

const GROUPS = `/beta${PROFILE}/connectorGroups`;

describe('OData query options and server-driven paging', () => {
  let sandbox: Sandbox;
  before(async () => {
    sandbox = await startSandbox();
    for (let i = 0; i < 247; i++) {
      const g = { id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, name: `Group ${i}`, connectorGroupType: 'applicationProxy' as const, isDefault: false, region: null };
      sandbox.state.connectorGroups.set(g.id, g);
    }
  });
  after(async () => { await sandbox.close(); });

  test('250 groups come back in pages of 100 through absolute nextLinks', async () => {
    const seen: string[] = [];
    let url: string | undefined = `${GROUPS}?$count=true`;
    let pages = 0;
    while (url) {
      const res = await graph(sandbox, 'GET', url);
      assert.equal(res.status, 200);
      if (pages === 0) assert.equal(res.body['@odata.count'], 250);
      else assert.equal(res.body['@odata.count'], undefined);
      seen.push(...res.body.value.map((g: any) => g.id));
      url = res.body['@odata.nextLink'];
      if (url) {
        assert.ok(url.startsWith(`${sandbox.graphEndpoint}/beta/`));
        assert.match(url, /\$count=true/);
        assert.match(url, /\$skiptoken=/);
      }
      pages++;
    }
    assert.equal(pages, 3);
    assert.equal(new Set(seen).size, 250);
  });

  test('$top sets the page size; $select projects and shows in @odata.context; options survive paging', async () => {
    const res = await graph(sandbox, 'GET', `${GROUPS}?$top=7&$select=id,name`);
    assert.equal(res.body.value.length, 7);
    assert.deepEqual(Object.keys(res.body.value[0]), ['id', 'name']);
    assert.match(res.body['@odata.context'], /connectorGroups\(id,name\)$/);
    const next = await graph(sandbox, 'GET', res.body['@odata.nextLink']);
    assert.equal(next.body.value.length, 7);
    assert.deepEqual(Object.keys(next.body.value[0]), ['id', 'name']);
    assert.notEqual(next.body.value[0].id, res.body.value[0].id);
  });

  test('$select on a single entity', async () => {
    const res = await graph(sandbox, 'GET', `${GROUPS}/e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a01?$select=isDefault`);
    assert.equal(res.body.isDefault, true);
    assert.equal(res.body.name, undefined);
    assert.match(res.body['@odata.context'], /connectorGroups\(isDefault\)\/\$entity$/);
  });

  test('bad options answer 400', async () => {
    for (const query of ['$select=colour', '$top=0', '$top=abc', '$count=maybe', '$skiptoken=garbage', '$filter=colour eq \'x\'', '$filter=name gt \'a\'', '$filter=name eq', '$filter=name eq \'a\' extra', '$orderby=name', '$bogus=1']) {
      const res = await graph(sandbox, 'GET', `${GROUPS}?${query}`);
      assert.equal(res.status, 400, query);
      assert.equal(res.body.error.code, 'BadRequest');
    }
  });

  test('$filter: eq/ne/startswith with and/or, applied before paging and counting', async () => {
    const one = await graph(sandbox, 'GET', `${GROUPS}?$filter=${encodeURIComponent("name eq 'Group 7'")}`);
    assert.deepEqual(one.body.value.map((g: any) => g.name), ['Group 7']);
    const prefixed = await graph(sandbox, 'GET', `${GROUPS}?$count=true&$top=5&$filter=${encodeURIComponent("startswith(name,'group 1') and isDefault eq false")}`);
    assert.equal(prefixed.body['@odata.count'], 111); // Group 1, 10-19, 100-199
    assert.equal(prefixed.body.value.length, 5);
    assert.match(prefixed.body['@odata.nextLink'], /\$filter=/);
    const either = await graph(sandbox, 'GET', `${GROUPS}?$filter=${encodeURIComponent("isDefault eq true or name eq 'It''s not there'")}`);
    assert.deepEqual(either.body.value.map((g: any) => g.name), ['Default']);
    const connectors = await graph(sandbox, 'GET', `/beta${PROFILE}/connectors?$filter=${encodeURIComponent("status ne 'active'")}`);
    assert.equal(connectors.body.value.length, 2);
  });

  test('page size comes from options', async () => {
    const small = await startSandbox({ pageSize: 2 });
    try {
      const res = await graph(small, 'GET', `/beta${PROFILE}/connectors`);
      assert.equal(res.body.value.length, 2);
      assert.ok(res.body['@odata.nextLink']);
    } finally {
      await small.close();
    }
  });
});
