import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nodeOf, stringArg, targetOf } from '../../../src/core/tenant/commandArgs';
import type { TenantNode } from '../../../src/core/tenant/nodes';

const group = { kind: 'connectorGroup', key: 'tenant/connectorGroups/g1', entityId: 'g1', expandable: true } as unknown as TenantNode;
const finder = { find: async (key: string) => (key === group.key ? group : undefined) };

test('nodeOf takes the tree node itself, or finds the loaded node a {key} names', async () => {
  assert.equal(await nodeOf(finder, group), group);
  assert.equal(await nodeOf(finder, { key: group.key }), group);
  assert.equal(await nodeOf(finder, { key: 'tenant/other' }), undefined);
  assert.equal(await nodeOf(finder, 'g1'), undefined);
  assert.equal(await nodeOf(finder, undefined), undefined);
});

test('stringArg reads a non-empty string property only', () => {
  assert.equal(stringArg({ groupId: 'g1' }, 'groupId'), 'g1');
  assert.equal(stringArg({ groupId: '' }, 'groupId'), undefined);
  assert.equal(stringArg({ groupId: 3 }, 'groupId'), undefined);
  assert.equal(stringArg(null, 'groupId'), undefined);
});

test('targetOf: the node of the asked kind and its id, else the id a script passed', async () => {
  assert.deepEqual(await targetOf(finder, group, 'connectorGroup', 'groupId'), { node: group, id: 'g1' });
  assert.deepEqual(await targetOf(finder, { groupId: 'g2' }, 'connectorGroup', 'groupId'), { node: undefined, id: 'g2' });
  assert.deepEqual(await targetOf(finder, group, 'connector', 'connectorId'), { node: group, id: undefined });
});
