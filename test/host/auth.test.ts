// Sign-in against the sandbox tenant in a real extension host, and where tokens must never end up.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { ExtensionTestApi } from '../../src/vscode/session/testApi';
import { activateExtension, closeAllEditors, readExtensionFile, workspaceFile } from './helpers';

/** Anything shaped like a JWT (the sandbox issues RS256 JWTs, as Entra does). */
const JWT = /eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\./;

export async function useSandbox(): Promise<ExtensionTestApi> {
  const ext = await activateExtension<ExtensionTestApi>();
  const config = vscode.workspace.getConfiguration('graphConnectorGroups');
  if (config.get('environment') !== 'sandbox') await config.update('environment', 'sandbox', vscode.ConfigurationTarget.Workspace);
  return ext.exports;
}

function filesUnder(dir: string): string[] {
  let out: string[] = [];
  try {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      out = statSync(p).isDirectory() ? out.concat(filesUnder(p)) : out.concat(p);
    }
  } catch { /* no such folder */ }
  return out;
}

suite('auth: sign-in to the sandbox', () => {
  let api: ExtensionTestApi;
  suiteSetup(async () => { api = await useSandbox(); });
  suiteTeardown(closeAllEditors);

  test('device code sign-in (auto-approved by the sandbox) signs the user in', async function () {
    this.timeout(60_000);
    const username = await vscode.commands.executeCommand<string>('graphConnectorGroups.signIn', { method: 'deviceCode' });
    assert.equal(username, 'adele@sandbox.gcg.localhost');
    assert.ok(api.sandbox(), 'the sandbox started on first need');
  });

  test('browser sign-in (auth code + PKCE) completes against the sandbox', async function () {
    this.timeout(60_000);
    const sandbox = api.sandbox()!;
    const username = await vscode.commands.executeCommand<string>('graphConnectorGroups.signIn', {
      method: 'browser', openBrowser: (url: string) => sandbox.completeAuthorization(url),
    });
    assert.equal(username, 'adele@sandbox.gcg.localhost');
  });

  test('SecretStorage holds the MSAL cache', async () => {
    assert.equal(await api.msalCacheStored(), true);
  });

  test('no token in settings, history, the output channel log or a cURL copy', async function () {
    this.timeout(60_000);
    const doc = await vscode.workspace.openTextDocument({ language: 'http', content: 'GET https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups\n' });
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('graphConnectorGroups.sendRequest', doc.uri, 0);
    const curl = await vscode.commands.executeCommand<string>('graphConnectorGroups.copyResponseAsCurl');
    assert.match(curl, /Bearer <redacted>/);
    assert.doesNotMatch(curl, JWT);
    assert.doesNotMatch(await vscode.env.clipboard.readText(), JWT);

    assert.ok(api.history().length > 0, 'the request is in the history');
    assert.doesNotMatch(JSON.stringify(api.history()), JWT);
    assert.doesNotMatch(JSON.stringify(api.history()), /authorization/i);

    const settings = JSON.stringify(vscode.workspace.getConfiguration('graphConnectorGroups'));
    assert.doesNotMatch(settings, JWT);
    const settingsFile = workspaceFile('.vscode/settings.json').fsPath;
    assert.doesNotMatch(readFileSync(settingsFile, 'utf8'), JWT);

    // The log channel is flushed to disk asynchronously.
    await new Promise(r => setTimeout(r, 1500));
    const logs = filesUnder(api.logFolder()).concat(filesUnder(join(api.logFolder(), '..')).filter(f => /Graph Connector Groups/i.test(f)));
    const text = logs.map(f => readFileSync(f, 'utf8')).join('\n');
    assert.match(text, /GET \S+connectorGroups -> 200/, `the log was read (${logs.join(', ')})`);
    assert.doesNotMatch(text, JWT);
  });

  test('app-only sign-in with a client secret; signing the app out returns to the user', async function () {
    this.timeout(60_000);
    const sandbox = api.sandbox()!;
    const name = await vscode.commands.executeCommand<string>('graphConnectorGroups.signIn', {
      method: 'clientSecret', app: { clientId: sandbox.clientId, tenant: sandbox.tenantId, clientSecret: sandbox.clientSecret },
    });
    assert.equal(name, `App ${sandbox.clientId}`);
    // External connections support app-only access; listing connector groups does not (Graph answers 403).
    const doc = await vscode.workspace.openTextDocument({ language: 'http', content: 'GET https://graph.microsoft.com/v1.0/external/connections\n\n###\nGET https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups\n' });
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('graphConnectorGroups.sendRequest', doc.uri, 0);
    assert.equal(api.history()[0].status, 200);
    await vscode.commands.executeCommand('graphConnectorGroups.sendRequest', doc.uri, 1);
    assert.equal(api.history()[0].status, 403);
    const settings = readFileSync(workspaceFile('.vscode/settings.json').fsPath, 'utf8');
    assert.ok(!settings.includes(sandbox.clientSecret), 'the secret is not in settings');
    assert.ok(!JSON.stringify(api.history()).includes(sandbox.clientSecret), 'nor in the history');
    await vscode.commands.executeCommand('graphConnectorGroups.signOut', `app:${sandbox.clientId}`);
    // The user account stays cached and selected: it is the one requests use again.
    assert.equal(await vscode.commands.executeCommand<string>('graphConnectorGroups.signIn', { method: 'deviceCode' }), 'adele@sandbox.gcg.localhost');
  });

  test('app-only sign-in with a certificate (PEM kept only in SecretStorage)', async function () {
    this.timeout(60_000);
    const sandbox = api.sandbox()!;
    const certificatePem = readExtensionFile('test/unit/auth/fixtures/test-app-certificate.pem');
    sandbox.addClientCertificate(certificatePem);
    const name = await vscode.commands.executeCommand<string>('graphConnectorGroups.signIn', {
      method: 'clientCertificate', app: { clientId: sandbox.clientId, tenant: sandbox.tenantId, certificatePem },
    });
    assert.equal(name, `App ${sandbox.clientId}`);
    const doc = await vscode.workspace.openTextDocument({ language: 'http', content: 'GET https://graph.microsoft.com/v1.0/external/connections\n' });
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('graphConnectorGroups.sendRequest', doc.uri, 0);
    assert.equal(api.history()[0].status, 200);
    const key = /-----BEGIN PRIVATE KEY-----\s+(\S{40})/.exec(certificatePem)![1];
    assert.ok(!readFileSync(workspaceFile('.vscode/settings.json').fsPath, 'utf8').includes(key), 'the key is not in settings');
    assert.ok(!JSON.stringify(api.history()).includes(key), 'nor in the history');
    await vscode.commands.executeCommand('graphConnectorGroups.signOut', `app:${sandbox.clientId}`);
    assert.equal(await vscode.commands.executeCommand<string>('graphConnectorGroups.signIn', { method: 'deviceCode' }), 'adele@sandbox.gcg.localhost');
  });
});
