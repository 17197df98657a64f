// Shared by the host tests: the extension under test, its manifest, and the fixture workspace.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';

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

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
