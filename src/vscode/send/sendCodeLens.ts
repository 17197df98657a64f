import { vscode } from '../api';
import { parsedHttpFile } from '../../core/http/parsedFiles';
import { routeInfoFor } from '../../core/graph/routeInfo';
import { COMMAND } from '../../core/commands';

/**
 * "Send Request" above each request, plus the operation and its least-privileged permission when the
 * URL (as written, before variables) matches a documented route. The lens passes the document and the
 * request's index, so `sendRequest` sends that request even if the cursor is elsewhere.
 */
export class SendCodeLensProvider implements vscode.CodeLensProvider {
  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const file = parsedHttpFile(document.getText());
    const lenses: vscode.CodeLens[] = [];
    for (const request of file.requests) {
      const range = new vscode.Range(request.requestLine, 0, request.requestLine, 0);
      lenses.push(new vscode.CodeLens(range, {
        title: `$(play) ${vscode.l10n.t('Send Request')}`,
        command: COMMAND.sendRequest,
        arguments: [document.uri, request.index],
      }));
      const info = routeInfoFor(request.method, expandFileVariables(request.url, file.variables));
      if (info) {
        // A path through what Graph's metadata deprecates says so in the lens too, its words in the tooltip.
        const title = info.permission ? `${info.summary} · ${info.permission}` : info.summary;
        const tooltip = vscode.l10n.t('Operation {0}. Least-privileged permission — delegated: {1}; application: {2}', info.operationId,
          info.delegated ?? vscode.l10n.t('not supported'), info.application ?? vscode.l10n.t('not supported'));
        lenses.push(new vscode.CodeLens(range, {
          title: info.deprecated ? `${title} · ${vscode.l10n.t('deprecated')}` : title,
          tooltip: info.deprecated ? `${tooltip}\n${vscode.l10n.t('Deprecated: {0}', info.deprecated)}` : tooltip,
          command: '',
        }));
      }
    }
    return lenses;
  }
}

/** `{{graph}}/x` with `@graph = https://graph.microsoft.com/beta` reads as the Graph URL it will be. */
function expandFileVariables(url: string, variables: { name: string; value: string }[]): string {
  const values = new Map(variables.map(v => [v.name, v.value]));
  return url.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (m, name: string) => values.get(name) ?? m);
}
