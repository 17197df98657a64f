import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, workspaceFile } from './helpers';

suite('http language', () => {
  suiteSetup(activateExtension);
  teardown(closeAllEditors);

  test('a .http file in the workspace gets languageId "http"', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceFile('requests.http'));
    assert.equal(doc.languageId, 'http');
    await vscode.window.showTextDocument(doc);
  });

  test('a .rest file gets languageId "http"', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceFile('more.rest'));
    assert.equal(doc.languageId, 'http');
  });

  test('"http" is a known language', async () => {
    assert.ok((await vscode.languages.getLanguages()).includes('http'));
  });
});
