import type { Span } from '../text/lineIndex';
import type { FileVariable, HttpHeader, HttpRequest, ParseProblem, UrlPart } from './types';
import { isBlank, trimmedSpan, type SourceLine } from './lines';
import { COMMENT, HEADER_NAME, QUERY_CONTINUATION, REQUEST_NAME, splitFileVariable, splitRequestLine } from './lineKinds';

/** What one `###`-delimited region yields: at most one request, plus the file variables written in it. */
export interface RegionResult { request?: HttpRequest; variables: FileVariable[] }

/**
 * Parses the lines `first..last` (inclusive) of one region. Order inside a region, as in REST Client:
 * comments / `# @name` / `@var = value` / blank lines, then the request line, `?`/`&` continuations,
 * headers up to the first blank line, then the body up to the region's end.
 */
export function parseRegion(text: string, lines: SourceLine[], first: number, last: number, index: number): RegionResult {
  const variables: FileVariable[] = [];
  let name: { name: string; span: Span } | undefined;
  let i = first;
  for (; i <= last; i++) {
    const line = lines[i];
    if (isBlank(text, line)) continue;
    const raw = text.slice(line.start, line.end);
    const named = REQUEST_NAME.exec(raw);
    if (named) {
      const at = line.start + raw.lastIndexOf(named[1]);
      name = { name: named[1], span: { start: at, end: at + named[1].length } };
      continue;
    }
    if (COMMENT.test(raw)) continue;
    const variable = parseFileVariable(raw, line, i);
    if (variable) { variables.push(variable); continue; }
    break;
  }
  if (i > last) return { variables };

  const request = parseRequestLine(text, lines, i, index);
  if (name) { request.name = name.name; request.nameSpan = name.span; }
  request.span = { start: lines[first].start, end: lines[last].end };
  request.startLine = first;
  request.endLine = last;

  i = readQueryContinuations(text, lines, i + 1, last, request);
  i = readHeaders(text, lines, i, last, request, variables);
  readBody(text, lines, i, last, request);
  return { request, variables };
}

function parseRequestLine(text: string, lines: SourceLine[], lineNo: number, index: number): HttpRequest {
  const trimmed = trimmedSpan(text, lines[lineNo]);
  const raw = text.slice(trimmed.start, trimmed.end);
  const { method, gap, url, version } = splitRequestLine(raw);
  const urlStart = trimmed.start + (method?.length ?? 0) + gap.length;
  const urlSpan = { start: urlStart, end: urlStart + url.length };
  const problems: ParseProblem[] = [];
  if (!url) problems.push({ code: 'http.missingUrl', message: `Request line "${raw}" has no URL.`, span: trimmed, severity: 'error' });
  else if (/\s/.test(url)) {
    problems.push({ code: 'http.urlWhitespace', message: 'The URL contains spaces; encode them (%20) or check for stray text.', span: urlSpan, severity: 'warning' });
  }
  const urlParts: UrlPart[] = url ? [{ text: url, offset: urlStart, line: lineNo }] : [];
  return {
    index, method: method ? method.toUpperCase() : 'GET', url, urlParts, urlSpan,
    methodSpan: method ? { start: trimmed.start, end: trimmed.start + method.length } : undefined,
    httpVersion: version, requestLine: lineNo, requestLineSpan: trimmed, headers: [],
    span: trimmed, startLine: lineNo, endLine: lineNo, problems,
  };
}

function readQueryContinuations(text: string, lines: SourceLine[], i: number, last: number, request: HttpRequest): number {
  for (; i <= last; i++) {
    const t = trimmedSpan(text, lines[i]);
    const piece = text.slice(t.start, t.end);
    if (!QUERY_CONTINUATION.test(piece)) break;
    request.urlParts.push({ text: piece, offset: t.start, line: i });
    request.url += piece;
  }
  return i;
}

/** Headers run to the first blank line. Comments and `@var` lines are allowed among them, as REST Client does. */
function readHeaders(text: string, lines: SourceLine[], i: number, last: number, request: HttpRequest, variables: FileVariable[]): number {
  for (; i <= last; i++) {
    const line = lines[i];
    const t = trimmedSpan(text, line);
    if (t.start === t.end) return i + 1;
    const raw = text.slice(t.start, t.end);
    if (COMMENT.test(raw)) continue;
    const variable = parseFileVariable(text.slice(line.start, line.end), line, i);
    if (variable) { variables.push(variable); continue; }
    const header = parseHeader(raw, t, i);
    if ('problem' in header) request.problems.push(header.problem);
    else request.headers.push(header);
  }
  return i;
}

function parseHeader(raw: string, t: Span, line: number): HttpHeader | { problem: ParseProblem } {
  const colon = raw.indexOf(':');
  if (colon < 0) {
    return { problem: { code: 'http.badHeader', message: `"${raw}" is not a header (expected "Name: value"). Is a blank line missing before the body?`, span: t, severity: 'error' } };
  }
  const name = raw.slice(0, colon).trimEnd();
  if (!HEADER_NAME.test(name)) {
    return { problem: { code: 'http.badHeaderName', message: `"${name}" is not a valid header name. Is a blank line missing before the body?`, span: t, severity: 'error' } };
  }
  const afterColon = raw.slice(colon + 1);
  const value = afterColon.trim();
  const valueStart = t.start + colon + 1 + (afterColon.length - afterColon.trimStart().length);
  return {
    name, value, line, span: t,
    nameSpan: { start: t.start, end: t.start + name.length },
    valueSpan: { start: valueStart, end: valueStart + value.length },
  };
}

/** The body: from its first non-blank line to its last non-blank line, so trailing blank lines are not sent. */
function readBody(text: string, lines: SourceLine[], i: number, last: number, request: HttpRequest): void {
  while (i <= last && isBlank(text, lines[i])) i++;
  let end = last;
  while (end >= i && isBlank(text, lines[end])) end--;
  if (i > end) return;
  const span = { start: lines[i].start, end: lines[end].end };
  request.body = { text: text.slice(span.start, span.end), span, startLine: i, endLine: end };
}

function parseFileVariable(raw: string, line: SourceLine, lineNo: number): FileVariable | undefined {
  const m = splitFileVariable(raw);
  if (!m) return undefined;
  const { name, value } = m;
  const nameStart = line.start + raw.indexOf('@') + 1;
  const afterEquals = raw.indexOf('=', nameStart - line.start + name.length) + 1;
  const valueStart = line.start + afterEquals + (raw.length - afterEquals - raw.slice(afterEquals).trimStart().length);
  const lead = raw.length - raw.trimStart().length;
  return {
    name, value, line: lineNo,
    span: { start: line.start + lead, end: line.start + raw.trimEnd().length },
    nameSpan: { start: nameStart, end: nameStart + name.length },
    valueSpan: { start: valueStart, end: valueStart + value.length },
  };
}

