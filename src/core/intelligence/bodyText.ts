import type { Span } from '../text/lineIndex';
import type { HttpRequest } from '../http/types';
import { findVariableReferences } from '../http/variables';
import type { GraphDiagnostic } from './types';
import { l10n } from '../text/l10n';

/** The JSON part of a body, ready for the JSON service, and what was done to get it. */
export interface PreparedBody {
  /** JSON text: the body minus stray header lines, with unquoted `{{var}}`s replaced by same-length `0   `. */
  json: string;
  /** Document offset of json[0]. */
  offset: number;
  /** Document spans of unquoted `{{var}}`s: every diagnostic touching one is dropped (its value is unknown). */
  opaque: Span[];
  /** Document spans of strings holding a `{{var}}`: their content is unknown (no enum/pattern/format checks). */
  variableStrings: Span[];
  diagnostics: GraphDiagnostic[];
}

const HEADER_LIKE = /^[A-Za-z][A-Za-z0-9-]*:[ \t]*\S/;

/**
 * Lines like `Content-Type: application/json` at the top of a body were meant as headers; a blank line
 * above them (as in some docs examples) turned them into body text.
 */
function strayHeaderLines(request: HttpRequest, docText: string): { diagnostic?: GraphDiagnostic; jsonStart: number } {
  const body = request.body!;
  const text = body.text;
  let pos = 0;
  let lastEnd = -1;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const line = text.slice(pos, nl < 0 ? text.length : nl).replace(/\r$/, '');
    const next = nl < 0 ? text.length : nl + 1;
    if (line.trim() === '') { if (lastEnd < 0) break; pos = next; continue; }
    if (!HEADER_LIKE.test(line)) break;
    lastEnd = body.span.start + pos + line.length;
    pos = next;
  }
  // Only when JSON follows: a body that is all `key: value` lines may be deliberate text.
  if (lastEnd < 0 || !/^\s*[{[]/.test(text.slice(pos))) return { jsonStart: body.span.start };
  const at = body.span.start + pos;
  const prevEnd = Math.max(request.requestLineSpan.end, ...request.urlParts.map(p => p.offset + p.text.length), ...request.headers.map(h => h.span.end));
  const gap = docText.slice(prevEnd, body.span.start);
  const lineBreak = gap.startsWith('\r\n') ? '\r\n' : '\n';
  return {
    jsonStart: at,
    diagnostic: {
      span: { start: body.span.start, end: lastEnd }, severity: 'error', code: 'graph.body.headersAfterBlankLine',
      message: l10n.t('These lines look like headers, but the blank line above them ended the headers, so they would be sent as body text. Remove the blank line.'),
      fixes: [{ title: l10n.t('Remove the blank line before the headers'), edits: [{ span: { start: prevEnd, end: body.span.start }, newText: lineBreak }], isPreferred: true }],
    },
  };
}

/** Marks `{{var}}`s inside JSON strings vs. outside them with a small scan (strings cannot span lines in JSON). */
function variableSpans(json: string, offset: number): { opaque: Span[]; variableStrings: Span[]; replaced: string } {
  const opaque: Span[] = [], variableStrings: Span[] = [];
  if (!json.includes('{{')) return { opaque, variableStrings, replaced: json };
  // The strings, in order, as [start, end) pairs (a string ends at its closing quote or, unterminated, at the line's end).
  const strings: number[] = [];
  let inString = -1;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString >= 0) {
      if (c === 92) { i++; continue; }
      if (c === 34 || c === 10) { strings.push(inString, i + 1); inString = -1; }
    } else if (c === 34) inString = i;
  }
  const parts: string[] = [];
  let copied = 0; // pieces joined once: re-slicing the whole body per variable was quadratic
  let k = 0; // the references come in order, so one pass over the strings finds each one's
  for (const ref of findVariableReferences(json)) {
    while (k < strings.length && strings[k + 1] <= ref.span.start) k += 2;
    if (k < strings.length && strings[k] <= ref.span.start) variableStrings.push({ start: offset + strings[k], end: offset + strings[k + 1] });
    else {
      opaque.push({ start: offset + ref.span.start, end: offset + ref.span.end });
      parts.push(json.slice(copied, ref.span.start), '0'.padEnd(ref.span.end - ref.span.start));
      copied = ref.span.end;
    }
  }
  parts.push(json.slice(copied));
  return { opaque, variableStrings, replaced: parts.join('') };
}

