import { vscode } from '../api';
import type { DeviceCodePrompt } from '../../core/auth/msalTokenSource';

/**
 * Shows the device code the way the user needs it: the code and the page in a notification with one
 * button that copies the code and opens the page. The device code itself (a credential) never reaches here.
 */
export function showDeviceCode(prompt: DeviceCodePrompt, report?: (message: string) => void): void {
  report?.(`Enter the code ${prompt.userCode} at ${prompt.verificationUri}`);
  const action = 'Copy Code & Open Browser';
  void vscode.window.showInformationMessage(
    `To sign in, enter the code ${prompt.userCode} at ${prompt.verificationUri}`, action,
  ).then(async choice => {
    if (choice !== action) return;
    await vscode.env.clipboard.writeText(prompt.userCode);
    await vscode.env.openExternal(vscode.Uri.parse(prompt.verificationUri));
  });
}
