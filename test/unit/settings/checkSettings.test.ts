import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkSettings, DEFAULT_CLIENT_ID, INTEGER_SETTINGS } from '../../../src/core/settings/checkSettings';
import { GRAPH_CLI_TOOLS_CLIENT_ID } from '../../../src/core/auth/msalConfig';

function manifestPath(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const p = join(dir, 'package.json');
    try { if (JSON.parse(readFileSync(p, 'utf8')).name === 'graph-connector-groups') return p; } catch { /* not here */ }
  }
  throw new Error('package.json not found');
}

const check = (values: Record<string, unknown>) => checkSettings(key => values[key]);

describe('checkSettings: values a committed settings.json can hold', () => {
  test('unset: the documented defaults, no problems', () => {
    const { settings, problems } = check({});
    assert.deepEqual(problems, []);
    assert.equal(settings.requestTimeoutSeconds, 100);
    assert.equal(settings.maxRetries, 3);
    assert.equal(settings.sandboxPort, 0);
    assert.equal(settings.environment, 'cloud');
    assert.equal(settings.clientId, GRAPH_CLI_TOOLS_CLIENT_ID);
    assert.equal(DEFAULT_CLIENT_ID, GRAPH_CLI_TOOLS_CLIENT_ID);
  });

  test('sandbox.port "/some/path" (a Unix socket) is refused: port 0, named in a problem', () => {
    const { settings, problems } = check({ 'sandbox.port': '/tmp/x/sandbox.sock' });
    assert.equal(settings.sandboxPort, 0);
    assert.match(problems.join('\n'), /sandbox\.port: "\/tmp\/x\/sandbox\.sock" is not an integer from 0 to 65535/);
  });

  test('requestTimeoutSeconds past setTimeout\'s range, a string, NaN or a fraction: the default, never a 1 ms or disabled timeout', () => {
    for (const value of [9999999, 'abc', Number.NaN, 0, -5, 2.5, null, Infinity]) {
      const { settings, problems } = check({ requestTimeoutSeconds: value });
      assert.equal(settings.requestTimeoutSeconds, 100, String(value));
      assert.equal(problems.length, 1, String(value));
      assert.ok(settings.requestTimeoutSeconds * 1000 < 2 ** 31 - 1);
    }
    assert.equal(check({ requestTimeoutSeconds: 3600 }).settings.requestTimeoutSeconds, 3600);
  });

  test('maxRetries and ports are integers in range', () => {
    assert.equal(check({ maxRetries: 1e9 }).settings.maxRetries, 3);
    assert.equal(check({ maxRetries: '2' }).settings.maxRetries, 3);
    assert.equal(check({ maxRetries: 0 }).settings.maxRetries, 0);
    assert.equal(check({ 'sandbox.port': 70000 }).settings.sandboxPort, 0);
    assert.equal(check({ 'sandbox.port': 4100 }).settings.sandboxPort, 4100);
  });

  test('enums, tenant and client id are checked: a tenant cannot rewrite the authority URL', () => {
    assert.equal(check({ environment: 'evil' }).settings.environment, 'cloud');
    assert.equal(check({ cloud: 'constructor' }).settings.cloud, 'Global');
    assert.equal(check({ authProvider: { x: 1 } }).settings.authProvider, 'msal');
    assert.equal(check({ tenant: 'evil.example/../x?' }).settings.tenant, 'organizations');
    assert.equal(check({ tenant: 'contoso.onmicrosoft.com' }).settings.tenant, 'contoso.onmicrosoft.com');
    assert.equal(check({ clientId: 'not-a-guid' }).settings.clientId, DEFAULT_CLIENT_ID);
    assert.equal(check({ environmentVariables: 'x' }).settings.environmentVariables instanceof Object, true);
    assert.equal(check({ activeVariableSet: 42 }).settings.activeVariableSet, '');
  });

  test('package.json declares the same integer ranges (integer type, minimum, maximum, default)', () => {
    const manifest = JSON.parse(readFileSync(manifestPath(), 'utf8'));
    const properties = manifest.contributes.configuration.properties;
    for (const [key, range] of Object.entries(INTEGER_SETTINGS)) {
      const p = properties[`graphConnectorGroups.${key}`];
      assert.deepEqual({ type: p.type, minimum: p.minimum, maximum: p.maximum, default: p.default }, { type: 'integer', ...range }, key);
    }
  });
});
