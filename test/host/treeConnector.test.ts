// The Tenant tree's Graph connector parts in a real extension host against the sandbox: a connection's state,
// Schema (GET .../schema; none registered is said, not an error) and Operations (remembered from the schema
// registrations sent in this workspace, from the tree or a .http file: Graph cannot list them), and the actions
// "Register Schema from File…", "Poll Operation" and "Put Item from File…". Read through refreshTree `{expand}`.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ExtensionTestApi } from '../../src/vscode/session/testApi';
import { activateExtension, child, closeAllEditors, tree, workspaceFile } from './helpers';

const CMD = 'graphConnectorGroups.';
const CONNECTION = 'hostTickets';
const CONNECTION_KEY = `externalConnections/connection:${CONNECTION}`;

const SCHEMA = {
  baseType: 'microsoft.graph.externalItem',
  properties: [
    { name: 'title', type: 'string', isSearchable: true, isRetrievable: true, labels: ['title'] },
    { name: 'priority', type: 'int64', isQueryable: true, isRetrievable: true, isRefinable: true },
    { name: 'tags', type: 'stringCollection', isSearchable: true, isRetrievable: true },
  ],
};
const ITEM = {
  acl: [{ type: 'everyone', value: 'c8d5b1a2-3e4f-4a5b-9c6d-7e8f9a0b1c2d', accessType: 'grant' }],
  properties: { title: 'Printer on fire', priority: 1, 'tags@odata.type': 'Collection(String)', tags: ['hardware'] },
};


async function write(path: string, content: unknown): Promise<void> {
  await vscode.workspace.fs.writeFile(workspaceFile(path), new TextEncoder().encode(typeof content === 'string' ? content : JSON.stringify(content, null, 2)));
}

async function sendFromHttpFile(content: string): Promise<void> {
  const doc = await vscode.workspace.openTextDocument({ language: 'http', content });
  await vscode.window.showTextDocument(doc);
  await vscode.commands.executeCommand(`${CMD}sendRequest`, doc.uri, 0);
}

