// The two journeys of examples/ run top to bottom from the editor, as a user sends them one CodeLens at a time
// against the sandbox tenant: the same requests, in the same order, answer with the statuses the CLI's own runs of
// these files answer with (test/unit/http/publishAnApp.test.ts, examples.sandbox.test.ts), which are the status
// codes Graph's docs give for each step. Request variables carry ids from one response to the next requests.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { COMMAND } from '../../src/core/commands';
import { useSandbox } from './auth.test';
import { closeAllEditors, extension, latestResponse, responseNumber } from './helpers';



/** Sends request `index` of `doc` as its CodeLens does and returns the response's status and body text. */
async function send(doc: vscode.TextDocument, index: number): Promise<{ status: number; text: string }> {
  const before = vscode.workspace.textDocuments.filter(d => d.uri.scheme === 'graph-response').map(responseNumber);
  await vscode.commands.executeCommand(COMMAND.sendRequest, doc.uri, index);
  const response = latestResponse();
  assert.ok(!before.includes(responseNumber(response)), `request ${index} opened no new response`);
  const text = response.getText();
  return { status: Number(/^\/\/ (\d{3})/.exec(text)?.[1]), text };
}

async function example(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(join(extension().extensionPath, 'examples', name)));
  await vscode.window.showTextDocument(doc);
  return doc;
}

function requestCount(doc: vscode.TextDocument): number {
  return doc.getText().split(/\r?\n/).filter(l => /^(GET|POST|PATCH|PUT|DELETE) /.test(l)).length;
}

suite('examples: the publish-an-app and Graph connector journeys, sent from the editor', () => {
  suiteSetup(async function () {
    this.timeout(60_000);
    await useSandbox();
    await vscode.commands.executeCommand(COMMAND.signIn, { method: 'deviceCode' });
  });
  suiteTeardown(closeAllEditors);

  test('publish-an-app.http: the App Proxy tutorial, every step with its documented status', async function () {
    this.timeout(120_000);
    const doc = await example('publish-an-app.http');
    const statuses: number[] = [];
    for (let i = 0; i < requestCount(doc); i++) statuses.push((await send(doc, i)).status);
    assert.deepEqual(statuses, [200, 201, 204, 204, 200, 200, 201, 204, 204, 204, 200, 201, 204, 204, 200, 204, 204]);
  });

  test('graph-connector.http: the schema operation polled from the editor until completed, then items with their ACLs', async function () {
    this.timeout(120_000);
    const doc = await example('graph-connector.http');
    const statuses: number[] = [];
    for (let i = 0; i < requestCount(doc); i++) {
      let r = await send(doc, i);
      // Request 2 polls {{schema.response.headers.Location}}: sent again, as a user would, while the operation runs.
      for (let tries = 0; i === 2 && /"status": "inprogress"/.test(r.text) && tries < 30; tries++) {
        await new Promise(resolve => setTimeout(resolve, 500));
        r = await send(doc, i);
      }
      if (i === 2) assert.match(r.text, /"status": "completed"/);
      if (i === 8) assert.match(r.text, /"type": "externalGroup",\s+"value": "supportTeam",\s+"accessType": "grant"/);
      statuses.push(r.status);
    }
    assert.deepEqual(statuses, [201, 202, 200, 200, 201, 201, 200, 200, 200, 200, 204, 202]);
  });
});
