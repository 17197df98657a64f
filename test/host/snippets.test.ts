import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parse } from 'jsonc-parser';
import { activateExtension, closeAllEditors, manifest, readExtensionFile } from './helpers';

interface Snippet { prefix: string | string[]; body: string | string[]; description?: string }

/** The snippets the manifest contributes for "http", read from the shipped files (so the test follows them). */
function contributedHttpSnippets(): Map<string, Snippet> {
  const out = new Map<string, Snippet>();
  for (const c of manifest().contributes?.snippets ?? []) {
    if (c.language !== 'http') continue;
    const file = parse(readExtensionFile(c.path)) as Record<string, Snippet>;
    for (const [name, s] of Object.entries(file ?? {})) out.set(name, s);
  }
  return out;
}

/** The literal text a snippet body starts with, before its first tabstop, placeholder or variable. */
function literalStart(body: string | string[]): string {
  const text = Array.isArray(body) ? body.join('\n') : body;
  return text.split(/(?<!\\)\$/)[0].replace(/\\([$}\\])/g, '$1').trim();
}

suite('snippets', () => {
  suiteSetup(activateExtension);
  teardown(closeAllEditors);

  test('http snippets are contributed', () => {
    assert.ok(contributedHttpSnippets().size > 0, 'no snippet for language "http" in the contributed snippet files');
  });

  test('every http snippet expands by name in a .http editor', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'http', content: '' });
    const editor = await vscode.window.showTextDocument(doc);
    for (const [name, snippet] of contributedHttpSnippets()) {
      // End the previous snippet session before clearing the text, or the editor trips over its placeholders.
      await vscode.commands.executeCommand('leaveSnippet');
      await editor.edit((e) => e.delete(new vscode.Range(0, 0, doc.lineCount, 0)));
      await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'http', name });
      const text = doc.getText();
      assert.ok(text.length > 0, `snippet "${name}" inserted nothing`);
      const start = literalStart(snippet.body);
      assert.ok(text.trimStart().startsWith(start),
        `snippet "${name}": expected text starting with ${JSON.stringify(start)}, got ${JSON.stringify(text.slice(0, 120))}`);
    }
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
