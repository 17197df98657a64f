import type { Span } from '../text/lineIndex';
import type { FileVariable, HttpHeader, HttpRequest, ParseProblem, RequestSettings, UrlPart } from './types';
import { isBlank, trimmedSpan, type SourceLine } from './lines';
import { COMMENT, CURL_COMMAND, HEADER_NAME, QUERY_CONTINUATION, REQUEST_NAME, STATUS_LINE, splitRequestSetting, splitFileVariable, splitRequestLine } from './lineKinds';
import { parseCurlCommand } from './curlCommand';
import { hasWhitespaceOutsideVariables, withoutArgumentSpaces } from './urlText';
import { l10n } from '../text/l10n';

/** What one `###`-delimited region yields: at most one request, plus the file variables written in it. */
export interface RegionResult { request?: HttpRequest; variables: FileVariable[] }

/**
 * Parses the lines `first..last` (inclusive) of one region. Order inside a region, as in REST Client:
 * comments / `# @name` / `@var = value` / blank lines, then the request line, `?`/`&` continuations,
 * headers up to the first blank line, then the body up to the region's end. As in REST Client, every `#` and
 * `//` line of the block is a comment, in the body too (the body keeps its text; bodyLines() drops them).
 * A region that starts with a status line is a pasted response, and `curl ...` is read as cURL.
 */
export function parseRegion(text: string, lines: SourceLine[], first: number, last: number, index: number): RegionResult {
  const variables: FileVariable[] = [];
  let name: { name: string; span: Span } | undefined;
  const settings: RequestSettings = {};
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
    const setting = splitRequestSetting(raw);
    if (setting) { addSetting(settings, setting.name, setting.rest); continue; }
    if (COMMENT.test(raw)) continue;
    const variable = parseFileVariable(raw, line, i);
    if (variable) { variables.push(variable); continue; }
    break;
  }
  if (i > last) return { variables };
  if (STATUS_LINE.test(text.slice(lines[i].start, lines[i].end))) return { variables };

  const curl = CURL_COMMAND.test(text.slice(lines[i].start, lines[i].end));
  const request = curl ? parseCurlRegion(text, lines, i, last, index) : parseRequestLine(text, lines, i, index);
  if (name) { request.name = name.name; request.nameSpan = name.span; }
  if (Object.keys(settings).length) request.settings = settings;
  request.span = { start: lines[first].start, end: lines[last].end };
  request.startLine = first;
  request.endLine = last;
  if (curl) return { request, variables };

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
  if (!url) problems.push({ code: 'http.missingUrl', message: l10n.t('Request line "{0}" has no URL.', raw), span: trimmed, severity: 'error' });
  else if (hasWhitespaceOutsideVariables(withoutArgumentSpaces(url.split('?')[0]))) { // spaces in the query are encoded when sending, as REST Client does
    problems.push({ code: 'http.urlWhitespace', message: l10n.t('The URL contains spaces; encode them (%20) or check for stray text.'), span: urlSpan, severity: 'warning' });
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
    if (COMMENT.test(piece) && !QUERY_CONTINUATION.test(piece)) continue;
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
    if ('problem' in header && /^(?:\[|\{(?!\{))/.test(raw)) {
      // JSON where headers are read: the body, with no blank line above it (extensibility-schema-groups.md's steps 2
      // and 3). One problem for the block, not one per line; every line down to the next blank one is read as a header.
      let end = i;
      while (end < last && trimmedSpan(text, lines[end + 1]).start !== trimmedSpan(text, lines[end + 1]).end) end++;
      request.problems.push({
        code: 'http.bodyWithoutBlankLine', severity: 'error', span: { start: line.start, end: trimmedSpan(text, lines[end]).end },
        message: l10n.t('This looks like the body, but no blank line separates it from the headers, so these lines are read as headers and nothing is sent as the body. Add a blank line above it.'),
      });
      i = end;
      continue;
    }
    if ('problem' in header) request.problems.push(header.problem);
    else request.headers.push(header);
  }
  return i;
}

function parseHeader(raw: string, t: Span, line: number): HttpHeader | { problem: ParseProblem } {
  const colon = raw.indexOf(':');
  if (colon < 0) {
    return { problem: { code: 'http.badHeader', message: l10n.t('"{0}" is not a header (expected "Name: value"). Is a blank line missing before the body?', raw), span: t, severity: 'error' } };
  }
  const name = raw.slice(0, colon).trimEnd();
  if (!HEADER_NAME.test(name)) {
    return { problem: { code: 'http.badHeaderName', message: l10n.t('"{0}" is not a valid header name. Is a blank line missing before the body?', name), span: t, severity: 'error' } };
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

/** The body: from its first to its last line that is neither blank nor a comment, so trailing blank lines are not sent. */
function readBody(text: string, lines: SourceLine[], i: number, last: number, request: HttpRequest): void {
  const skip = (n: number) => isBlank(text, lines[n]) || COMMENT.test(text.slice(lines[n].start, lines[n].end));
  while (i <= last && skip(i)) i++;
  let end = last;
  while (end >= i && skip(end)) end--;
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


function addSetting(settings: RequestSettings, name: string, rest: string | undefined): void {
  if (name === 'note') settings.note = rest ?? '';
  else if (name === 'no-redirect') settings.noRedirect = true;
  else if (name === 'no-cookie-jar') settings.noCookieJar = true;
  else if (rest) {
    const space = rest.search(/\s/);
    const name = space < 0 ? rest : rest.slice(0, space);
    const description = space < 0 ? '' : rest.slice(space).trim();
    (settings.prompts ??= []).push({ name, ...(description ? { description } : {}) });
  }
}

/** `curl ...` up to the region's end (comment lines dropped): method, URL, headers and body from its options. */
function parseCurlRegion(text: string, lines: SourceLine[], i: number, last: number, index: number): HttpRequest {
  const kept = lines.slice(i, last + 1).filter(l => !COMMENT.test(text.slice(l.start, l.end)));
  const start = lines[i].start;
  const curl = parseCurlCommand(joinContinuations(text, kept, start));
  const line = trimmedSpan(text, lines[i]);
  const urlSpan = curl.urlOffset !== undefined ? { start: start + curl.urlOffset, end: start + curl.urlOffset + curl.url.length } : line;
  const headers: HttpHeader[] = curl.headers.map(h => ({ name: h.name, value: h.value, line: i, span: line, nameSpan: line, valueSpan: line }));
  const lastLine = kept[kept.length - 1] ?? lines[i];
  const request: HttpRequest = {
    index, method: curl.method, url: curl.url, urlParts: [{ text: curl.url, offset: urlSpan.start, line: i }], urlSpan, curl: true,
    requestLine: i, requestLineSpan: line, headers,
    span: line, startLine: i, endLine: last, problems: curl.url ? [] : [{ code: 'http.missingUrl', message: l10n.t('This curl command has no URL.'), span: line, severity: 'error' }],
  };
  if (curl.body !== undefined) request.body = { text: curl.body, span: { start: line.start, end: lastLine.end }, startLine: i, endLine: last };
  return request;
}

/** The command's lines joined by their line breaks, blank padding keeping every word at its document offset. */
function joinContinuations(text: string, kept: SourceLine[], start: number): string {
  let command = '';
  for (const l of kept) {
    if (command) command += '\n';
    command = command.padEnd(l.start - start, ' ') + text.slice(l.start, l.end);
  }
  return command;
}
