// VS Code's proxy settings, as the extension's requests meet them: VS Code patches Node's http/https in the
// extension host, and the extension's transport (the global agent, not its own) and MSAL's calls (through the same
// transport) go through that patch. A real proxy on loopback, started here, sees what goes through it.
import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import * as vscode from 'vscode';
import type { ExtensionTestApi } from '../../src/vscode/session/testApi';
import { useSandbox } from './auth.test';
import { closeAllEditors } from './helpers';

interface Seen { kind: 'request' | 'connect'; target: string; authorization?: string }

/** A proxy that answers plain requests itself (200, a small JSON) and refuses CONNECT after noting it. */
async function startAnsweringProxy(): Promise<{ url: string; seen: Seen[]; close(): Promise<void> }> {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    seen.push({ kind: 'request', target: req.url ?? '', authorization: req.headers.authorization });
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"answeredBy":"the test proxy"}');
  });
  server.on('connect', (req: http.IncomingMessage, socket: Socket) => {
    seen.push({ kind: 'connect', target: req.url ?? '' });
    socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
  });
  await new Promise<void>(r => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}`, seen, close: () => new Promise<void>(r => { server.closeAllConnections(); server.close(() => r()); }) };
}

async function sendDocument(content: string): Promise<void> {
  const doc = await vscode.workspace.openTextDocument({ language: 'http', content });
  const editor = await vscode.window.showTextDocument(doc);
  editor.selection = new vscode.Selection(0, 0, 0, 0);
  await vscode.commands.executeCommand('graphConnectorGroups.sendRequest').then(undefined, () => undefined);
}

suite('proxy: VS Code\'s http.proxy and http.noProxy apply to the extension\'s requests', () => {
  let api: ExtensionTestApi;
  let proxy: Awaited<ReturnType<typeof startAnsweringProxy>>;
  const http_ = () => vscode.workspace.getConfiguration('http');

  suiteSetup(async function () {
    this.timeout(60_000);
    api = await useSandbox();
    proxy = await startAnsweringProxy();
    await http_().update('proxy', proxy.url, vscode.ConfigurationTarget.Global);
    // Requests to hosts other than Graph ask first; say yes.
    api.answerPrompts(q => q.actions[0]);
  });
  suiteTeardown(async () => {
    api.answerPrompts(undefined);
    await http_().update('proxy', undefined, vscode.ConfigurationTarget.Global);
    await http_().update('noProxy', undefined, vscode.ConfigurationTarget.Global);
    await proxy.close();
    await closeAllEditors();
  });

  test('an http request goes to the proxy (absolute form); an https one through CONNECT', async function () {
    this.timeout(30_000);
    await sendDocument('GET http://proxied.gcg.test:8080/hello\n');
    assert.ok(proxy.seen.some(s => s.kind === 'request' && s.target === 'http://proxied.gcg.test:8080/hello'), JSON.stringify(proxy.seen));
    await sendDocument('GET https://tunnelled.gcg.test/hello\n');
    assert.ok(proxy.seen.some(s => s.kind === 'connect' && s.target === 'tunnelled.gcg.test:443'), JSON.stringify(proxy.seen));
    assert.ok(proxy.seen.every(s => !s.authorization), 'no token goes to a host that is not the Graph endpoint');
  });

  test('a host in http.noProxy goes direct: the proxy sees nothing', async function () {
    this.timeout(30_000);
    await http_().update('noProxy', ['bypassed.gcg.test'], vscode.ConfigurationTarget.Global);
    const before = proxy.seen.length;
    await sendDocument('GET http://bypassed.gcg.test:8080/hello\n');
    assert.equal(proxy.seen.length, before, JSON.stringify(proxy.seen.slice(before)));
  });

  test('the sandbox on loopback is reached directly, sign-in included, with http.proxy set', async function () {
    this.timeout(60_000);
    const before = proxy.seen.length;
    await vscode.commands.executeCommand('graphConnectorGroups.signIn', { method: 'deviceCode' });
    await sendDocument('GET https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups\n');
    const doc = vscode.workspace.textDocuments.filter(d => d.uri.scheme === 'graph-response').at(-1);
    assert.match(doc?.getText() ?? '', /200 OK/);
    assert.equal(proxy.seen.length, before);
  });
});
