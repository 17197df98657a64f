import { vscode } from '../api';
import type { HttpDiagnostics } from './diagnostics';
import { spansIntersect, toRange } from './convert';

/** Turns the core's CodeFixes into quick fixes; the findings come from the same (cached) validation as the diagnostics. */
export class GraphQuickFixProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly diagnostics: Pick<HttpDiagnostics, 'findingsFor'>) {}

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const wanted = { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
    const actions: vscode.CodeAction[] = [];
    const text = document.getText();
    for (const finding of await this.diagnostics.findingsFor(document)) {
      if (!finding.fixes?.length) continue;
      const atProblem = spansIntersect(finding.span, wanted);
      const shown = context.diagnostics.filter(d => d.code === finding.code && d.range.isEqual(toRange(document, finding.span)));
      for (const fix of finding.fixes) {
        // Ctrl+. on the blank line a fix removes (it has no squiggle to stand on) offers that fix too; a fix that
        // rewrites text is offered only on its problem, so a cursor inside a body is not handed every body fix.
        if (!atProblem && !fix.edits.some(e => e.span.end > e.span.start && spansIntersect(e.span, wanted) && !text.slice(e.span.start, e.span.end).trim())) continue;
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
