import { vscode } from '../api';
import type { HttpDiagnostics } from './diagnostics';
import { spansIntersect, toRange } from './convert';

/** Turns the core's CodeFixes into quick fixes; the findings come from the same (cached) validation as the diagnostics. */
export class GraphQuickFixProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly diagnostics: HttpDiagnostics) {}

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const wanted = { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
    const actions: vscode.CodeAction[] = [];
    for (const finding of await this.diagnostics.findingsFor(document)) {
      if (!finding.fixes?.length || !spansIntersect(finding.span, wanted)) continue;
      const shown = context.diagnostics.filter(d => d.code === finding.code && d.range.isEqual(toRange(document, finding.span)));
      for (const fix of finding.fixes) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        for (const edit of fix.edits) action.edit.replace(document.uri, toRange(document, edit.span), edit.newText);
        action.diagnostics = shown;
        action.isPreferred = fix.isPreferred;
        actions.push(action);
      }
    }
    return actions;
  }
}