suite('tenant tree: Graph connector (sandbox)', function () {
  this.timeout(60_000);
  let api: ExtensionTestApi;

  suiteSetup(async () => {
    const ext = await activateExtension<ExtensionTestApi>();
    api = ext.exports;
    const config = vscode.workspace.getConfiguration('graphConnectorGroups');
    if (config.get('environment') !== 'sandbox') await config.update('environment', 'sandbox', vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand(`${CMD}signIn`, { method: 'deviceCode' });
    await write('connector/tickets.schema.json', SCHEMA);
    // docs rule schema.property: only string and stringCollection properties can be searchable.
    await write('connector/searchable-number.schema.json', '{\n  "baseType": "microsoft.graph.externalItem",\n  "properties": [\n    { "name": "priority", "type": "int64", "isSearchable": true }\n  ]\n}\n');
    await write('connector/ticket.item.json', ITEM);
    await write('connector/misspelt.item.json', '{\n  "acl": [{ "type": "everyone", "value": "c8d5b1a2-3e4f-4a5b-9c6d-7e8f9a0b1c2d", "accessType": "grant" }],\n  "properties": {\n    "titel": "Printer on fire"\n  }\n}\n');
    await sendFromHttpFile(`POST https://graph.microsoft.com/v1.0/external/connections\nContent-Type: application/json\n\n{"id": "${CONNECTION}", "name": "Host tickets", "description": "Tickets for the host tests"}\n`);
    assert.ok(api.sandbox()?.state.externalConnections.has(CONNECTION), 'the connection was created');
  });
  suiteTeardown(async () => {
    api.sandbox()?.state.externalConnections.delete(CONNECTION);
    await closeAllEditors();
  });

  test('a new connection shows its state, "No schema registered" under Schema and no operations', async () => {
    const connections = await tree({ expand: 0, under: 'externalConnections' });
    const connection = child(connections, 'Host tickets');
    assert.equal(connection.description, `${CONNECTION} · draft`);
    const [schema, operations] = await tree({ expand: 1, under: CONNECTION_KEY });
    assert.equal(schema.label, 'Schema');
    assert.deepEqual(schema.children?.map(c => [c.kind, c.label]), [['empty', 'No schema registered']]);
    assert.equal(schema.children?.[0].command?.command, `${CMD}registerSchemaFromFile`);
    assert.equal(operations.label, 'Operations');
    assert.deepEqual(operations.children?.map(c => c.label), ['No operations started from this workspace']);
  });

  test('Register Schema from File refuses a file with errors and lists them; nothing is sent', async () => {
    const before = api.sandbox()!.state.connectionOperations.size;
    const refused = await vscode.commands.executeCommand<{ sent: boolean; problems: { line: number; message: string }[]; message: string }>(
      `${CMD}registerSchemaFromFile`, { connectionId: CONNECTION, file: 'connector/searchable-number.schema.json' });
    assert.equal(refused?.sent, false);
    assert.equal(refused.problems[0].line, 4);
    assert.match(refused.problems[0].message, /schema\.property/);
    assert.match(refused.message, /connector\/searchable-number\.schema\.json has 1 problem\(s\); nothing was sent\.\nline 4, column \d+: /);
    assert.equal(api.sandbox()!.state.connectionOperations.size, before, 'no PATCH went');
  });

  test('Register Schema from File sends it; the operation shows; Poll Operation waits until completed; the Schema lists its properties', async () => {
    const started = await vscode.commands.executeCommand<{ sent: boolean; operationId: string }>(`${CMD}registerSchemaFromFile`, { connectionId: CONNECTION, file: 'connector/tickets.schema.json' });
    assert.equal(started?.sent, true, JSON.stringify(started));
    assert.ok(api.sandbox()!.state.connectionOperations.has(started.operationId));

    const [, operations] = await tree({ expand: 1, under: CONNECTION_KEY, refresh: false });
    const [op] = operations.children!;
    assert.equal(op.label, 'Schema registration');
    assert.equal(op.contextValue, 'connectionOperation.inprogress', 'read on expand: the sandbox takes a second');
    assert.match(op.description ?? '', /^inprogress · started \d\d:\d\d:\d\d$/);

    const last = await vscode.commands.executeCommand<{ status: string }>(`${CMD}pollConnectionOperation`, { key: op.key });
    assert.equal(last?.status, 'completed');
    const connection = child(await tree({ expand: 0, under: 'externalConnections', refresh: false }), 'Host tickets');
    assert.equal(connection.description, `${CONNECTION} · ready`, 'the connections reloaded once it completed');
    const [schema, after] = await tree({ expand: 1, under: CONNECTION_KEY, refresh: false });
    assert.equal(after.children?.[0].contextValue, 'connectionOperation.completed');
    assert.equal(after.children?.[0].icon, 'pass-filled');
    assert.deepEqual(schema.children?.map(c => [c.label, c.description]), [
      ['title', 'string · title · searchable, retrievable'],
      ['priority', 'int64 · queryable, retrievable, refinable'],
      ['tags', 'stringCollection · searchable, retrievable'],
    ]);
  });

  test('Put Item from File puts it; one that breaks the registered schema is refused before sending', async () => {
    const put = await vscode.commands.executeCommand<{ sent: boolean; status: number; itemId: string }>(`${CMD}putItemFromFile`, { connectionId: CONNECTION, file: 'connector/ticket.item.json', itemId: 'TSP1' });
    assert.equal(put?.sent, true, JSON.stringify(put));
    assert.equal(put.status, 200);
    assert.deepEqual(api.sandbox()!.state.externalItems.get(CONNECTION)?.get('TSP1')?.properties, ITEM.properties);

    const refused = await vscode.commands.executeCommand<{ sent: boolean; problems: { line: number; message: string }[] }>(`${CMD}putItemFromFile`, { connectionId: CONNECTION, file: 'connector/misspelt.item.json', itemId: 'TSP2' });
    assert.equal(refused?.sent, false);
    assert.equal(refused.problems[0].line, 4, JSON.stringify(refused.problems));
    assert.match(refused.problems[0].message, /titel/);
    assert.ok(!api.sandbox()!.state.externalItems.get(CONNECTION)?.has('TSP2'), 'not sent');

    assert.equal(await vscode.commands.executeCommand(`${CMD}putItemFromFile`, { connectionId: CONNECTION, file: 'connector/ticket.item.json', itemId: 'not-alphanumeric' }), undefined, 'refused by rule item.id (reported at the boundary)');
  });

  test('a schema registration sent from a .http file shows under Operations; polling a failed one says so', async () => {
    // Sent as Graph allows it (202): the docs rule breaks the operation, not the request.
    await sendFromHttpFile(`PATCH https://graph.microsoft.com/v1.0/external/connections/${CONNECTION}/schema\nContent-Type: application/json\n\n${JSON.stringify({ baseType: 'microsoft.graph.externalItem', properties: [{ name: 'n', type: 'int64', isSearchable: true }] })}\n`);
    await new Promise(r => setTimeout(r, 1200)); // the tree debounces mutations by 400 ms
    const [, operations] = await tree({ expand: 1, under: CONNECTION_KEY, refresh: false });
    assert.equal(operations.children?.length, 2, JSON.stringify(operations.children?.map(c => c.description)));
    const [newest] = operations.children!;
    const last = await vscode.commands.executeCommand<{ status: string; error?: { code: string } }>(`${CMD}pollConnectionOperation`, { key: newest.key });
    assert.equal(last?.status, 'failed');
    assert.equal(last.error?.code, 'InvalidSchema');
    const [, after] = await tree({ expand: 1, under: CONNECTION_KEY, refresh: false });
    assert.equal(after.children?.[0].contextValue, 'connectionOperation.failed');
  });
});
