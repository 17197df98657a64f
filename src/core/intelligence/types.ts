import type { Span } from '../text/lineIndex';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** One text replacement; offsets are into the whole document. */
export interface TextEdit { span: Span; newText: string }

/** A quick fix: applying all its edits (they never overlap) repairs the problem. */
export interface CodeFix { title: string; edits: TextEdit[]; isPreferred?: boolean }

/**
 * A problem in a `.http` document. `code` is stable (tests, docs and suppressions rely on it):
 * `http.*` from the parser, `graph.url.*` for the request line, `graph.body.*` for the JSON body.
 */
export interface GraphDiagnostic {
  span: Span;
  severity: Severity;
  message: string;
  code: string;
  fixes?: CodeFix[];
  /** How the editor marks the span besides its squiggle: `deprecated` strikes it through (Core.V1.Revisions). */
  tags?: DiagnosticTag[];
}

export type DiagnosticTag = 'deprecated';

/** Applies a fix's edits to a text (last edit first, so earlier offsets stay valid). For tests and the CLI. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}
