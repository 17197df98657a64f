// "Copy as PowerShell" and "Copy as Azure CLI" in a real extension host: variables resolved, the URL on the cloud's
// Graph host (not the sandbox's), no token, and the quoting of each shell.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { useSandbox } from './auth.test';
import { closeAllEditors, untitledHttp } from './helpers';

const FILE = [
  '@base = /beta/onPremisesPublishingProfiles/applicationProxy',
  '@name = O\'Brien $team',
  '',
  'POST {{base}}/connectorGroups',
  'Content-Type: application/json',
  '',
  '{ "name": "{{name}}", "region": "eur" }',
  '',
].join('\n');

suite('exports: Copy as PowerShell / Azure CLI', () => {
  suiteSetup(async () => { await useSandbox(); });
  suiteTeardown(closeAllEditors);

  async function copy(command: string): Promise<string> {
    const doc = await untitledHttp(FILE);
    await vscode.window.showTextDocument(doc);
    const returned = await vscode.commands.executeCommand<string>(command, doc.uri, 0);
    const clipboard = await vscode.env.clipboard.readText();
    assert.equal(clipboard, returned);
    return clipboard;
  }

  test('PowerShell: Invoke-MgGraphRequest, variables resolved, single-quoted', async () => {
    const text = await copy('graphConnectorGroups.copyRequestAsPowerShell');
    assert.equal(text, `Invoke-MgGraphRequest -Method POST -Uri 'https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups' -ContentType 'application/json' -Body '{ "name": "O''Brien $team", "region": "eur" }'`);
  });

  test('Azure CLI: az rest, variables resolved, POSIX-quoted; never the sandbox address', async () => {
    const text = await copy('graphConnectorGroups.copyRequestAsAzureCli');
    assert.equal(text, `az rest --method post --url 'https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups' --headers '{"Content-Type":"application/json"}' --body '{ "name": "O'\\''Brien $team", "region": "eur" }'`);
    assert.doesNotMatch(text, /127\.0\.0\.1|eyJ/);
  });
});
