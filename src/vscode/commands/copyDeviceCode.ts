import { vscode } from '../api';
import { COPY_DEVICE_CODE_COMMAND } from '../auth/deviceCodeUi';
import type { Command } from './commandManager';

/** The device-code notification's link: copies the code and opens the verification page. */
export class CopyDeviceCodeCommand implements Command {
  readonly id = COPY_DEVICE_CODE_COMMAND;

  async execute(userCode?: unknown, verificationUri?: unknown): Promise<void> {
    if (typeof userCode !== 'string' || typeof verificationUri !== 'string' || !/^https?:\/\//i.test(verificationUri)) return;
    await vscode.env.clipboard.writeText(userCode);
    await vscode.env.openExternal(vscode.Uri.parse(verificationUri));
  }
}
