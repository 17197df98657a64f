import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { missingPermission, routeInfoFor } from '../../../src/core/graph/routeInfo';
import { scopesForRequest } from '../../../src/core/auth/scopes';
import { leastFromPermissionsJson } from './permissionsJson';

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

test('a v1.0 request routes.json lacks gets the whole v1.0 metadata\'s operation and permissions.json\'s least privilege (CodeLens, scopes)', () => {
  for (const [method, url, path, summary] of [
    ['POST', 'https://graph.microsoft.com/v1.0/invitations', '/invitations', 'Create an invitation'],
    ['GET', 'https://graph.microsoft.com/v1.0/identity/conditionalAccess/namedLocations', '/identity/conditionalAccess/namedLocations', 'List namedLocation items'],
    ['PATCH', 'https://graph.microsoft.com/v1.0/users/{{userId}}', '/users/{id}', 'Update user'],
    ['GET', 'https://graph.microsoft.com/v1.0/me', '/me', 'Get user'],
  ]) {
    const info = routeInfoFor(method, url);
    const expected = leastFromPermissionsJson(method, path);
    assert.ok(expected.delegated ?? expected.application, `permissions.json names a least privilege for ${method} ${path}`);
    assert.equal(info?.summary, summary, `${method} ${path}`);
    assert.equal(info?.delegated, expected.delegated, `${method} ${path}: delegated`);
    assert.equal(info?.application, expected.application, `${method} ${path}: application`);
    assert.deepEqual(scopesForRequest(method, url), [`https://graph.microsoft.com/${expected.delegated}`, 'offline_access'], `${method} ${path}: the scope a send signs in with`);
  }
  // A path the v1.0 metadata does not have: nothing, as before.
  assert.equal(routeInfoFor('GET', 'https://graph.microsoft.com/v1.0/usres'), undefined);
});
