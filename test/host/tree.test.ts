// The Tenant tree in a real extension host against the sandbox tenant: seeded items, paging, create,
// delete, the 403 item and the signed-out state. The tree is read through graphConnectorGroups.refreshTree
// with `{expand}`, which returns what the view shows as plain data.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ExtensionTestApi } from '../../src/vscode/session/testApi';
import { activateExtension, child, closeAllEditors, tree } from './helpers';

const CMD = 'graphConnectorGroups.';
const DEFAULT_GROUP = 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a01';
const EMPTY_GROUP = 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a03';


async function signInToSandbox(): Promise<ExtensionTestApi> {
  const ext = await activateExtension<ExtensionTestApi>();
  const config = vscode.workspace.getConfiguration('graphConnectorGroups');
  if (config.get('environment') !== 'sandbox') await config.update('environment', 'sandbox', vscode.ConfigurationTarget.Workspace);
  await vscode.commands.executeCommand(`${CMD}signIn`, { method: 'deviceCode' });
  return ext.exports;
}

suite('tenant tree (sandbox)', function () {
  this.timeout(60_000);
  let api: ExtensionTestApi;
  suiteSetup(async () => { api = await signInToSandbox(); });
  suiteTeardown(closeAllEditors);

  test('one root for the sandbox tenant with the three folders', async () => {
    const [root, ...more] = await tree({ expand: 1 });
    assert.equal(more.length, 0);
    assert.equal(root.label, 'Sandbox tenant');
    assert.deepEqual(root.children?.map(c => c.label), ['Connector groups', 'Connectors', 'External connections']);
    assert.equal(root.children?.[0].contextValue, 'connectorGroupsFolder');
  });

  test('seeded connector groups, connectors and external connections', async () => {
    const [root] = await tree({ expand: 2 });
    const groups = child(root.children, 'Connector groups').children!;
    // Other suites may have added groups to the shared sandbox: the seeded ones come first, in seed order.
    assert.deepEqual(groups.slice(0, 3).map(g => g.label), ['Default', 'US datacenter', 'Empty staging group']);
    assert.equal(child(groups, 'Default').icon, 'star-full');
    assert.equal(child(groups, 'Default').contextValue, 'connectorGroup.default');
    assert.equal(child(groups, 'US datacenter').description, 'nam');
    const connectors = child(root.children, 'Connectors').children!;
    assert.equal(connectors.length, 5);
    assert.equal(child(connectors, 'APPPROXY-US-01.contoso.local').contextValue, 'connector.inactive');
    assert.equal(child(connectors, 'APPPROXY-EU-01.contoso.local').icon, 'pass-filled');
    assert.equal(child(child(root.children, 'External connections').children, 'Contoso HR').contextValue, 'externalConnection');
  });

  test('a group holds its connectors and applications; a connector its groups', async () => {
    const [conns, apps] = await tree({ expand: 1, under: `connectorGroups/group:${DEFAULT_GROUP}` });
    assert.deepEqual(conns.children?.map(c => c.label).sort(), ['APPPROXY-EU-01.contoso.local', 'APPPROXY-EU-02.contoso.local', 'APPPROXY-LAB-01.contoso.local']);
    assert.deepEqual(apps.children?.map(c => c.label), ['No applications use this group']);
    const [usGroups] = await tree({ expand: 0, under: 'connectors/connector:d2a5f7c1-1b3e-4c5d-8e9f-0a1b2c3d4e03' });
    assert.equal(usGroups.label, 'US datacenter');
  });

  test('250 more groups come in pages with "Load more"', async () => {
    const sandbox = api.sandbox();
    assert.ok(sandbox);
    for (let i = 0; i < 250; i++) {
      const id = `a0000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
      sandbox.state.connectorGroups.set(id, { id, name: `Paged group ${i}`, connectorGroupType: 'applicationProxy', isDefault: false, region: 'ind' });
    }
    try {
      const [root] = await tree({ expand: 2 });
      const folder = child(root.children, 'Connector groups');
      assert.equal(folder.children?.length, 101, 'one page of 100 and "Load more"');
      const more = folder.children![100];
      assert.equal(more.contextValue, 'loadMore');
      await vscode.commands.executeCommand(`${CMD}loadMore`, ...(more.command?.arguments ?? []));
      await vscode.commands.executeCommand(`${CMD}loadMore`, ...(more.command?.arguments ?? []));
      const all = await tree({ expand: 0, under: 'connectorGroups', refresh: false });
      assert.equal(all.length, sandbox.state.connectorGroups.size, 'every group, and no "Load more" left');
      assert.equal(all.at(-1)?.label, 'Paged group 249');
    } finally {
      for (const id of [...sandbox.state.connectorGroups.keys()]) if (id.startsWith('a0000000-')) sandbox.state.connectorGroups.delete(id);
    }
  });

  test('create a group through the command, then it shows; delete it with confirmation', async () => {
    const created = await vscode.commands.executeCommand<Record<string, unknown>>(`${CMD}createConnectorGroup`, { name: 'Tree test group', region: 'asia' });
    assert.equal(created?.name, 'Tree test group');
    let groups = await tree({ expand: 0, under: 'connectorGroups' });
    assert.equal(child(groups, 'Tree test group').description, 'asia');
    const deleted = await vscode.commands.executeCommand(`${CMD}deleteConnectorGroup`, { groupId: created.id, confirm: true });
    assert.equal(deleted, true);
    groups = await tree({ expand: 0, under: 'connectorGroups' });
    assert.ok(!groups.some(g => g.label === 'Tree test group'));
  });

  test('deleting a group that still has connectors is refused and the group stays', async () => {
    const deleted = await vscode.commands.executeCommand(`${CMD}deleteConnectorGroup`, { groupId: DEFAULT_GROUP, confirm: true });
    assert.equal(deleted, undefined, 'the command failed (reported at the boundary)');
    assert.ok(api.sandbox()?.state.connectorGroups.has(DEFAULT_GROUP));
  });

  test('move a connector to another group', async () => {
    const connectorId = 'd2a5f7c1-1b3e-4c5d-8e9f-0a1b2c3d4e05';
    await vscode.commands.executeCommand(`${CMD}moveConnectorToGroup`, { connectorId, groupId: EMPTY_GROUP });
    assert.equal(api.sandbox()?.state.connectorGroupOf.get(connectorId), EMPTY_GROUP);
    const [conns] = await tree({ expand: 1, under: `connectorGroups/group:${EMPTY_GROUP}` });
    assert.deepEqual(conns.children?.map(c => c.label), ['APPPROXY-LAB-01.contoso.local']);
    await vscode.commands.executeCommand(`${CMD}moveConnectorToGroup`, { connectorId, groupId: DEFAULT_GROUP });
  });

  test('an external group added by id shows under its connection; an unknown id is refused', async () => {
    await vscode.commands.executeCommand(`${CMD}addExternalGroupById`, { connectionId: 'contosohr', groupId: 'nosuchgroup' });
    await vscode.commands.executeCommand(`${CMD}addExternalGroupById`, { connectionId: 'contosohr', groupId: 'hrstaff' });
    const [root] = await tree({ expand: 3 });
    const connection = child(child(root.children, 'External connections').children, 'Contoso HR');
    assert.deepEqual(connection.children?.map(c => c.label), ['Schema', 'Operations', 'HR staff', 'Add existing group by id…']);
  });

  test('insert request appends a ### block to the active .http editor', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'http', content: 'GET https://graph.microsoft.com/v1.0/external/connections\n' });
    await vscode.window.showTextDocument(doc);
    await tree({ expand: 0, under: 'connectorGroups' });
    const text = await vscode.commands.executeCommand<string>(`${CMD}insertRequest`, { key: `connectorGroups/group:${DEFAULT_GROUP}` }, { choice: 'get' });
    assert.match(text, /^### Get connector group "Default"/);
    assert.match(doc.getText(), new RegExp(`\\n\\n### Get connector group "Default"\\nGET https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups/${DEFAULT_GROUP}\\n$`));
  });

  test('publish an app through a group opens the tutorial\'s requests for it as an untitled .http document', async () => {
    const text = await vscode.commands.executeCommand<string>(`${CMD}publishAppThroughGroup`, {
      groupId: DEFAULT_GROUP, groupName: 'Default', displayName: 'Host app', internalUrl: 'https://host.contoso.local/', externalUrl: 'https://host-contoso.msappproxy.net/',
    });
    const doc = vscode.window.activeTextEditor?.document;
    assert.ok(doc?.isUntitled, 'an untitled document');
    assert.equal(doc.languageId, 'http');
    assert.equal(doc.getText(), text);
    assert.match(text, /^@externalUrl = https:\/\/host-contoso\.msappproxy\.net\/$/m);
    assert.match(text, new RegExp(`"@odata.id": "https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups/${DEFAULT_GROUP}"`));
  });

  test('publish an app and send it now: the six requests go, the app shows under the group with its URLs; open it in a request; assign it to another group', async () => {
    const a = await vscode.commands.executeCommand<{ id: string }>(`${CMD}createConnectorGroup`, { name: 'Publish host A', region: 'eur' });
    const b = await vscode.commands.executeCommand<{ id: string }>(`${CMD}createConnectorGroup`, { name: 'Publish host B', region: 'eur' });
    const outcome = await vscode.commands.executeCommand<{ ok: boolean; sent: number; applicationId?: string }>(`${CMD}publishAppThroughGroup`, {
      groupId: a.id, groupName: 'Publish host A', displayName: 'Host sent app', internalUrl: 'https://sent.contoso.local/', externalUrl: 'https://sent-contoso.msappproxy.net/', action: 'send',
    });
    assert.equal(outcome?.ok, true, JSON.stringify(outcome));
    assert.equal(outcome.sent, 6);
    const appId = outcome.applicationId!;
    assert.equal(api.sandbox()?.state.applicationGroupOf.get(appId), a.id);
    const appsOf = async (groupId: string) => (await tree({ expand: 1, under: `connectorGroups/group:${groupId}`, refresh: false }))[1].children?.map(c => c.label);
    assert.deepEqual(await appsOf(a.id), ['Host sent app'], 'the tree shows the app under the group without a manual refresh');
    const appKey = `connectorGroups/group:${a.id}/applications/app:${appId}`;
    const json = JSON.parse((await vscode.commands.executeCommand<vscode.TextDocument>(`${CMD}openItemJson`, { key: appKey })).getText());
    assert.equal(json.onPremisesPublishing?.externalUrl, 'https://sent-contoso.msappproxy.net/', 'the tree asked for onPremisesPublishing ($select)');
    assert.equal(json.onPremisesPublishing?.internalUrl, 'https://sent.contoso.local/');

    const text = await vscode.commands.executeCommand<string>(`${CMD}openApplicationRequest`, { key: appKey });
    const doc = vscode.window.activeTextEditor?.document;
    assert.ok(doc?.isUntitled && doc.languageId === 'http' && doc.getText() === text);
    assert.match(text, new RegExp(`^GET https://graph\\.microsoft\\.com/beta/applications/${appId}\\?\\$select=id,appId,displayName,identifierUris,web,onPremisesPublishing$`, 'm'));

    assert.equal(await vscode.commands.executeCommand(`${CMD}assignAppToConnectorGroup`, { key: appKey, groupId: b.id }), b.id);
    assert.equal(api.sandbox()?.state.applicationGroupOf.get(appId), b.id);
    assert.deepEqual(await appsOf(b.id), ['Host sent app'], 'the destination group refreshed');
    assert.deepEqual(await appsOf(a.id), ['No applications use this group'], 'and the group it left');

    // Deleting B, which still has the app: the extension names the app and sends nothing unless told "Delete Anyway".
    const questions: string[] = [];
    try {
      api.answerPrompts(q => { questions.push(q.message); return undefined; });
      assert.equal(await vscode.commands.executeCommand(`${CMD}deleteConnectorGroup`, { groupId: b.id, name: 'Publish host B', confirm: true }), false);
      assert.match(questions[0], /^Connector group "Publish host B" still has 1 application: "Host sent app"\. .*Nothing was sent\.$/);
      assert.ok(api.sandbox()?.state.connectorGroups.has(b.id), 'not deleted, and no DELETE went');
      api.answerPrompts(q => q.actions.find(x => x === 'Delete Anyway'));
      assert.equal(await vscode.commands.executeCommand(`${CMD}deleteConnectorGroup`, { groupId: b.id, confirm: true }), undefined, 'sent; Graph refused (reported at the boundary)');
      assert.ok(api.sandbox()?.state.connectorGroups.has(b.id));
    } finally {
      api.answerPrompts(undefined);
    }
    api.sandbox()!.state.applications.delete(appId);
    api.sandbox()!.state.applicationGroupOf.delete(appId);
    for (const g of [a, b]) assert.equal(await vscode.commands.executeCommand(`${CMD}deleteConnectorGroup`, { groupId: g.id, confirm: true }), true, 'no apps: the plain confirmation');
  });

  test('publish and send now stops at the first failure and says which step', async () => {
    const outcome = await vscode.commands.executeCommand<{ ok: boolean; sent: number; step?: { index: number }; message?: string }>(`${CMD}publishAppThroughGroup`, {
      groupId: '00000000-0000-4000-8000-00000000dead', groupName: 'Gone', displayName: 'Host failed app', internalUrl: 'https://failed.contoso.local/', externalUrl: 'https://failed-contoso.msappproxy.net/', action: 'send',
    });
    assert.equal(outcome?.ok, false);
    assert.equal(outcome.step?.index, 5, JSON.stringify(outcome));
    assert.equal(outcome.sent, 4);
    assert.match(outcome.message ?? '', /^404/);
  });

  test('copy id, open JSON (read-only virtual document), rename and add a connector', async () => {
    const key = `connectorGroups/group:${EMPTY_GROUP}`;
    assert.equal(await vscode.commands.executeCommand(`${CMD}copyId`, { key }), EMPTY_GROUP);
    assert.equal(await vscode.env.clipboard.readText(), EMPTY_GROUP);

    const doc = await vscode.commands.executeCommand<vscode.TextDocument>(`${CMD}openItemJson`, { key });
    assert.equal(doc.uri.scheme, 'graph-connector-groups-item');
    assert.equal(doc.languageId, 'json');
    assert.equal(JSON.parse(doc.getText()).id, EMPTY_GROUP);

    await vscode.commands.executeCommand(`${CMD}renameConnectorGroup`, { groupId: EMPTY_GROUP, name: 'Renamed staging group' });
    assert.equal(api.sandbox()?.state.connectorGroups.get(EMPTY_GROUP)?.name, 'Renamed staging group');
    assert.ok((await tree({ expand: 0, under: 'connectorGroups' })).some(g => g.label === 'Renamed staging group'));
    await vscode.commands.executeCommand(`${CMD}renameConnectorGroup`, { groupId: EMPTY_GROUP, name: 'Empty staging group' });

    const connectorId = 'd2a5f7c1-1b3e-4c5d-8e9f-0a1b2c3d4e04';
    await vscode.commands.executeCommand(`${CMD}addConnectorToGroup`, { groupId: EMPTY_GROUP, connectorId });
    assert.equal(api.sandbox()?.state.connectorGroupOf.get(connectorId), EMPTY_GROUP);
    await vscode.commands.executeCommand(`${CMD}moveConnectorToGroup`, { connectorId, groupId: 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a02' });
  });

  test('a group created from a .http file shows without a manual refresh', async () => {
    const url = 'https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups';
    let groups = await tree({ expand: 0, under: 'connectorGroups' });
    assert.ok(!groups.some(g => g.label === 'Sent from a .http file'));
    const doc = await vscode.workspace.openTextDocument({ language: 'http', content: `POST ${url}\nContent-Type: application/json\n\n{"name": "Sent from a .http file"}\n` });
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand(`${CMD}sendRequest`, doc.uri, 0);
    await new Promise(r => setTimeout(r, 1200)); // the tree debounces mutations by 400 ms
    groups = await tree({ expand: 0, under: 'connectorGroups', refresh: false });
    const created = groups.find(g => g.label === 'Sent from a .http file');
    assert.ok(created, JSON.stringify(groups.map(g => g.label)));
    assert.equal(await vscode.commands.executeCommand(`${CMD}deleteConnectorGroup`, { key: created.key, confirm: true }), true);
  });

  // A real 403: an app-only token may not list connector groups (Graph has no application permission for it).
  test('a 403 shows an error item naming the missing permission, which signs in with it', async () => {
    const sandbox = api.sandbox()!;
    await vscode.commands.executeCommand(`${CMD}signIn`, { method: 'clientSecret', app: { clientId: sandbox.clientId, tenant: sandbox.tenantId, clientSecret: sandbox.clientSecret } });
    try {
      const [root] = await tree({ expand: 2, refresh: true });
      const [item] = child(root.children, 'Connector groups').children!;
      assert.equal(item.kind, 'error', JSON.stringify(item));
      assert.equal(item.label, 'Missing permission Directory.ReadWrite.All');
      assert.equal(item.command?.command, `${CMD}signIn`);
      assert.deepEqual(item.command?.arguments, [{ permissions: ['Directory.ReadWrite.All'] }]);
    } finally {
      await vscode.commands.executeCommand(`${CMD}signOut`, `app:${sandbox.clientId}`);
    }
    const [root] = await tree({ expand: 2, refresh: true });
    assert.notEqual(child(root.children, 'Connector groups').children?.[0]?.kind, 'error', 'the user account is back');
  });

  // The sandbox answers a revoked token with 401: the item then offers a fresh sign-in.
  test('after the tokens are revoked, the error item offers to sign in', async () => {
    api.sandbox()!.revokeAll();
    const [root] = await tree({ expand: 2 });
    const [item] = child(root.children, 'Connector groups').children!;
    assert.equal(item.kind, 'error', JSON.stringify(item));
    assert.equal(item.label, 'Sign-in required');
    assert.match(item.description ?? '', /revocation/i, 'Graph\'s message is shown');
    assert.equal(item.command?.command, `${CMD}signIn`);
  });

  test('signed out: no root, so the welcome view shows', async () => {
    await vscode.commands.executeCommand(`${CMD}signOut`, '*');
    assert.deepEqual(await tree({ expand: 0 }), []);
  });
});
