import { findRequestAtLine, parseHttpFile } from '../../core/http/parser';
import { vscode } from '../api';

/** Names REST Client masks while they are typed in. */
const SECRET_NAME = /pass(word|wd)?|secret|token|key/i;

/**
 * REST Client's per-request settings that need the user before sending: `# @note` asks for confirmation
 * (a modal), `# @prompt name [description]` asks for each value (an input box, masked for secret-like names).
 * Undefined when the user declined or dismissed one: nothing is sent.
 */
export async function askBeforeSend(document: vscode.TextDocument, position: { line?: number; index?: number }): Promise<Record<string, string> | undefined> {
  const file = parseHttpFile(document.getText());
  const request = position.index !== undefined ? file.requests[position.index] : findRequestAtLine(file, position.line ?? 0);
  const settings = request?.settings;
  if (!settings) return {};
  if (settings.note !== undefined) {
    const send = vscode.l10n.t('Send');
    const answer = await vscode.window.showWarningMessage(settings.note || vscode.l10n.t('Send {0} {1}?', request.method, request.url), { modal: true, detail: vscode.l10n.t('This request is marked # @note: confirm before it is sent.') }, send);
    if (answer !== send) return undefined;
  }
  const prompted: Record<string, string> = {};
  for (const p of settings.prompts ?? []) {
    const value = await vscode.window.showInputBox({ title: p.name, prompt: p.description ?? vscode.l10n.t('A value for {0}', `{{${p.name}}}`), password: SECRET_NAME.test(p.name), ignoreFocusOut: true });
    if (value === undefined) return undefined;
    prompted[p.name] = value;
  }
  return prompted;
}
