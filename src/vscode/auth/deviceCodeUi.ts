import { vscode } from '../api';
import type { DeviceCodePrompt } from '../../core/auth/msalTokenSource';
import { COMMAND } from '../../core/commands';

export const COPY_DEVICE_CODE_COMMAND = COMMAND.copyDeviceCode;

/** The notification's text: the code, the page as a link, and a command link that copies the code and opens the page. */
export function deviceCodeMessage(prompt: DeviceCodePrompt): string {
  const args = encodeURIComponent(JSON.stringify([prompt.userCode, prompt.verificationUri]));
  return vscode.l10n.t('To sign in, enter the code {0} at [{1}]({1}) ([copy the code and open the page]({2})).',
    prompt.userCode, prompt.verificationUri, `command:${COPY_DEVICE_CODE_COMMAND}?${args}`);
}

/**
 * Shows the device code the way the user needs it, for as long as it is needed: the code and the page in a
 * progress notification that closes when the sign-in ends (a plain information message stayed on screen after
 * the response had arrived). With `report`, the code goes into the caller's own progress notification instead.
 * Returns what closes it. The device code itself (a credential) never reaches here.
 */
export function showDeviceCode(prompt: DeviceCodePrompt, report?: (message: string) => void): () => void {
  if (report) { report(deviceCodeMessage(prompt)); return () => undefined; }
  let close!: () => void;
  const closed = new Promise<void>(resolve => { close = resolve; });
  void vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: deviceCodeMessage(prompt) }, () => closed);
  // Past its lifetime the code is useless: close then too, in case the sign-in never settles.
  const timer = setTimeout(close, Math.max(1, prompt.expiresInSec) * 1000);
  return () => { clearTimeout(timer); close(); };
}
