import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, COMMAND_PREFIX, manifest } from './helpers';

/** Commands VS Code itself registers for each contributed view, e.g. "<viewId>.focus". */
function isViewCommandOfVSCode(id: string): boolean {
  const views = Object.values<{ id: string }[]>(manifest().contributes?.views ?? {}).flat().map((v) => v.id);
  return views.some((view) => /^\.(focus|resetViewLocation|open|removeView|toggleVisibility)$/.test(id.slice(view.length)) && id.startsWith(view));
}

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
    const undeclared = (await vscode.commands.getCommands(true))
      .filter((id) => id.startsWith(COMMAND_PREFIX) && !declared.has(id) && !isViewCommandOfVSCode(id));
    if (undeclared.length) assert.fail(`registered but not in contributes.commands: ${undeclared.join(', ')}`);
  });
});
