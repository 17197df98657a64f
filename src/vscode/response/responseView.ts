import { vscode } from '../api';
import { isTextContentType } from '../../core/send/contentType';
import { describeError } from '../../core/send/describeError';
import type { GraphCallRequest, GraphCallResult } from '../services';
import { readBodyPreview } from '../../core/response/bodyPreview';
import { acceptedLocation } from '../../core/send/waitForOperation';
import { findNextLink, formatResponseDocument, type ResponseSummary } from '../../core/response/formatResponse';
import type { ResponseRecord, ResponseStore } from './responseStore';

const NEXT_LINK_KEY = 'graphConnectorGroups.responseHasNextLink';
const OPERATION_KEY = 'graphConnectorGroups.responseHasOperation';

/**
 * Shows responses beside the request as read-only JSON documents, and keeps the `responseHasNextLink` and
 * `responseHasOperation` context keys in step with the response in focus (or, when none is, the last one shown).
 */
export class ResponseView implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];

  constructor(readonly store: ResponseStore) {
    this.disposables.push(vscode.window.onDidChangeActiveTextEditor(() => this.updateContext()));
  }

  async show(request: GraphCallRequest, result: GraphCallResult, permission?: string): Promise<ResponseRecord> {
    const summary = await this.summarize(request, result, permission);
    const { text, language } = formatResponseDocument(summary);
    const record = this.store.add({ request, result, text, nextLink: findNextLink(result.body), operationLocation: acceptedLocation(result) }, language);
    const doc = await vscode.workspace.openTextDocument(record.uri);
    // A preview tab: the next response replaces this one unless the user keeps it (double-click), like REST Client's single panel.
    // It goes where a response is already shown (a response sent from a response, such as "Poll This Operation" or
    // "Load Next Page", would otherwise open a third column beside it), else beside the request.
    await vscode.window.showTextDocument(doc, { viewColumn: this.responseColumn() ?? vscode.ViewColumn.Beside, preserveFocus: true, preview: true });
    this.updateContext();
    if (result.bodyFile && summary.bodyPreview !== undefined) void this.offerFullBody(result.bodyFile);
    return record;
  }

  /** The column of a response on screen: the active editor's when it is one, else the first visible one's. */
  private responseColumn(): vscode.ViewColumn | undefined {
    const shown = [vscode.window.activeTextEditor, ...vscode.window.visibleTextEditors].find(e => e && this.store.get(e.document.uri));
    return shown?.viewColumn;
  }

  private async summarize(request: GraphCallRequest, result: GraphCallResult, permission?: string): Promise<ResponseSummary> {
    const summary: ResponseSummary = {
      method: request.method, url: result.url, status: result.status, statusText: result.statusText, headers: result.headers,
      durationMs: result.durationMs, bodyBytes: result.bodyBytes, requestId: result.requestId, body: result.body,
      bodyFile: result.bodyFile, retries: result.retries,
    };
    if (result.bodyFile && isTextContentType(result.headers['content-type'])) {
      summary.bodyPreview = await readBodyPreview(result.bodyFile).catch(() => undefined);
    }
    if (result.status >= 400) {
      const d = describeError({ ...result, method: request.method }, { permission });
      summary.error = { code: d.code, message: d.message, hint: d.hint };
    }
    return summary;
  }

  /** The whole body as a file editor: VS Code opens large files without tokenizing them in our host. */
  private async offerFullBody(file: string): Promise<void> {
    const open = vscode.l10n.t('Open full body');
    if (await vscode.window.showInformationMessage(vscode.l10n.t('The response body is large: the view shows its beginning.'), open) === open) {
      await vscode.window.showTextDocument(vscode.Uri.file(file), { viewColumn: vscode.ViewColumn.Beside, preview: false });
    }
  }

  private updateContext(): void {
    const record = this.store.get(vscode.window.activeTextEditor?.document.uri) ?? this.store.last();
    void vscode.commands.executeCommand('setContext', NEXT_LINK_KEY, Boolean(record?.nextLink));
    void vscode.commands.executeCommand('setContext', OPERATION_KEY, Boolean(record?.operationLocation));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
