import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { leastPrivilegedPermissions, scopesForRequest } from '../../../src/core/auth/scopes';
import { appOnlyScopes } from '../../../src/core/auth/msalTokenSource';
import { authorityFor, CLOUDS, cloudOfGraphUrl, getCloud } from '../../../src/core/auth/clouds';

test('scopes name the least-privileged delegated permission on the cloud host, plus offline_access', () => {
  assert.deepEqual(scopesForRequest('POST', 'https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups'),
    ['https://graph.microsoft.com/Directory.ReadWrite.All', 'offline_access']);
  assert.deepEqual(scopesForRequest('GET', '/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups', { graphHost: CLOUDS.USGovL4.graphHost }),
    ['https://graph.microsoft.us/Directory.ReadWrite.All', 'offline_access']);
  assert.deepEqual(scopesForRequest('GET', 'http://127.0.0.1:5555/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups', { graphEndpoint: 'http://127.0.0.1:5555' }),
    ['https://graph.microsoft.com/Directory.ReadWrite.All', 'offline_access']);
});

test('unknown routes fall back to .default; app-only is always .default', () => {
  assert.deepEqual(scopesForRequest('GET', '/beta/nothing/here'), ['https://graph.microsoft.com/.default', 'offline_access']);
  assert.deepEqual(scopesForRequest('GET', 'not a url'), ['https://graph.microsoft.com/.default', 'offline_access']);
  assert.deepEqual(scopesForRequest('POST', '/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups', { appOnly: true }), ['https://graph.microsoft.com/.default']);
  assert.deepEqual(appOnlyScopes(['https://graph.microsoft.us/Directory.ReadWrite.All', 'offline_access']), ['https://graph.microsoft.us/.default']);
  assert.deepEqual(appOnlyScopes(['offline_access']), ['https://graph.microsoft.com/.default']);
});

test('least-privileged permission for hints', () => {
  assert.deepEqual(leastPrivilegedPermissions('POST', '/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups', { appOnly: true }), ['Directory.ReadWrite.All']);
  assert.deepEqual(leastPrivilegedPermissions('GET', '/beta/unknown'), []);
});

test('clouds', () => {
  assert.equal(authorityFor(CLOUDS.China, 'contoso.onmicrosoft.com'), 'https://login.chinacloudapi.cn/contoso.onmicrosoft.com/');
  assert.equal(authorityFor(CLOUDS.Global), 'https://login.microsoftonline.com/organizations/');
  assert.equal(getCloud('USGovL5')?.graphHost, 'https://dod-graph.microsoft.us');
  assert.equal(getCloud('Mars'), undefined);
  assert.equal(cloudOfGraphUrl('https://graph.microsoft.us/beta/me')?.id, 'USGovL4');
});

test('cloud table agrees with the Graph facts (when the facts folder is present)', (t) => {
  const facts = '../shared/graph/graph-resources.json';
  if (!existsSync(facts)) { t.skip('facts not present'); return; }
  const rows = (JSON.parse(readFileSync(facts, 'utf8')).nationalClouds as Array<{ graph?: string; login?: string }>).filter(r => r.graph);
  const ours = Object.values(CLOUDS).map(c => `${c.graphHost} ${c.loginHost}`).sort();
  assert.deepEqual(rows.map(r => `${r.graph} ${r.login}`).sort(), ours);
});