/** Deeper bodies would overflow the stack of the JSON parsers; no Graph body comes anywhere near this. */
export const MAX_BODY_DEPTH = 256;

/** Deepest `{`/`[` nesting outside strings, stopping early once past `limit`. */
export function nestingDepth(json: string, limit = MAX_BODY_DEPTH): number {
  let depth = 0, max = 0, inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;                 // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) { if (++depth > max && (max = depth) > limit) return max; }
    else if (c === 125 || c === 93) depth--;
  }
  return max;
}

/**
 * The request's body ready for the JSON checks. `memo`: one validation pass's bodies, so the connector facts, the
 * validation and the body rules of that pass prepare (and parse, bodyTree.ts) each body once; it dies with the pass,
 * and with it every body's parse tree (kept longer, they were kept as long as the parse they came from, and cost
 * major collections). `docText` is the text the request was parsed from.
 */
export function prepareBody(request: HttpRequest, docText: string, memo?: Map<HttpRequest, PreparedBody>): PreparedBody | undefined {
  if (!request.body) return undefined;
  let prepared = memo?.get(request);
  if (!prepared) {
    prepared = prepareBodyOnce(request, docText);
    memo?.set(request, prepared);
  }
  return prepared;
}

function prepareBodyOnce(request: HttpRequest, docText: string): PreparedBody {
  const stray = strayHeaderLines(request, docText);
  const raw = blankCommentLines(docText.slice(stray.jsonStart, request.body!.span.end));
  if (nestingDepth(raw) > MAX_BODY_DEPTH) {
    // Blank JSON (same length, so offsets still line up): nothing downstream parses it.
    return {
      json: raw.replace(/[^\r\n]/g, ' '), offset: stray.jsonStart, opaque: [], variableStrings: [],
      diagnostics: [{ span: { start: stray.jsonStart, end: stray.jsonStart + 1 }, severity: 'error', code: 'graph.body.tooDeep', message: l10n.t('The body nests deeper than {0} levels; it is not validated.', MAX_BODY_DEPTH) }],
    };
  }
  const vars = variableSpans(canonicalNamespace(raw), stray.jsonStart);
  return {
    json: vars.replaced, offset: stray.jsonStart, opaque: vars.opaque, variableStrings: vars.variableStrings,
    diagnostics: stray.diagnostic ? [stray.diagnostic] : [],
  };
}

const ODATA_TYPE_NAMESPACE = /("@odata\.type"\s*:\s*"#?)(microsoft\.graph\.)/gi;

/**
 * `"@odata.type": "#Microsoft.Graph.channel"` read as `#microsoft.graph.channel` (same length, so offsets line up).
 * Sources conflict: OData's CSDL says names are case-sensitive, but Graph's own docs send the namespace capitalized and
 * show the answer (channel-post.md, private channel: `#Microsoft.Graph.channel`, 201 Created), and nested values were
 * already read either way. Only the namespace: the type's own name keeps its case.
 */
function canonicalNamespace(json: string): string {
  if (!json.includes('@odata.type') || !/"#?microsoft\.graph\./i.test(json)) return json;
  return json.replace(ODATA_TYPE_NAMESPACE, (_, head: string, ns: string) => head + (ns === 'microsoft.graph.' ? ns : 'microsoft.graph.'));
}

/** `#` and `//` lines are not sent (REST Client drops them), so they are blanked, same length, before JSON sees the body. */
function blankCommentLines(text: string): string {
  if (!text.includes('#') && !text.includes('//')) return text;
  return text.replace(/^[ \t]*(?:#|\/\/)[^\r\n]*/gm, line => ' '.repeat(line.length));
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end || a.start === b.start;
}
