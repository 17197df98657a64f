// Shared by the host tests: the extension under test, its manifest, and the fixture workspace.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { TreeSnapshot } from '../../src/core/tenant/snapshot';

export const EXTENSION_ID = 'graph-connector-groups.graph-connector-groups';
export const COMMAND_PREFIX = 'graphConnectorGroups.';

export function extension<T = unknown>(): vscode.Extension<T> {
  const ext = vscode.extensions.getExtension<T>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  return ext;
}

/** Activates the extension (idempotent) and returns it; `ext.exports` is what activate() returned (its test API). */
export async function activateExtension<T = unknown>(): Promise<vscode.Extension<T>> {
  const ext = extension<T>();
  await ext.activate();
  return ext;
}

/** package.json of the extension under test, as VS Code loaded it. */
export function manifest(): any {
  return extension().packageJSON;
}

/** Reads a file shipped with the extension (a path from package.json such as "./snippets/x.code-snippets"). */
export function readExtensionFile(relativePath: string): string {
  return readFileSync(join(extension().extensionPath, relativePath), 'utf8');
}

/** A file in the test workspace (a temp copy of test/host/fixtures/workspace). */
export function workspaceFile(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the host tests need a workspace folder');
  return vscode.Uri.joinPath(folder.uri, relativePath);
}

let untitledCount = 0;
/**
 * An untitled `http` document holding `content`, under a name no earlier test used. `openTextDocument({ content })`
 * names them Untitled-1, -2, ... and reuses a name once its document is closed; a command handed the new document's
 * uri right away could then still read the closed one's text (the exports suite once copied the proxy suite's GET).
 */
export async function untitledHttp(content: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(`untitled:gcg-test-${process.pid}-${++untitledCount}.http`));
  const edit = new vscode.WorkspaceEdit();
  edit.insert(doc.uri, new vscode.Position(0, 0), content);
  await vscode.workspace.applyEdit(edit);
  return doc.languageId === 'http' ? doc : vscode.languages.setTextDocumentLanguage(doc, 'http');
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The number a response document's name ends with, `(12).jsonc`: responses are numbered in the order they came. */
export function responseNumber(doc: vscode.TextDocument): number {
  return Number(/\((\d+)\)\.\w+$/.exec(doc.uri.path)?.[1] ?? 0);
}

/** The response document shown last, if any. */
export function newestResponse(): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.filter(d => d.uri.scheme === 'graph-response').sort((a, b) => responseNumber(b) - responseNumber(a))[0];
}

/** The response document shown last; fails the test when there is none. */
export function latestResponse(): vscode.TextDocument {
  const doc = newestResponse();
  assert.ok(doc, 'a response document is open');
  return doc;
}

/** The Tenant view's items as the refresh command snapshots them (`expand` levels, under a node's key). */
export const tree = (options: { expand: number; under?: string; refresh?: boolean }) =>
  vscode.commands.executeCommand<TreeSnapshot[]>(`${COMMAND_PREFIX}refreshTree`, options);

/** The child of `nodes` labelled `label`; fails the test, listing the labels there are, when there is none. */
export const child = (nodes: TreeSnapshot[] | undefined, label: string): TreeSnapshot => {
  const found = nodes?.find(n => n.label === label);
  assert.ok(found, `no "${label}" among ${JSON.stringify(nodes?.map(n => n.label))}`);
  return found;
};
