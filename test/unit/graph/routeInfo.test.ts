import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { missingPermission, routeInfoFor } from '../../../src/core/graph/routeInfo';
import { scopesForRequest } from '../../../src/core/auth/scopes';

const factsDir = process.env.GRAPH_FACTS_DIR ?? join(process.cwd(), '..', 'shared', 'graph');

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

/**
 * The least-privileged delegated and application permissions Graph's own permissions.json names for `method path`
 * (a pathSet's `least=` marker; its paths are lower-cased), read here from the file itself rather than from our compiled tables.
 */
function leastFromPermissionsJson(method: string, path: string): { delegated?: string; application?: string } {
  const file = JSON.parse(readFileSync(join(factsDir, 'metadata/permissions.json'), 'utf8')) as { permissions: Record<string, { pathSets?: { methods: string[]; paths: Record<string, string> }[] }> };
  const out: { delegated?: string; application?: string } = {};
  for (const [name, permission] of Object.entries(file.permissions)) {
    for (const set of permission.pathSets ?? []) {
      const marker = set.methods.includes(method) ? set.paths[path.toLowerCase()] : undefined;
      if (!marker?.startsWith('least=')) continue;
      // Work or school accounts (what a tenant admin signs in with), not DelegatedPersonal's.
      if (/\bDelegatedWork\b/.test(marker)) out.delegated = name;
      if (/\bApplication\b/.test(marker)) out.application = name;
    }
  }
  return out;
}

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
