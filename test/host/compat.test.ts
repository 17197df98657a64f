// The REST Client compatibility corpus (test/compat/cases) sent from the EDITOR: each case is written into the
// workspace next to its body files, every request is sent through its Send Request CodeLens, and what reaches a
// loopback echo server (method, URL, headers, body bytes) is compared with the case's expected bytes, the same
// ones the CLI is held to (test/unit/compat/restClientCompat.test.ts). Graph request lines are pointed at the echo server
// (so no token goes there; the token expectations are the CLI's). Then what only the editor does: # @note asks
// with a Send button, # @no-redirect shows the 3xx, the session's cookie jar stays out of the history, and
// {{$aadV2Token}} options the sign-in cannot serve are refused rather than sent with the wrong token, while scopes:,
// new, aud: and appOnly get their own token from the sandbox (per audience), which reaches only its audience's origin;
// and a resend from the history keeps # @no-redirect / # @no-cookie-jar.
import * as assert from 'node:assert/strict';
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { ExtensionTestApi } from '../../src/vscode/session/testApi';
import type { Question } from '../../src/vscode/prompts';
import { echoServer, type Seen } from '../compat/echoServer';
import { useSandbox } from './auth.test';
import { closeAllEditors, extension, latestResponse, workspaceFile } from './helpers';

interface Expected {
  source: string;
  requests?: Array<{ method: string; url: string; headers?: Record<string, string | null>; body?: string; bodyBase64?: string }>;
}

/** The cases sent from the editor: every form of the points 2, 3, 5, 6, 7 and 8 that reaches the wire. */
const CASES = ['binary', 'body-file', 'comments', 'curl', 'form', 'graphql', 'headers', 'host-header', 'multipart', 'no-scheme', 'pasted-response', 'request-variables', 'settings', 'spaces', 'webdav'];

/** A person's answers: Send on a # @note, 42 for a # @prompt, yes to sending values to the loopback host. */
function answer(question: Question): string | undefined {
  if (question.input) return question.input.title === 'id' ? '42' : 'x';
  return question.actions.find(a => a === 'Send' || a.startsWith('Send to'));
}

/** Sends every request of the document as its CodeLenses do (document uri, request index). */
async function sendAll(uri: vscode.Uri): Promise<void> {
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
  const sends = lenses.filter(l => l.command?.command === 'graphConnectorGroups.sendRequest');
  assert.ok(sends.length > 0, 'the document has Send Request lenses');
  for (const lens of sends) await vscode.commands.executeCommand(lens.command!.command, ...(lens.command!.arguments ?? []));
}


async function logText(api: ExtensionTestApi): Promise<string> {
  await new Promise(r => setTimeout(r, 1500)); // the log channel is flushed to disk asynchronously
  const files = (dir: string): string[] => { try { return readdirSync(dir).flatMap(n => statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]); } catch { return []; } };
  return files(api.logFolder()).map(f => readFileSync(f, 'utf8')).join('\n');
}

