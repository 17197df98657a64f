import { parse, type ParseError } from 'jsonc-parser';
import type { HttpRequest } from '../http/types';
import { inlineBodyBytes } from '../http/buildRequest';
import type { CodeFix, GraphDiagnostic } from './types';
import { editDistanceWithin } from '../graph/editDistance';
import { l10n } from '../text/l10n';

const JSON_MEDIA_TYPE = 'application/json';

/**
 * Whether a header name is `lower` (given in lower case), as HTTP compares them, without a lower-cased copy: these
 * checks run on every header of every request of a file opened cold.
 */
function isNamed(name: string, lower: string): boolean {
  if (name.length !== lower.length) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== lower.charCodeAt(i)) return false;
  }
  return true;
}

/** application/json and its `+json` forms, e.g. application/merge-patch+json. */
export function isJsonMediaType(mediaType: string): boolean {
  return mediaType.toLowerCase() === JSON_MEDIA_TYPE || /^application\/[\w.+-]*\+?json$/i.test(mediaType);
}

/** The media type the request's Content-Type header names (parameters dropped), unless it is missing or holds a {{variable}}. */
export function declaredMediaType(request: HttpRequest): string | undefined {
  const h = request.headers.find(x => isNamed(x.name, 'content-type'));
  if (!h || h.value === JSON_MEDIA_TYPE) return h?.value;
  return !h.value.includes('{{') ? h.value.split(';')[0].trim() || undefined : undefined;
}

/** RFC 6838 section 4.2 and IANA's media types registry: the top-level types a media type starts with. */
const TOP_LEVEL_TYPES = new Set(['application', 'audio', 'example', 'font', 'haptics', 'image', 'message', 'model', 'multipart', 'text', 'video']);

/** Whether a media type is a near-miss spelling of application/json (the App Proxy tutorial's `appplication/json`). */
const nearJson = (mediaType: string) => editDistanceWithin(mediaType.toLowerCase(), JSON_MEDIA_TYPE, 3) <= 3;

/**
 * A body that starts like JSON but is not, under a Content-Type that names another media type: teamsapp-publish sends
 * `[Zip file containing a Teams app package]` as `application/zip`, the docs' stand-in for the file's bytes. It is not
 * checked as JSON (the header is not called wrong either).
 */
export function notJsonBody(request: HttpRequest): boolean {
  if (!request.body) return false;
  const declared = declaredMediaType(request);
  if (!declared || isJsonMediaType(declared) || nearJson(declared)) return false;
  const errors: ParseError[] = [];
  parse(request.body.text, errors, { disallowComments: true, allowTrailingComma: false });
  return errors.length > 0;
}

