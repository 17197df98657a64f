import { findRequestAtLine } from '../../core/http/parser';
import { parsedHttpFile } from '../../core/http/parsedFiles';
import { askBeforeSend, type BeforeSendQuestions } from '../../core/send/askBeforeSend';
import { vscode } from '../api';
import type { Prompts } from '../prompts';

/**
 * The editor's question UI for askBeforeSend (the core decides what is asked): `# @note` is a warning with a Send
 * button (dismissing it, or letting it go, sends nothing), `# @prompt` an input box, masked for secret-like names.
 */
function editorQuestions(prompts: Prompts): BeforeSendQuestions {
  return {
    async confirm(note, request) {
      const send = vscode.l10n.t('Send');
      const what = `${request.method} ${request.url}`;
      const message = note
        ? vscode.l10n.t('{0} — send {1}? (This request is marked # @note: confirm before it is sent.)', note, what)
        : vscode.l10n.t('Send {0}? (This request is marked # @note: confirm before it is sent.)', what);
      return await prompts.ask({ modal: false, warning: true, message, actions: [send] }) === send;
    },
    value: prompt => prompts.ask({ modal: false, actions: [], message: prompt.description ?? vscode.l10n.t('A value for {0}', `{{${prompt.name}}}`), input: { title: prompt.name, password: prompt.secret } }),
  };
}

/** `# @note` and `# @prompt` of the request at `position`, asked in the editor: the answers, undefined when declined or dismissed. */
export async function askInEditor(document: vscode.TextDocument, position: { line?: number; index?: number }, prompts: Prompts): Promise<Record<string, string> | undefined> {
  const file = parsedHttpFile(document.getText());
  const request = position.index !== undefined ? file.requests[position.index] : findRequestAtLine(file, position.line ?? 0);
  if (!request) return {};
  const answer = await askBeforeSend(request, editorQuestions(prompts));
  return answer.send ? answer.prompted : undefined;
}
