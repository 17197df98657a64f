import { findRequestAtLine } from '../../core/http/parser';
import { parsedHttpFile } from '../../core/http/parsedFiles';
import { vscode } from '../api';
import type { Prompts } from '../prompts';

/** Names REST Client masks while they are typed in. */
const SECRET_NAME = /pass(word|wd)?|secret|token|key/i;

/**
 * REST Client's per-request settings that need the user before sending: `# @note` asks for confirmation (a
 * warning with a Send button: dismissing it, or letting it go, sends nothing), `# @prompt name [description]` asks
 * for each value (an input box, masked for secret-like names). Undefined when the user declined or dismissed one.
 */
export async function askBeforeSend(document: vscode.TextDocument, position: { line?: number; index?: number }, prompts: Prompts): Promise<Record<string, string> | undefined> {
  const file = parsedHttpFile(document.getText());
  const request = position.index !== undefined ? file.requests[position.index] : findRequestAtLine(file, position.line ?? 0);
  const settings = request?.settings;
  if (!settings) return {};
  if (settings.note !== undefined) {
    const send = vscode.l10n.t('Send');
    const what = `${request.method} ${request.url}`;
    const message = settings.note
      ? vscode.l10n.t('{0} — send {1}? (This request is marked # @note: confirm before it is sent.)', settings.note, what)
      : vscode.l10n.t('Send {0}? (This request is marked # @note: confirm before it is sent.)', what);
    if (await prompts.ask({ modal: false, warning: true, message, actions: [send] }) !== send) return undefined;
  }
  const prompted: Record<string, string> = {};
  for (const p of settings.prompts ?? []) {
    const value = await prompts.ask({ modal: false, actions: [], message: p.description ?? vscode.l10n.t('A value for {0}', `{{${p.name}}}`), input: { title: p.name, password: SECRET_NAME.test(p.name) } });
    if (value === undefined) return undefined;
    prompted[p.name] = value;
  }
  return prompted;
}
