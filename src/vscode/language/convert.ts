import { vscode } from '../api';
import type { Span } from '../../core/text/lineIndex';
import type { GraphDiagnostic } from '../../core/intelligence/types';

/** The `source` of every diagnostic the extension reports (the Problems view shows it). */
export const DIAGNOSTIC_SOURCE = 'Graph Connector Groups';

/** Core results speak offsets; the editor speaks ranges. */
export function toRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

export function toSeverity(severity: 'error' | 'warning' | 'info' | 'hint'): vscode.DiagnosticSeverity {
  switch (severity) {
    case 'error': return vscode.DiagnosticSeverity.Error;
    case 'warning': return vscode.DiagnosticSeverity.Warning;
    case 'info': return vscode.DiagnosticSeverity.Information;
    default: return vscode.DiagnosticSeverity.Hint;
  }
}

export function spansIntersect(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** A core finding as the editor's diagnostic at `range`: severity, source, code and tags (deprecated: struck through). */
export function toVscodeDiagnostic(range: vscode.Range, finding: Pick<GraphDiagnostic, 'message' | 'severity' | 'code' | 'tags'>): vscode.Diagnostic {
  const d = new vscode.Diagnostic(range, finding.message, toSeverity(finding.severity));
  d.source = DIAGNOSTIC_SOURCE;
  d.code = finding.code;
  if (finding.tags?.includes('deprecated')) d.tags = [vscode.DiagnosticTag.Deprecated];
  return d;
}