/** The docs' bracketed stand-in for a binary body: an info that says how a .http file sends a file's bytes. */
export function binaryBodyPlaceholder(request: HttpRequest): GraphDiagnostic[] {
  const text = request.body?.text.trim() ?? '';
  if (!/^\[[^[\]{}"]{3,200}\]$/.test(text)) return [];
  const start = request.body!.span.start + request.body!.text.indexOf(text);
  return [{
    span: { start, end: start + text.length }, severity: 'info', code: 'graph.body.placeholder',
    message: l10n.t("'{0}' stands for the body's bytes ({1}): put the file there as a line '< ./path/to/file'.", text, declaredMediaType(request) ?? ''),
  }];
}

/**
 * Graph reads a JSON body only when Content-Type says `application/json`. The App Proxy tutorial's SSO step
 * sends `Content-type: appplication/json`: a near-miss spelling is an error with its fix; another media type on
 * a JSON body is a warning. Header names compare case-insensitively, as HTTP's do.
 */
export function contentTypeProblems(request: HttpRequest): GraphDiagnostic[] {
  if (!request.body || !/^\s*[{[]/.test(request.body.text)) return [];
  const out: GraphDiagnostic[] = [];
  for (const h of request.headers) {
    // `application/json` as written (most requests) is right whatever the header: no split, trim or lower-casing.
    if (h.value === JSON_MEDIA_TYPE || !isNamed(h.name, 'content-type') || h.value.includes('{{')) continue;
    const mediaType = h.value.split(';')[0].trim();
    if (isJsonMediaType(mediaType)) continue;
    const start = h.valueSpan.start + h.value.indexOf(mediaType);
    const span = { start, end: start + mediaType.length };
    // Not a media type at all: a near-miss of application/json (the App Proxy tutorial's `appplication/json`), or a type
    // no registry has (the same tutorial's `appRoleAssignments/json`; RFC 6838's top-level types are these).
    if (nearJson(mediaType) || !TOP_LEVEL_TYPES.has(mediaType.split('/')[0].toLowerCase())) {
      out.push({
        span, severity: 'error', code: 'graph.header.contentType',
        message: l10n.t("'{0}' is not a media type: Graph reads this JSON body only with Content-Type {1}.", mediaType, JSON_MEDIA_TYPE),
        fixes: [{ title: l10n.t('Change to {0}', JSON_MEDIA_TYPE), edits: [{ span, newText: JSON_MEDIA_TYPE }], isPreferred: true }],
      });
    } else if (!notJsonBody(request)) {
      out.push({ span, severity: 'warning', code: 'graph.header.contentType', message: l10n.t("The body is JSON but Content-Type says '{0}': Graph expects {1}.", mediaType, JSON_MEDIA_TYPE), fixes: [{ title: l10n.t('Change to {0}', JSON_MEDIA_TYPE), edits: [{ span, newText: JSON_MEDIA_TYPE }] }] });
    }
  }
  return out;
}

/**
 * A JSON body with no Content-Type header. REST Client sends the headers the file has and no other (so do we: a
 * loopback server saw this request arrive without one), and Graph's docs pages list `Content-Type | application/json.
 * Required.` for their JSON bodies; appmanagementpolicy-update and five eDiscovery pages omit it in their examples. A
 * warning with the fix that adds the header above the blank line; none for a `curl` command (its own options decide).
 */
export function missingContentType(request: HttpRequest, docText: string): GraphDiagnostic[] {
  if (!request.body || request.curl || !/^\s*[{[]/.test(request.body.text)) return [];
  // A GET's or DELETE's body is said to go (graph.body.unexpected), not to need a header.
  if (request.method === 'GET' || request.method === 'DELETE' || request.method === 'HEAD') return [];
  if (request.headers.some(h => isNamed(h.name, 'content-type'))) return [];
  if (request.problems.some(p => p.code === 'http.bodyWithoutBlankLine')) return [];
  const { at, eol } = endOfHeaderBlock(docText, request.body.span.start);
  return [{
    span: request.methodSpan ?? request.urlSpan, severity: 'warning', code: 'graph.header.contentTypeMissing',
    message: l10n.t('This request has a JSON body but no Content-Type header: Graph reads a JSON body with Content-Type {0}, and nothing adds the header when sending.', JSON_MEDIA_TYPE),
    fixes: [{ title: l10n.t('Add Content-Type: {0}', JSON_MEDIA_TYPE), edits: [{ span: { start: at, end: at }, newText: `Content-Type: ${JSON_MEDIA_TYPE}${eol}` }], isPreferred: true }],
  }];
}

/**
 * An Authorization header whose token is a documentation placeholder (`Bearer {token}`, `Bearer <access_token>`): a
 * header the file writes is sent as written (sendGraphRequest: the user's Authorization is the user's choice), so Graph
 * answers 401. The fix removes the line: the extension and the CLI sign Graph requests in themselves.
 */
export function authorizationPlaceholder(request: HttpRequest, docText: string): GraphDiagnostic[] {
  const h = request.headers.find(x => isNamed(x.name, 'authorization'));
  if (!h || !/^Bearer\s+(\{(?!\{)[^{}]*\}|<[^<>]*>)$/i.test(h.value.trim())) return [];
  return [{
    span: h.valueSpan, severity: 'warning', code: 'graph.header.placeholder',
    message: l10n.t("'{0}' is a documentation placeholder: sent as written, Graph answers 401. Remove the header: requests are signed in with your sign-in (or write Bearer {{$aadV2Token}}).", h.value.trim()),
    fixes: [{ ...removeHeaderLine(h, docText), title: l10n.t('Remove the Authorization header') }],
  }];
}

/**
 * Where a header line goes above a body that starts at `bodyStart`: the start of the first blank line after the last
 * header (or the request line and its continuation lines), with the line break that ends that line (\r\n, \n or a
 * lone \r, as the parser reads them).
 */
function endOfHeaderBlock(text: string, bodyStart: number): { at: number; eol: string } {
  let at = bodyStart;
  while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
  const eolBefore = (i: number) => text[i - 1] === '\n' ? (text[i - 2] === '\r' ? 2 : 1) : text[i - 1] === '\r' ? 1 : 0;
  for (;;) {
    const n = eolBefore(at);
    if (!n) return { at, eol: '\n' };
    let start = at - n;
    while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    // `start` ends the previous line's text: a blank line has none (its start is right after another line break).
    if (start === 0 || !eolBefore(start)) return { at, eol: text.slice(at - n, at) };
    at = start;
  }
}

/**
 * A body with `{{variables}}`: its length is known only when sending, but not less than with every variable empty.
 * identitygovernance-lifecycleworkflowscontainer-post-workflows says `Content-length: 631` over about 1.9 KB of body
 * whose email templates hold `{{userDisplayName}}`: cut off whatever the variables hold.
 */
function atLeast(request: HttpRequest, declared: number, headers: Record<string, string>, docText: string, h: HttpRequest['headers'][number]): GraphDiagnostic[] {
  const least = inlineBodyBytes(request.body!.text.replace(/\{\{[^{}]*\}\}/g, ''), headers);
  if (least === undefined || declared >= least) return [];
  return [{
    span: h.valueSpan, severity: 'error', code: 'graph.header.contentLength',
    message: l10n.t('Content-Length says {0} bytes, but the body is at least {1} even with its {{variables}} empty: Graph would read it cut off. Remove the header; the length is computed when sending.', declared, least),
    fixes: [removeHeaderLine(h, docText)],
  }];
}

/** The fix that removes a header's whole line with its line break, so no blank line is left behind to end the headers early. */
function removeHeaderLine(h: HttpRequest['headers'][number], docText: string): CodeFix {
  // `span` is the whole header line; its line break is \r\n, \n or a lone \r (the parser reads all three).
  const lineStart = h.span.start;
  const end = h.span.end + (docText.startsWith('\r\n', h.span.end) ? 2 : docText[h.span.end] === '\n' || docText[h.span.end] === '\r' ? 1 : 0);
  return { title: l10n.t('Remove the Content-Length header'), edits: [{ span: { start: lineStart, end }, newText: '' }], isPreferred: true };
}

/**
 * A Content-Length header the body does not have: sent as written, it makes the server read a cut-off body (a loopback
 * server given `Content-Length: 5` reads `{\n  "`) or wait for bytes that never come. The docs' examples carry such
 * headers (externalconnectors-externalitem-addactivities: `Content-length: 190` over a 298-byte body). The fix removes
 * the header: the length is computed when sending.
 */
export function contentLengthProblems(request: HttpRequest, docText: string): GraphDiagnostic[] {
  const h = request.headers.find(x => isNamed(x.name, 'content-length'));
  if (!h || h.value.includes('{{') || !/^\d+$/.test(h.value.trim())) return [];
  const declared = Number(h.value.trim());
  const headers = Object.fromEntries(request.headers.map(x => [x.name, x.value]));
  const actual = request.body ? inlineBodyBytes(request.body.text, headers) : 0;
  if (actual === undefined) return request.body ? atLeast(request, declared, headers, docText, h) : [];
  if (actual === declared) return [];
  // The docs' values are the body's length with CRLF line breaks (seed 000: 162 = 156 bytes + 6 line breaks); a file
  // saved with LF sends fewer.
  const crlf = request.body && /(^|[^\r])\n/.test(request.body.text) ? inlineBodyBytes(request.body.text.replace(/\r?\n/g, '\r\n'), headers) : undefined;
  const why = crlf === declared ? ' ' + l10n.t('({0} is its length with CRLF line breaks; this file\'s are LF.)', declared) : '';
  return [{
    span: h.valueSpan, severity: 'error', code: 'graph.header.contentLength',
    message: (declared < actual
      ? l10n.t('Content-Length says {0} bytes, but the body is {1}: Graph would read it cut off. Remove the header; the length is computed when sending.', declared, actual)
      : l10n.t('Content-Length says {0} bytes, but the body is {1}: Graph would wait for bytes that never come. Remove the header; the length is computed when sending.', declared, actual)) + why,
    fixes: [removeHeaderLine(h, docText)],
  }];
}
