// Sending from .http documents to the sandbox tenant in a real extension host: the response view,
// cancel, throttling retries, a 40 MB body, errors, unresolved variables, and a token that stays home.
import * as assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as vscode from 'vscode';
import type { ExtensionTestApi } from '../../src/vscode/session/testApi';
import { useSandbox } from './auth.test';
import { closeAllEditors, latestResponse, responseNumber } from './helpers';

const GROUPS = 'https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups';

async function httpDocument(content: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'http', content });
  return vscode.window.showTextDocument(doc);
}

/** Puts the cursor on `line` and runs the command as the keybinding would. */
async function sendAtLine(editor: vscode.TextEditor, line: number): Promise<void> {
  editor.selection = new vscode.Selection(line, 0, line, 0);
  await vscode.commands.executeCommand('graphConnectorGroups.sendRequest');
}

function responseEditors(): vscode.TextEditor[] {
  return vscode.window.visibleTextEditors.filter(e => e.document.uri.scheme === 'graph-response');
}



suite('send: requests to the sandbox tenant', () => {
  let api: ExtensionTestApi;
  suiteSetup(async function () {
    this.timeout(60_000);
    api = await useSandbox();
    await vscode.commands.executeCommand('graphConnectorGroups.signIn', { method: 'deviceCode' });
  });
  teardown(() => api.sandbox()?.setFaults([]));
  suiteTeardown(closeAllEditors);

  test('the request under the cursor is sent and its response opens beside as pretty JSON', async () => {
    const editor = await httpDocument(`# a comment\n\n### list\nGET ${GROUPS}\nAccept: application/json\n`);
    await sendAtLine(editor, 4);
    const doc = latestResponse();
    assert.equal(doc.languageId, 'jsonc');
    const text = doc.getText();
    assert.match(text, /^\/\/ 200 OK/);
    assert.match(text, /\/\/ request-id: [0-9a-f-]+/);
    assert.match(text, /\n\{\n {2}"@odata\.context"/);
    assert.ok(responseEditors().some(e => e.viewColumn !== editor.viewColumn), 'shown beside the request');
    assert.equal(vscode.window.activeTextEditor?.document, editor.document, 'focus stays on the request');
  });

  test('CodeLens offers Send Request and names the operation\'s permission', async () => {
    const editor = await httpDocument(`GET ${GROUPS}\n`);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri);
    const titles = lenses.map(l => l.command?.title ?? '');
    assert.ok(titles.some(t => t.includes('Send Request')), titles.join(' | '));
    assert.ok(titles.some(t => /Directory\.|\w+\.\w+\.All/.test(t)), titles.join(' | '));
  });

  test('a slow request is cancelled', async function () {
    this.timeout(30_000);
    api.sandbox()!.setFaults([{ kind: 'latency', latencyMs: 20_000 }]);
    const before = vscode.workspace.textDocuments.filter(d => d.uri.scheme === 'graph-response').length;
    const editor = await httpDocument(`GET ${GROUPS}\n`);
    const started = Date.now();
    const sending = sendAtLine(editor, 0);
    await new Promise(r => setTimeout(r, 1000));
    await vscode.commands.executeCommand('graphConnectorGroups.cancelRequest');
    await sending;
    assert.ok(Date.now() - started < 10_000, 'cancel ended the request early');
    assert.equal(vscode.workspace.textDocuments.filter(d => d.uri.scheme === 'graph-response').length, before, 'no response shown');
    assert.equal(api.history()[0].status, undefined, 'recorded without a status');
  });

  test('a 429 is retried (Retry-After honoured) and the retry is reported', async function () {
    this.timeout(30_000);
    api.sandbox()!.setFaults([{ kind: 'throttle', times: 1, retryAfterSec: 1 }]);
    const editor = await httpDocument(`GET ${GROUPS}\n`);
    await sendAtLine(editor, 0);
    const text = latestResponse().getText();
    assert.match(text, /^\/\/ 200 OK/);
    assert.match(text, /1 retry/);
  });

  test('a 40 MB response opens (preview, body in a file)', async function () {
    this.timeout(90_000);
    api.sandbox()!.setFaults([{ kind: 'largeBody', sizeMb: 40 }]);
    const editor = await httpDocument(`GET ${GROUPS}\n`);
    await sendAtLine(editor, 0);
    const text = latestResponse().getText();
    assert.match(text, /^\/\/ 200 OK/);
    const file = /saved to (.+)$/m.exec(text)?.[1];
    assert.ok(file && existsSync(file), `body file: ${file}`);
    assert.ok(statSync(file).size >= 40 * 1024 * 1024);
    assert.match(text, /\{"value":\[/);
    assert.ok(text.length < 1024 * 1024, 'the view holds a preview, not 40 MB');
    const target = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'large-response.json');
    await vscode.commands.executeCommand('graphConnectorGroups.saveResponseBody', undefined, target);
    assert.equal(statSync(target.fsPath).size, statSync(file).size, 'saved byte for byte');
    await vscode.workspace.fs.delete(target);
  });

  test('a Graph error shows code, message, request-id and a hint', async () => {
    const editor = await httpDocument(`GET ${GROUPS.replace('/beta/', '/v1.0/')}\n`);
    await sendAtLine(editor, 0);
    const text = latestResponse().getText();
    assert.match(text, /^\/\/ 4\d\d /);
    assert.match(text, /\/\/ Error \w+: /);
    assert.match(text, /\/\/ Hint: .*beta/);
    assert.match(text, /request-id/);
  });

  test('unresolved variables: nothing is sent', async () => {
    const count = api.history().length;
    const editor = await httpDocument('GET {{nowhere}}/beta/me\n');
    await sendAtLine(editor, 0);
    assert.equal(api.history().length, count);
  });

  test('a request to another origin carries no token', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const server = createServer((req, res) => { seen.push(req.headers); res.setHeader('content-type', 'application/json'); res.end('{"ok":true}'); });
    await new Promise<void>(r => server.listen(0, '127.0.0.1', () => r()));
    try {
      const port = (server.address() as AddressInfo).port;
      const editor = await httpDocument(`GET http://127.0.0.1:${port}/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups\n`);
      await sendAtLine(editor, 0);
      assert.equal(seen.length, 1);
      assert.equal(seen[0].authorization, undefined);
      assert.match(latestResponse().getText(), /"ok": true/);
    } finally {
      server.close();
    }
  });

  test('@odata.nextLink: the next page loads from the response', async () => {
    const editor = await httpDocument(`GET ${GROUPS}?$top=1\n`);
    await sendAtLine(editor, 0);
    const first = latestResponse();
    assert.match(first.getText(), /"@odata\.nextLink"/);
    await vscode.commands.executeCommand('graphConnectorGroups.loadNextPage', first.uri);
    const second = latestResponse();
    assert.notEqual(second.uri.toString(), first.uri.toString());
    assert.match(second.getText(), /^\/\/ 200 OK/);
    assert.match(second.getText(), /\$skiptoken=/);
  });

  test('202 Accepted with Location: "Poll This Operation" GETs the operation until it is no longer inprogress', async function () {
    this.timeout(30_000);
    const connections = 'https://graph.microsoft.com/v1.0/external/connections';
    const id = `hostpoll${Date.now() % 100000}`;
    const editor = await httpDocument(`POST ${connections}\nContent-Type: application/json\n\n{ "id": "${id}", "name": "Host poll", "description": "Polled by a host test" }\n\n###\nPATCH ${connections}/${id}/schema\nContent-Type: application/json\n\n{ "baseType": "microsoft.graph.externalItem", "properties": [{ "name": "title", "type": "string", "isSearchable": true }] }\n`);
    await sendAtLine(editor, 0);
    assert.match(latestResponse().getText(), /^\/\/ 201/);
    await sendAtLine(editor, 6);
    const accepted = latestResponse();
    assert.match(accepted.getText(), /^\/\/ 202/);
    assert.match(accepted.getText(), /\/operations\//);
    await vscode.commands.executeCommand('graphConnectorGroups.pollOperation', accepted.uri);
    const polled = latestResponse();
    assert.notEqual(polled.uri.toString(), accepted.uri.toString());
    assert.match(polled.getText(), /^\/\/ 200 OK/);
    assert.match(polled.getText(), /"status": "completed"/);
    // A response that is not a 202 with Location has nothing to poll.
    await vscode.commands.executeCommand('graphConnectorGroups.pollOperation', polled.uri);
    assert.equal(latestResponse().uri.toString(), polled.uri.toString());
  });

  test('POST then DELETE by a request variable: both announced to the tenant tree; the body can be saved', async () => {
    const heard: string[] = [];
    const sub = api.onDidMutateTenant(m => heard.push(`${m.method} ${m.status}`));
    try {
      // A named request, then a second one that uses its response: the tenant is left as it was.
      const editor = await httpDocument(`# @name made\nPOST ${GROUPS}\nContent-Type: application/json\n\n{ "name": "host test group" }\n\n###\nDELETE ${GROUPS}/{{made.response.body.$.id}}\n`);
      await sendAtLine(editor, 1);
      const target = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'saved-response.json');
      await vscode.commands.executeCommand('graphConnectorGroups.saveResponseBody', undefined, target);
      const saved = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)));
      assert.equal(saved.name, 'host test group');
      await sendAtLine(editor, 7);
      assert.equal(api.sandbox()!.state.connectorGroups.has(saved.id), false);
    } finally {
      sub.dispose();
    }
    assert.deepEqual(heard, ['POST 201', 'DELETE 204']);
  });

  test('after the tokens are revoked, an explicit send signs in again (device code) and succeeds', async function () {
    this.timeout(60_000);
    api.sandbox()!.revokeAll();
    const editor = await httpDocument(`GET ${GROUPS}\n`);
    await sendAtLine(editor, 0);
    assert.match(latestResponse().getText(), /^\/\/ 200 OK/);
  });

  test('the history quick pick resends the picked request', async function () {
    this.timeout(30_000);
    const editor = await httpDocument(`GET ${GROUPS}?$select=id\n`);
    await sendAtLine(editor, 0);
    const before = responseNumber(latestResponse());
    const picking = vscode.commands.executeCommand('graphConnectorGroups.showHistory');
    await new Promise(r => setTimeout(r, 800));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await picking;
    const again = latestResponse();
    assert.ok(responseNumber(again) > before, 'a new response');
    assert.match(again.getText(), /\$select=id/);
    assert.equal(api.history()[0].url, `${GROUPS}?$select=id`);
  });

  test('history keeps requests without credentials and can be cleared', async () => {
    const entries = api.history();
    assert.ok(entries.length >= 3);
    assert.ok(entries.every(e => !Object.keys(e.headers).some(h => /authorization/i.test(h))));
    await vscode.commands.executeCommand('graphConnectorGroups.clearHistory');
    assert.equal(api.history().length, 0);
  });
});
