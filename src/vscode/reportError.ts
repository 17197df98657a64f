import { vscode } from './api';

/** The one place a command's failure becomes a message. Messages must already be free of secrets. */
export function reportCommandError(log: vscode.LogOutputChannel, commandId: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  log.error(`${commandId}: ${message}`);
  void vscode.window.showErrorMessage(message);
}
