import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { missingPermission, routeInfoFor } from '../../../src/core/graph/routeInfo';

test('a connector group list maps to its operation and least-privileged permission', () => {
  const info = routeInfoFor('GET', 'https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups');
  assert.ok(info, 'route found');
  assert.ok(info.permission, 'has a permission');
  assert.equal(routeInfoFor('GET', 'https://example.com/beta/x'), undefined);
  assert.equal(routeInfoFor('GET', '{{graph}}/x'), undefined);
});

test('the permission named in a 403 message wins over the route table', () => {
  assert.equal(missingPermission('Insufficient privileges. Requires Directory.ReadWrite.All.', 'Other.Read.All'), 'Directory.ReadWrite.All');
  assert.equal(missingPermission('Access denied', 'Other.Read.All'), 'Other.Read.All');
  assert.equal(missingPermission('Access denied', undefined), undefined);
});
