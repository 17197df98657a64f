import type { Span } from '../text/lineIndex';
import type { FileVariable, HttpHeader, HttpRequest, ParseProblem, UrlPart } from './types';

/**
 * A parsed request moved `by` characters, `lines` lines and `index` places, as it is after an edit above it: every
 * offset, line number and index of HttpRequest's fields (types.ts); the texts stay as they are. The incremental
 * parse's property test compares the result with a fresh parse, field by field, so a field added to the types
 * and not shifted here fails it.
 */
export function shiftRequest(r: HttpRequest, by: number, lines: number, index: number): HttpRequest {
  const out: HttpRequest = {
    ...r,
    index: r.index + index,
    urlParts: r.urlParts.map((p): UrlPart => ({ text: p.text, offset: p.offset + by, line: p.line + lines })),
    urlSpan: span(r.urlSpan, by),
    requestLine: r.requestLine + lines,
    requestLineSpan: span(r.requestLineSpan, by),
    headers: r.headers.map((h): HttpHeader => ({ ...h, line: h.line + lines, span: span(h.span, by), nameSpan: span(h.nameSpan, by), valueSpan: span(h.valueSpan, by) })),
    span: span(r.span, by),
    startLine: r.startLine + lines,
    endLine: r.endLine + lines,
    problems: r.problems.map(p => shiftProblem(p, by)),
  };
  if (r.nameSpan) out.nameSpan = span(r.nameSpan, by);
  if (r.methodSpan) out.methodSpan = span(r.methodSpan, by);
  if (r.body) out.body = { text: r.body.text, span: span(r.body.span, by), startLine: r.body.startLine + lines, endLine: r.body.endLine + lines };
  return out;
}

export function shiftVariable(v: FileVariable, by: number, lines: number): FileVariable {
  return { ...v, line: v.line + lines, span: span(v.span, by), nameSpan: span(v.nameSpan, by), valueSpan: span(v.valueSpan, by) };
}

function shiftProblem(p: ParseProblem, by: number): ParseProblem {
  return { ...p, span: span(p.span, by) };
}

function span(s: Span, by: number): Span {
  return { start: s.start + by, end: s.end + by };
}
