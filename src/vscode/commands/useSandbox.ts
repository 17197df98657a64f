import { vscode } from '../api';
import { readSettings, updateSetting } from '../session/settings';
import type { Command } from './commandManager';
import { COMMAND } from '../../core/commands';

/** One step to a working tenant: point requests at the local emulator and sign in to it (it approves device codes itself). */
export class UseSandboxCommand implements Command {
  readonly id = COMMAND.useSandbox;

  async execute(): Promise<unknown> {
    if (readSettings().environment !== 'sandbox') await updateSetting('environment', 'sandbox');
    return vscode.commands.executeCommand(COMMAND.signIn, { method: 'deviceCode' });
  }
}