suite('REST Client compatibility corpus, sent from the editor (test/compat/cases)', () => {
  let api: ExtensionTestApi;
  const cases = join(extension().extensionPath, 'test', 'compat', 'cases');
  const folder = () => workspaceFile('compat').fsPath;

  suiteSetup(async function () {
    this.timeout(60_000);
    api = await useSandbox();
    await vscode.commands.executeCommand('graphConnectorGroups.signIn', { method: 'deviceCode' });
    cpSync(join(cases, 'files'), join(folder(), 'files'), { recursive: true });
    api.answerPrompts(answer);
  });
  suiteTeardown(async () => { api.answerPrompts(undefined); await closeAllEditors(); });

  for (const name of CASES) {
    test(`${name}: the editor puts on the wire what REST Client sends`, async function () {
      this.timeout(30_000);
      const expected = JSON.parse(readFileSync(join(cases, `${name}.json`), 'utf8')) as Expected;
      // A server per case: a new origin, so the session's cookie jar of another case does not apply.
      const { server, port, seen } = await echoServer();
      try {
        const text = readFileSync(join(cases, `${name}.http`), 'utf8').replace(/^([A-Z]+ )https:\/\/graph\.microsoft\.com/gm, `$1http://127.0.0.1:${port}`);
        const file = join(folder(), `${name}.http`);
        writeFileSync(file, `@port = ${port}\n\n${text}`);
        const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
        await vscode.window.showTextDocument(doc);
        await sendAll(doc.uri);
        const want = expected.requests ?? [];
        assert.deepEqual(seen.map(s => `${s.method} ${s.url}`), want.map(w => `${w.method} ${w.url.replaceAll('$PORT', String(port))}`));
        want.forEach((w, i) => {
          for (const [h, v] of Object.entries(w.headers ?? {})) {
            if (v?.includes('<token>')) continue; // the CLI's token to Graph; here the Graph URL is the echo server
            assert.equal(seen[i].headers[h] ?? null, v === null ? null : v.replaceAll('$PORT', String(port)), `${name} request ${i + 1}: header ${h}`);
          }
          if (w.body !== undefined) assert.equal(seen[i].body.toString('utf8'), w.body, `${name} request ${i + 1}: body bytes`);
          if (w.bodyBase64 !== undefined) assert.equal(seen[i].body.toString('base64'), w.bodyBase64, `${name} request ${i + 1}: body bytes (binary)`);
        });
        if (name === 'settings') {
          assert.doesNotMatch(JSON.stringify(api.history()), /s=1/, 'the cookie jar is never in the history');
        }
      } finally {
        server.close();
      }
    });
  }

  test('# @no-redirect: the response view shows the 302 itself; without it the redirect is followed', async () => {
    const { server, port, seen } = await echoServer();
    try {
      const doc = await vscode.workspace.openTextDocument({ language: 'http', content: `# @no-redirect\nGET http://127.0.0.1:${port}/redirect\n\n###\nGET http://127.0.0.1:${port}/redirect\n` });
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('graphConnectorGroups.sendRequest', doc.uri, 0);
      assert.match(latestResponse().getText(), /^\/\/ 302 Found/);
      assert.match(latestResponse().getText(), /location: \/redirected/i);
      await vscode.commands.executeCommand('graphConnectorGroups.sendRequest', doc.uri, 1);
      assert.match(latestResponse().getText(), /^\/\/ 200 OK/);
      assert.deepEqual(seen.map(s => s.url), ['/redirect', '/redirect', '/redirected']);
    } finally { server.close(); }
  });

  test('# @note: a warning with a Send button; dismissed, nothing is sent', async () => {
    const { server, port, seen } = await echoServer();
    const asked: Question[] = [];
    try {
      const doc = await vscode.workspace.openTextDocument({ language: 'http', content: `# @note This deletes it\nDELETE http://127.0.0.1:${port}/items/1\n` });
      await vscode.window.showTextDocument(doc);
      api.answerPrompts(q => { asked.push(q); return undefined; });
      await vscode.commands.executeCommand('graphConnectorGroups.sendRequest', doc.uri, 0);
      assert.equal(seen.length, 0, 'not sent without the Send button');
      assert.equal(asked.length, 1);
      assert.equal(asked[0].modal, false, 'not a modal: the confirmation is a notification with a Send button');
      assert.deepEqual(asked[0].actions, ['Send']);
      assert.match(asked[0].message, /This deletes it/);
      api.answerPrompts(answer);
      await vscode.commands.executeCommand('graphConnectorGroups.sendRequest', doc.uri, 0);
      assert.deepEqual(seen.map(s => `${s.method} ${s.url}`), ['DELETE /items/1']);
    } finally { api.answerPrompts(answer); server.close(); }
  });

  test('{{$aadV2Token}}: the Graph token is the sign-in\'s; another tenant or app, or a Graph token to another host, is refused with a message', async function () {
    this.timeout(30_000);
    const { server, port, seen } = await echoServer();
    const groups = 'https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups';
    try {
      const doc = await vscode.workspace.openTextDocument({ language: 'http', content: [
        `@token = {{$aadV2Token scopes:https://graph.microsoft.com/.default}}\n\nGET ${groups}\nAuthorization: Bearer {{token}}\n`,
        `GET ${groups}\nAuthorization: Bearer {{$aadV2Token tenantid:11111111-2222-3333-4444-555555555555}}\n`,
        `GET ${groups}\nAuthorization: Bearer {{$aadV2Token clientid:99999999-2222-3333-4444-555555555555}}\n`,
        `GET ${groups}\nAuthorization: Bearer {{$aadV2Token appOnly}}\n`,
        `GET http://127.0.0.1:${port}/elsewhere\nAuthorization: Bearer {{$aadToken aud:graph.microsoft.com}}\n`,
      ].join('\n###\n') });
      await vscode.window.showTextDocument(doc);
      const before = api.history().length;
      await vscode.commands.executeCommand('graphConnectorGroups.sendRequest', doc.uri, 0);
      assert.equal(api.history()[0].status, 200, 'the signed-in Graph token served it');
      for (const index of [1, 2, 3, 4]) await vscode.commands.executeCommand('graphConnectorGroups.sendRequest', doc.uri, index);
      assert.equal(api.history().length, before + 1, 'none of the others was sent');
      assert.equal(seen.length, 0, 'no Graph token (and no request) reached the other host');
      const log = await logText(api);
      assert.match(log, /tenantid:11111111-2222-3333-4444-555555555555\}\}: tenant 11111111-2222-3333-4444-555555555555 differs from the one signed in to/);
      assert.match(log, /clientid:99999999-2222-3333-4444-555555555555\}\}: client id 99999999-2222-3333-4444-555555555555 differs from the app the sign-in uses/);
      assert.match(log, /appOnly\}\}: appOnly needs an app-only sign-in/);
      assert.match(log, /Not sent: http:\/\/127\.0\.0\.1:\d+ carries a Graph token/);
    } finally { server.close(); }
  });

  // REST Client's README, System Variables: `scopes:` the scopes that must be consented, `new` a new token,
  // `aud:` the audience (app id URI or domain), `appOnly` client credentials. The sandbox issues a token per
  // audience (an API registered on it has the echo server's origin as its Application ID URI), as Entra does.
  const claims = (authorization: string | string[] | undefined) => JSON.parse(Buffer.from(String(authorization).replace(/^Bearer /, '').split('.')[1], 'base64url').toString());
  const bearer = (s: Seen) => String(s.headers.authorization ?? '').replace(/^Bearer /, '');

  test('{{$aadV2Token scopes:}} asks the sign-in for exactly those scopes; `new` skips the cache; the token is never kept', async function () {
    this.timeout(60_000);
    const { server, port, seen } = await echoServer();
    const aud = `http://127.0.0.1:${port}`;
    api.sandbox()!.addApi({ appIdUri: aud, scopes: ['Orders.Read', 'Orders.Write'] });
    try {
      const doc = await vscode.workspace.openTextDocument({ language: 'http', content: [
        `GET ${aud}/orders\nAuthorization: Bearer {{$aadV2Token scopes:${aud}/Orders.Read}}\n`,
        `GET ${aud}/orders\nAuthorization: Bearer {{$aadV2Token new scopes:${aud}/Orders.Read}}\n`,
        `GET ${aud}/orders\nAuthorization: Bearer {{$aadV2Token scopes:${aud}/Orders.Write}}\n`,
        `GET https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups\nAuthorization: Bearer {{$aadV2Token new scopes:User.Read}}\n`,
        `GET https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups\nAuthorization: Bearer {{$aadV2Token}}\n`,
        `GET ${aud}/once-401\nAuthorization: Bearer {{$aadV2Token scopes:${aud}/Orders.Read}}\n`,
      ].join('\n###\n') });
      await vscode.window.showTextDocument(doc);
      for (const index of [0, 0, 1, 2]) await vscode.commands.executeCommand('graphConnectorGroups.sendRequest', doc.uri, index);
      assert.equal(seen.length, 4);
      assert.equal(claims(seen[0].headers.authorization).aud, aud, 'a token for the API, not for Graph');
      assert.equal(claims(seen[0].headers.authorization).scp, 'Orders.Read', 'exactly the scope named');
      assert.equal(bearer(seen[1]), bearer(seen[0]), 'without new: the same token again (MSAL\'s cache)');
      assert.notEqual(bearer(seen[2]), bearer(seen[0]), 'new: a fresh token');
      assert.equal(claims(seen[2].headers.authorization).scp, 'Orders.Read');
      assert.equal(claims(seen[3].headers.authorization).scp, 'Orders.Write');
      await vscode.commands.executeCommand('graphConnectorGroups.sendRequest', doc.uri, 3);
      assert.equal(api.history()[0].status, 403, 'a Graph token with User.Read only: the connector groups need more, so Graph says 403');
      await vscode.commands.executeCommand('graphConnectorGroups.sendRequest', doc.uri, 4);
      assert.equal(api.history()[0].status, 200, 'without scopes: the extension\'s own sign-in (the operation\'s permission)');
      // The API answers 401 to the cached token (revoked, say): sent once more with a fresh one, as the editor's own Graph token is.
      await vscode.commands.executeCommand('graphConnectorGroups.sendRequest', doc.uri, 5);
      assert.deepEqual(seen.slice(4).map(s => s.url), ['/once-401', '/once-401']);
      assert.equal(bearer(seen[4]), bearer(seen[2]), 'first the cached token');
      assert.notEqual(bearer(seen[5]), bearer(seen[4]), 'then a fresh one');
      assert.equal(api.history()[0].status, 200);
      const kept = JSON.stringify(api.history()) + await logText(api);
      for (const s of seen) assert.ok(!kept.includes(bearer(s)), 'no token in the history or the log');
    } finally { server.close(); }
  });

  test('{{$aadToken aud:}} goes only to its audience (header, URL or body); anywhere else, or on a redirect elsewhere, nothing is sent', async function () {
    this.timeout(60_000);
    const other = await echoServer();
    const { server, port, seen } = await echoServer(() => `http://127.0.0.1:${other.port}/landing`);
    const aud = `http://127.0.0.1:${port}`;
    api.sandbox()!.addApi({ appIdUri: aud, scopes: ['Orders.Read'] });
    const token = `{{$aadToken aud:${aud}}}`;
    try {
      const doc = await vscode.workspace.openTextDocument({ language: 'http', content: [
        `GET ${aud}/orders\nAuthorization: Bearer ${token}\n`,
        `GET ${aud}/orders?t=${token}\n`,
        `POST ${aud}/echo-body\nContent-Type: application/json\n\n{"t": "${token}"}\n`,
        `GET http://127.0.0.1:${other.port}/x?t=${token}\n`,
        `POST https://graph.microsoft.com/v1.0/me\nContent-Type: application/json\n\n{"t": "${token}"}\n`,
        `POST ${aud}/redirect-away\nContent-Type: application/json\n\n{"t": "${token}"}\n`,
      ].join('\n###\n') });
      await vscode.window.showTextDocument(doc);
      const before = api.history().length;
      for (const index of [0, 1, 2]) await vscode.commands.executeCommand('graphConnectorGroups.sendRequest', doc.uri, index);
      assert.equal(seen.length, 3);
      const value = bearer(seen[0]);
      assert.equal(claims(seen[0].headers.authorization).aud, aud);
      assert.equal(claims(seen[0].headers.authorization).scp, 'Orders.Read', '<aud>/.default: what the API exposes');
      assert.equal(new URL(seen[1].url, aud).searchParams.get('t'), value, 'in the URL, to its audience');
      assert.equal(JSON.parse(seen[2].body.toString()).t, value, 'in the body, to its audience');
      assert.ok(!latestResponse().getText().includes(value), 'the echoed body shows no token in the response view');
      for (const index of [3, 4, 5]) await vscode.commands.executeCommand('graphConnectorGroups.sendRequest', doc.uri, index);
      assert.equal(other.seen.length, 0, 'the other origin never saw the token, not even through the 307');
      assert.equal(seen.length, 4, 'the redirecting request reached its audience, the redirect was refused');
      assert.equal(api.history().length, before + 4, 'the other host and Graph were not sent to');
      const log = await logText(api);
      assert.match(log, new RegExp(`Not sent: http://127\\.0\\.0\\.1:${other.port} carries a token for ${aud.replace(/\./g, '\\.')}`));
      assert.match(log, /Refused to send to http:\/\/127\.0\.0\.1:\d+: the request carries a secret/);
      const kept = JSON.stringify(api.history()) + log + vscode.workspace.textDocuments.filter(d => d.uri.scheme === 'graph-response').map(d => d.getText()).join('\n');
      assert.ok(!kept.includes(value), 'no token in the history, the log or a response view');
    } finally { server.close(); other.server.close(); }
  });

  test('{{$aadV2Token appOnly}}: the app-only sign-in\'s token (Graph, or another API\'s .default); signed in as a user, a clear message', async function () {
    this.timeout(90_000);
    const { server, port, seen } = await echoServer();
    const aud = `http://127.0.0.1:${port}`;
    const sandbox = api.sandbox()!;
    sandbox.addApi({ appIdUri: aud, scopes: ['Orders.Read'], appRoles: ['Orders.Read.All'] });
    // Connector groups have no application permission in Graph; external connections do (ExternalConnection.ReadWrite.OwnedBy).
    const connections = 'https://graph.microsoft.com/v1.0/external/connections';
    try {
      const doc = await vscode.workspace.openTextDocument({ language: 'http', content: [
        `GET ${connections}\nAuthorization: Bearer {{$aadV2Token appOnly}}\n`,
        `GET ${aud}/orders\nAuthorization: Bearer {{$aadV2Token appOnly scopes:${aud}/Orders.Read}}\n`,
      ].join('\n###\n') });
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('graphConnectorGroups.sendRequest', doc.uri, 1);
      assert.equal(seen.length, 0, 'signed in as a user: not sent');
      assert.match(await logText(api), /appOnly scopes:[^}]*\}\}: appOnly needs an app-only sign-in/);
      await vscode.commands.executeCommand('graphConnectorGroups.signIn', { method: 'clientSecret', app: { clientId: sandbox.clientId, tenant: sandbox.tenantId, clientSecret: sandbox.clientSecret } });
      const before = api.history().length;
      await vscode.commands.executeCommand('graphConnectorGroups.sendRequest', doc.uri, 0);
      assert.equal(api.history().length, before + 1, 'signed in as the app: sent');
      // 200 with the app's roles; 403 once the sandbox has withdrawn application consent (revokeAll in an earlier suite).
      assert.ok([200, 403].includes(api.history()[0].status!), `the app's Graph token: ${api.history()[0].status}`);
      await vscode.commands.executeCommand('graphConnectorGroups.sendRequest', doc.uri, 1);
      assert.equal(seen.length, 1);
      const c = claims(seen[0].headers.authorization);
      assert.deepEqual([c.aud, c.idtyp, c.appid], [aud, 'app', sandbox.clientId], 'client credentials for <aud>/.default: the app\'s token for the API');
    } finally {
      server.close();
      await vscode.commands.executeCommand('graphConnectorGroups.signOut', `app:${sandbox.clientId}`); // the user account is back
    }
  });

  test('resending from the history keeps # @no-redirect (a flag in the entry, no secret)', async function () {
    this.timeout(30_000);
    const { server, port, seen } = await echoServer();
    try {
      const doc = await vscode.workspace.openTextDocument({ language: 'http', content: `# @no-redirect\n# @no-cookie-jar\nGET http://127.0.0.1:${port}/redirect\n` });
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('graphConnectorGroups.sendRequest', doc.uri, 0);
      assert.deepEqual(api.history()[0].settings, { noRedirect: true, noCookieJar: true });
      const picking = vscode.commands.executeCommand('graphConnectorGroups.showHistory');
      await new Promise(r => setTimeout(r, 800));
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await picking;
      assert.deepEqual(seen.map(s => s.url), ['/redirect', '/redirect'], 'the resend did not follow the redirect either');
      assert.match(latestResponse().getText(), /^\/\/ 302 Found/);
    } finally { server.close(); }
  });
});
