import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, COMMAND_PREFIX, manifest } from './helpers';

suite('commands', () => {
  suiteSetup(activateExtension);

  const contributed = (): string[] => (manifest().contributes?.commands ?? []).map((c: { command: string }) => c.command);

  test('every contributed command is registered', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed().filter((id) => !registered.has(id));
    if (missing.length) assert.fail(`contributed in package.json but not registered: ${missing.join(', ')}`);
  });

  test(`every registered ${COMMAND_PREFIX}* command is contributed`, async () => {
    const declared = new Set(contributed());
    // VS Code itself registers view commands such as "<viewId>.focus" and "<viewId>.resetViewLocation".
    const ours = (await vscode.commands.getCommands(true))
      .filter((id) => id.startsWith(COMMAND_PREFIX))
      .filter((id) => !/\.(focus|resetViewLocation|open|removeView|toggleVisibility)$/.test(id) || declared.has(id));
    const undeclared = ours.filter((id) => !declared.has(id));
    if (undeclared.length) assert.fail(`registered but not in contributes.commands: ${undeclared.join(', ')}`);
  });
});
