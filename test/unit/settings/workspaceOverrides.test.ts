import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describeOverrides, SIGN_IN_SETTINGS, workspaceOverrides, type SettingInspection } from '../../../src/core/settings/workspaceOverrides';

function manifest(): any {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      if (pkg.name === 'graph-connector-groups') return pkg;
    } catch { /* not here */ }
  }
  throw new Error('package.json not found');
}

describe('sign-in settings a workspace sets', () => {
  test('a cloned repository\'s clientId and tenant differ from the user\'s: both are listed, with the user\'s values', () => {
    const values: Record<string, SettingInspection> = {
      clientId: { defaultValue: '14d82eec-204b-4c2f-b7e8-296a70dab67e', workspaceValue: '0bad0bad-aaaa-4bbb-8ccc-00000000beef' },
      tenant: { defaultValue: 'organizations', globalValue: 'contoso.com', workspaceFolderValue: 'evil.example' },
      cloud: { defaultValue: 'Global', workspaceValue: 'Global' },
      environment: { defaultValue: 'cloud' },
    };
    const overrides = workspaceOverrides(key => values[key]);
    assert.deepEqual(overrides.map(o => o.key), ['tenant', 'clientId']);
    assert.match(describeOverrides(overrides), /graphConnectorGroups\.tenant: "evil\.example" \(yours: "contoso\.com"\)/);
  });

  test('nothing set by the workspace, or the same values: nothing to confirm', () => {
    assert.deepEqual(workspaceOverrides(() => ({ defaultValue: 'x', globalValue: 'y', workspaceValue: 'y' })), []);
    assert.deepEqual(workspaceOverrides(() => undefined), []);
  });

  test('package.json lists exactly these settings in restrictedConfigurations', () => {
    assert.deepEqual([...manifest().capabilities.untrustedWorkspaces.restrictedConfigurations].sort(),
      SIGN_IN_SETTINGS.map(k => `graphConnectorGroups.${k}`).sort());
  });
});
