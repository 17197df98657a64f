import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createValidator } from '../../../src/core/intelligence';
import { defaultExternalUrl, publishAppText, validateAppDisplayName, validateAppUrl } from '../../../src/core/tenant/publishAppText';

// The sandbox's "US datacenter" group (src/sandbox/defaultSeed.json).
const GROUP = 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a02';
const input = { groupId: GROUP, groupName: 'US datacenter', displayName: 'Payroll "v2"', internalUrl: 'https://payroll.contoso.local/', externalUrl: 'https://payroll-contoso.msappproxy.net/' };
const root = process.cwd();

describe('publishAppText (tree: Publish an app through this group)', () => {
  test('the tutorial sequence for the group, with request variables so ids flow', () => {
    const text = publishAppText(input);
    const lines = text.split('\n');
    assert.ok(lines.includes('@internalUrl = https://payroll.contoso.local/'));
    assert.ok(lines.includes('@externalUrl = https://payroll-contoso.msappproxy.net/'));
    const requests = lines.filter(l => /^(GET|POST|PATCH|PUT) /.test(l));
    assert.deepEqual(requests, [
      "GET https://graph.microsoft.com/v1.0/applicationTemplates?$filter=displayName eq 'Custom'",
      'POST https://graph.microsoft.com/v1.0/applicationTemplates/{{template.response.body.$.value[0].id}}/instantiate',
      'PATCH https://graph.microsoft.com/v1.0/applications/{{app.response.body.$.application.id}}',
      'PATCH https://graph.microsoft.com/beta/applications/{{app.response.body.$.application.id}}',
      'PUT https://graph.microsoft.com/beta/applications/{{app.response.body.$.application.id}}/connectorGroup/$ref',
      `GET https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups/${GROUP}/applications`,
    ]);
    assert.match(text, /"displayName": "Payroll \\"v2\\""/, 'the display name is JSON-escaped');
    assert.match(text, new RegExp(`"@odata.id": "https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups/${GROUP}"`));
    assert.match(text, /"internalUrl": "\{\{internalUrl\}\}"/);
  });

  test('validates with no problem', () => {
    assert.deepEqual(createValidator().validate(publishAppText(input)), []);
    assert.deepEqual(createValidator().validate(publishAppText({ ...input, groupName: 'two\nlines', displayName: 'Ünïcode app' })), []);
  });

  test('input checks and defaults', () => {
    assert.equal(validateAppDisplayName('Wiki'), undefined);
    assert.ok(validateAppDisplayName('  '));
    assert.ok(validateAppDisplayName('a{{b}}'));
    assert.equal(validateAppUrl('https://wiki.contoso.local/', 'internal'), undefined);
    assert.equal(validateAppUrl('http://wiki.contoso.local/', 'internal'), undefined);
    assert.ok(validateAppUrl('http://wiki-contoso.msappproxy.net/', 'external'));
    assert.ok(validateAppUrl('wiki.contoso.local', 'internal'));
    assert.ok(validateAppUrl('https://a b/', 'internal'));
    assert.equal(defaultExternalUrl('Contoso Wiki (App Proxy)'), 'https://contoso-wiki-app-proxy-contoso.msappproxy.net/');
  });

  describe('sent against the sandbox with the CLI', () => {
    before(() => {
      const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, encoding: 'utf8' });
      assert.equal(build.status, 0, build.stderr);
    });
    test('send --all --sandbox: every step succeeds and the group lists the app', () => {
      const file = join(mkdtempSync(join(tmpdir(), 'gcg-publish-tree-')), 'publish.http');
      writeFileSync(file, publishAppText(input));
      const r = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'send', file, '--all', '--sandbox'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
      assert.equal(r.status, 0, r.stdout.slice(-2000) + r.stderr);
      const statuses = [...r.stdout.matchAll(/^HTTP (\d{3}) /gm)].map(m => Number(m[1]));
      assert.deepEqual(statuses, [200, 201, 204, 204, 204, 200]);
      assert.match(r.stdout, /"externalUrl": "https:\/\/payroll-contoso\.msappproxy\.net\/"/);
    });
  });
});
