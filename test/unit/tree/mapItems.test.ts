import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mapApplication, mapConnector, mapConnectorGroup, mapExternalConnection, mapPageValues } from '../../../src/core/tenant/mapItems';
import { tenantFolders, tenantRoot } from '../../../src/core/tenant/structure';

const root = tenantRoot({ environment: 'sandbox', cloudLabel: 'Sandbox tenant', username: 'adele@sandbox' });
const [groupsFolder, connectorsFolder, connectionsFolder] = tenantFolders(root);

describe('mapItems', () => {
  test('a default group: star icon, region and default in the description, id/type/region in the tooltip', () => {
    const n = mapConnectorGroup(groupsFolder, { id: 'g1', name: 'Default', isDefault: true, region: 'eur', connectorGroupType: 'applicationProxy' })!;
    assert.equal(n.label, 'Default');
    assert.equal(n.description, 'eur · default');
    assert.equal(n.icon?.id, 'star-full');
    assert.equal(n.contextValue, 'connectorGroup.default');
    assert.match(n.tooltip!, /Id: g1/);
    assert.match(n.tooltip!, /Type: applicationProxy/);
    assert.match(n.tooltip!, /Region: eur \(Europe\)/);
  });

  test('a group without region is not default and says "no region"', () => {
    const n = mapConnectorGroup(groupsFolder, { id: 'g2', name: 'Staging', isDefault: false, region: null })!;
    assert.equal(n.icon?.id, 'server-environment');
    assert.equal(n.contextValue, 'connectorGroup');
    assert.equal(n.description, undefined);
    assert.match(n.tooltip!, /Region: no region/);
  });

  test('connectors: status icon and colour, IP and version in the tooltip, their groups beneath', () => {
    const a = mapConnector(connectorsFolder, { id: 'c1', machineName: 'M1', status: 'active', externalIp: '1.2.3.4', version: '1.5' })!;
    const i = mapConnector(connectorsFolder, { id: 'c2', machineName: 'M2', status: 'inactive' })!;
    assert.deepEqual(a.icon, { id: 'pass-filled', color: 'testing.iconPassed' });
    assert.equal(i.icon?.id, 'circle-slash');
    assert.equal(a.contextValue, 'connector.active');
    assert.equal(i.contextValue, 'connector.inactive');
    assert.match(a.tooltip!, /External IP: 1\.2\.3\.4/);
    assert.match(a.tooltip!, /Version: 1\.5/);
    assert.match(a.listUrl!, /\/connectors\/c1\/memberOf$/);
    assert.ok(a.expandable);
  });

  test('objects without an id are skipped; keys are unique per parent', () => {
    const items = mapPageValues(groupsFolder, [{ id: 'a', name: 'A' }, { name: 'no id' }, null, { id: 'b', name: 'B' }]);
    assert.deepEqual(items.map(n => n.entityId), ['a', 'b']);
    assert.equal(items[0].key, `${groupsFolder.key}/group:a`);
    assert.equal(items[0].parent, groupsFolder);
  });

  test('applications and external connections', () => {
    const app = mapApplication(groupsFolder, { id: 'o1', appId: 'a1', displayName: 'Expenses' })!;
    assert.equal(app.label, 'Expenses');
    assert.equal(app.expandable, false);
    const conn = mapExternalConnection(connectionsFolder, { id: 'contosohr', name: 'Contoso HR', state: 'ready' })!;
    assert.equal(conn.connectionId, 'contosohr');
    assert.equal(conn.contextValue, 'externalConnection');
  });

  test('an app published through App Proxy: external and internal URL, pre-authentication and SSO mode in the tooltip', () => {
    const app = mapApplication(groupsFolder, {
      id: 'o1', appId: 'a1', displayName: 'Wiki',
      onPremisesPublishing: {
        externalUrl: 'https://wiki-contoso.msappproxy.net/', internalUrl: 'https://wiki.contoso.local/',
        externalAuthenticationType: 'aadPreAuthentication', singleSignOnSettings: { singleSignOnMode: 'onPremisesKerberos' },
      },
    })!;
    assert.deepEqual(app.tooltip?.split('\n').slice(3), [
      'External URL: https://wiki-contoso.msappproxy.net/', 'Internal URL: https://wiki.contoso.local/',
      'Pre-authentication: Microsoft Entra ID (aadPreAuthentication)', 'Single sign-on: onPremisesKerberos',
    ]);
    const unpublished = mapApplication(groupsFolder, { id: 'o2', displayName: 'Plain', onPremisesPublishing: null })!;
    assert.equal(unpublished.tooltip, 'Plain\nObject id: o2');
  });
});

describe('contextValues match the manifest menus', () => {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
  const menus: { command: string; when: string }[] = manifest.contributes.menus['view/item/context'];
  // Evaluates the `viewItem == x` / `viewItem =~ /re/` part of a when clause.
  const shows = (command: string, contextValue: string | undefined): boolean => menus.filter(m => m.command === command).some(m => {
    const eq = /viewItem == (\S+)/.exec(m.when);
    if (eq) return contextValue === eq[1];
    const re = /viewItem =~ \/(.*)\/$/.exec(m.when);
    return re ? new RegExp(re[1]).test(contextValue ?? '') : false;
  });
  const group = mapConnectorGroup(groupsFolder, { id: 'g', name: 'G', isDefault: true })!;
  const connector = mapConnector(connectorsFolder, { id: 'c', status: 'inactive' })!;

  test('group actions show on groups, not on the "Connector groups" folder', () => {
    for (const cmd of ['renameConnectorGroup', 'deleteConnectorGroup', 'addConnectorToGroup', 'copyId', 'insertRequest']) {
      assert.ok(shows(`graphConnectorGroups.${cmd}`, group.contextValue), cmd);
      assert.ok(!shows(`graphConnectorGroups.${cmd}`, groupsFolder.contextValue), `${cmd} on folder`);
    }
    assert.ok(shows('graphConnectorGroups.createConnectorGroup', groupsFolder.contextValue));
  });

  test('move shows on connectors only', () => {
    assert.ok(shows('graphConnectorGroups.moveConnectorToGroup', connector.contextValue));
    assert.ok(!shows('graphConnectorGroups.moveConnectorToGroup', group.contextValue));
    assert.ok(!shows('graphConnectorGroups.moveConnectorToGroup', connectorsFolder.contextValue));
  });
});
