import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The CLI's output and exit codes are a contract with users' CI: test the built binary, as CI runs it.
const root = process.cwd();
const cli = (args: string[], cwd = root) => spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'validate', ...args], { cwd, encoding: 'utf8' });
const FIXTURES = 'test/unit/intelligence/fixtures';

describe('graph-connector-groups validate', () => {
  let dir = '';
  before(() => {
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr);
    dir = mkdtempSync(join(tmpdir(), 'gcg-validate-'));
    writeFileSync(join(dir, 'ok.http'), 'GET https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups\n');
    writeFileSync(join(dir, 'warn.http'), 'POST https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups\r\n\r\n{ "name": "a", "isDefault": true }\r\n');
  });

  test('human output: file:line:column severity message, exit 1 on errors', () => {
    const r = cli([`${FIXTURES}/003-create-externalgroup.http`]);
    assert.equal(r.status, 1, r.stderr);
    assert.deepEqual(r.stdout.trimEnd().split('\n'), [
      `${FIXTURES}/003-create-externalgroup.http:2:38 info '/connections' reaches the same resources through the EntitySet 'connections'; the documented path starts with '/external/connections'.`,
      `${FIXTURES}/003-create-externalgroup.http:2:51 warning '{connectionsId}' is a documentation placeholder: put a real id or a {{variable}} here.`,
      `${FIXTURES}/003-create-externalgroup.http:4:17 error Content-Length says 130 bytes, but the body is 126: Graph would wait for bytes that never come. Remove the header; the length is computed when sending. (130 is its length with CRLF line breaks; this file's are LF.)`,
      `${FIXTURES}/003-create-externalgroup.http:6:1 error Missing required property 'id' to create an externalGroup.`,
      `${FIXTURES}/003-create-externalgroup.http:8:18 info "String" looks like a documentation placeholder: put the real displayName here.`,
      `${FIXTURES}/003-create-externalgroup.http:9:18 info "String" looks like a documentation placeholder: put the real description here.`,
    ]);
  });

  test('--cloud: a path-only URL is checked against that national cloud (China has no v1.0 external connections)', () => {
    writeFileSync(join(dir, 'china.http'), 'GET /v1.0/external/connections\n');
    const global = cli(['--json', 'china.http'], dir);
    assert.equal(global.status, 0);
    assert.deepEqual(JSON.parse(global.stdout), []);
    const china = cli(['--json', '--cloud', 'China', 'china.http'], dir);
    assert.equal(china.status, 0, 'a warning: exit 0');
    const [d] = JSON.parse(china.stdout);
    assert.equal(d.code, 'graph.url.cloudUnavailable');
    assert.match(d.message, /China/);
    assert.equal(cli(['--cloud', 'Mars', 'china.http'], dir).status, 2, 'an unknown cloud is a usage error');
  });

  test('--json: array of {file, line, column, endLine, endColumn, severity, message, code}, several files', () => {
    const r = cli(['--json', 'ok.http', 'warn.http'], dir);
    assert.equal(r.status, 0, 'warnings only: exit 0');
    const out = JSON.parse(r.stdout);
    assert.deepEqual(out, [
      { file: 'warn.http', line: 1, column: 1, endLine: 1, endColumn: 5, severity: 'warning', message: 'This request has a JSON body but no Content-Type header: Graph reads a JSON body with Content-Type application/json, and nothing adds the header when sending.', code: 'graph.header.contentTypeMissing' },
      { file: 'warn.http', line: 3, column: 16, endLine: 3, endColumn: 27, severity: 'warning', message: '`isDefault` is read-only: set by the service, not by the request. Remove it from the request.', code: 'graph.body.readOnly' },
    ]);
  });

  test('clean files: no output, exit 0', () => {
    const r = cli(['ok.http'], dir);
    assert.equal(r.status, 0);
    assert.equal(r.stdout, '');
    assert.equal(cli(['--json', 'ok.http'], dir).stdout.trim(), '[]');
  });

  test('usage errors exit 2 with a message on stderr', () => {
    const none = cli([]);
    assert.equal(none.status, 2);
    assert.match(none.stderr, /validate: no files given/);
    const flag = cli(['--yaml', 'x.http']);
    assert.equal(flag.status, 2);
    assert.match(flag.stderr, /unknown option '--yaml'/);
    const missing = cli(['missing.http', 'ok.http'], dir);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /cannot read missing\.http: ENOENT/);
  });
});
