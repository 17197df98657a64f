import { vscode } from '../api';

/**
 * Sign-in and sending are refused in a restricted workspace: a `.http` file or workspace settings from an
 * untrusted repository could otherwise send the user's token, or act on their tenant, with one keystroke.
 */
export function requireTrust(action: string): void {
  if (!vscode.workspace.isTrusted) {
    throw new Error(vscode.l10n.t('{0} needs a trusted workspace. This folder is open in Restricted Mode: trust it (Manage Workspace Trust) to sign in and send requests. Validation and completion keep working meanwhile.', action));
  }
}
