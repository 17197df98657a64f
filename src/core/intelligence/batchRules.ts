import type { Node } from 'jsonc-parser';
import { objectRoot } from './bodyTree';
import type { PreparedBody } from './bodyText';
import { rootProperties, spanOf } from './jsonEdits';
import type { CodeFix, GraphDiagnostic } from './types';
import { l10n } from '../text/l10n';

/** concepts/json-batching.md: "JSON batch requests are currently limited to 20 individual requests". */
export const MAX_BATCH_REQUESTS = 20;
const MIN_PREFIX = 'https://graph.microsoft.com/';

const str = (n: Node | undefined): string | undefined => n?.type === 'string' && typeof n.value === 'string' ? n.value : undefined;

/**
 * A JSON batch (`POST /$batch`, concepts/json-batching.md): each of its `requests` is checked as the request it stands
 * for: its `method` and relative `url` against the route table and the v1.0 metadata, its JSON `body` against the
 * schema of what it addresses (the same rules as a request of its own, each problem placed in the batch body and named
 * by the request's id). And what the batch itself needs: an id, a method and a url on each request, ids unique,
 * `dependsOn` naming ids of the batch, at most 20 requests.
 */
export function batchDiagnostics(prepared: PreparedBody, version: string, validateInner: (text: string) => GraphDiagnostic[]): GraphDiagnostic[] {
  const root = objectRoot(prepared);
  const requests = root && rootProperties(root).get('requests')?.children?.[1];
  if (requests?.type !== 'array') return [];
  const base = prepared.offset;
  const out: GraphDiagnostic[] = [];
  const items = (requests.children ?? []).filter(n => n.type === 'object');
  if (items.length > MAX_BATCH_REQUESTS) {
    out.push({ span: spanOf(requests, base), severity: 'error', code: 'graph.batch.tooMany', message: l10n.t('A JSON batch holds at most {0} requests; this one has {1} (docs: concepts/json-batching.md).', MAX_BATCH_REQUESTS, items.length) });
  }
  const ids = new Map<string, Node>();
  for (const item of items) {
    const props = rootProperties(item);
    const id = str(props.get('id')?.children?.[1]);
    const missing = ['id', 'method', 'url'].filter(n => !str(props.get(n)?.children?.[1]));
    if (missing.length) {
      out.push({ span: { start: base + item.offset, end: base + item.offset + 1 }, severity: 'error', code: 'graph.batch.request', message: l10n.t('Each request of a JSON batch has a string id, method and url (docs: concepts/json-batching.md): {0} missing.', missing.join(', ')) });
    }
    if (id !== undefined) {
      if (ids.has(id)) out.push({ span: spanOf(props.get('id')!.children![1], base), severity: 'error', code: 'graph.batch.duplicateId', message: l10n.t("Two requests of this batch have the id '{0}': each id names one request (docs: concepts/json-batching.md).", id) });
      else ids.set(id, item);
    }
  }
  for (const [i, item] of items.entries()) {
    const props = rootProperties(item);
    const depends = props.get('dependsOn')?.children?.[1];
    for (const d of depends?.type === 'array' ? depends.children ?? [] : []) {
      const target = str(d);
      if (target !== undefined && !ids.has(target)) out.push({ span: spanOf(d, base), severity: 'error', code: 'graph.batch.dependsOn', message: l10n.t("dependsOn names '{0}', which is no request id of this batch.", target) });
    }
    // Past Graph's 20 (already an error), the requests are not checked one by one: a hostile body of thousands costs nothing more.
    if (i < MAX_BATCH_REQUESTS) out.push(...innerRequest(props, version, base, prepared.json, validateInner));
    const noContentType = bodyWithoutContentType(props, base, prepared.json);
    if (noContentType) out.push(noContentType);
  }
  return out;
}

/**
 * A request of the batch with a body and no Content-Type in its headers. concepts/json-batching.md: `headers` is
 * optional, but required when a body is given, and must then hold the body's Content-Type (its example's PATCH /me
 * sends `"headers": { "Content-Type": "application/json" }`). The fix adds it, in the headers or as a headers object.
 */
function bodyWithoutContentType(props: Map<string, Node>, base: number, json: string): GraphDiagnostic | undefined {
  const body = props.get('body');
  if (!body?.children?.[1]) return undefined;
  const headers = props.get('headers')?.children?.[1];
  const named = headers?.type === 'object' && (headers.children ?? []).some(p => str(p.children?.[0])?.toLowerCase() === 'content-type');
  if (named) return undefined;
  const key = body.children[0];
  const id = str(props.get('id')?.children?.[1]) ?? '?';
  // The body is JSON unless it is a string (a base64 image, per the docs): application/json is the fix for the first.
  const isJson = body.children[1].type === 'object' || body.children[1].type === 'array';
  const lineStart = json.lastIndexOf('\n', body.offset - 1) + 1;
  const indent = /^[ \t]*/.exec(json.slice(lineStart, body.offset))![0];
  const edit = headers?.type === 'object'
    ? { span: { start: base + headers.offset + 1, end: base + headers.offset + 1 }, newText: headers.children?.length ? ' "Content-Type": "application/json",' : ' "Content-Type": "application/json" ' }
    : { span: { start: base + body.offset, end: base + body.offset }, newText: `"headers": { "Content-Type": "application/json" },\n${indent}` };
  return {
    span: spanOf(key, base), severity: 'error', code: 'graph.batch.contentType',
    message: l10n.t('Batch request {0}: a request with a body names its Content-Type in headers (docs: concepts/json-batching.md).', id),
    ...(isJson ? { fixes: [{ title: l10n.t('Add Content-Type: {0}', 'application/json'), edits: [edit], isPreferred: true }] } : {}),
  };
}

/** One request of the batch, validated as `METHOD https://graph.microsoft.com/<version><url>`, its problems mapped back. */
function innerRequest(props: Map<string, Node>, version: string, base: number, json: string, validateInner: (text: string) => GraphDiagnostic[]): GraphDiagnostic[] {
  const methodNode = props.get('method')?.children?.[1], urlNode = props.get('url')?.children?.[1];
  const method = str(methodNode), url = str(urlNode);
  if (!method || !url || /^[a-z]+:\/\//i.test(url) || json.slice(urlNode!.offset + 1, urlNode!.offset + urlNode!.length - 1) !== url) return [];
  const id = str(props.get('id')?.children?.[1]) ?? '?';
  const head = `${method} ${MIN_PREFIX}${version}${url.startsWith('/') ? '' : '/'}`;
  const headers = props.get('headers')?.children?.[1];
  const headerLines = headers?.type === 'object' ? (headers.children ?? []).map(p => [str(p.children?.[0]), str(p.children?.[1])]).filter(([k, v]) => k && v !== undefined).map(([k, v]) => `${k}: ${v}`) : [];
  const bodyNode = props.get('body')?.children?.[1];
  const bodyText = bodyNode?.type === 'object' || bodyNode?.type === 'array' ? json.slice(bodyNode.offset, bodyNode.offset + bodyNode.length) : undefined;
  // A batch body needs no Content-Type of its own for the check; JSON is what it holds.
  if (bodyText !== undefined && !headerLines.some(h => /^content-type:/i.test(h))) headerLines.push('Content-Type: application/json');
  const before = `${head}${url}\n${headerLines.map(h => `${h}\n`).join('')}\n`;
  const text = bodyText === undefined ? `${head}${url}\n` : `${before}${bodyText}\n`;
  const urlStart = head.length, urlEnd = head.length + url.length, bodyStart = before.length;
  const outerUrl = base + urlNode!.offset + 1;
  const map = (o: number): number | undefined => {
    if (o >= urlStart && o <= urlEnd) return outerUrl + (o - urlStart);
    if (bodyText !== undefined && o >= bodyStart && o <= bodyStart + bodyText.length) return base + bodyNode!.offset + (o - bodyStart);
    return undefined;
  };
  const out: GraphDiagnostic[] = [];
  for (const d of validateInner(text)) {
    if (d.code === 'graph.body.missing' && bodyText === undefined && bodyNode) continue; // a non-JSON (base64) body
    const start = map(d.span.start), end = map(d.span.end);
    const span = start !== undefined && end !== undefined && end >= start ? { start, end } : start !== undefined ? { start, end: start } : spanOf(urlNode!, base);
    const fixes = (d.fixes ?? []).map(f => {
      const edits = f.edits.map(e => { const s = map(e.span.start), t = map(e.span.end); return s !== undefined && t !== undefined ? { span: { start: s, end: t }, newText: e.newText } : undefined; });
      return edits.every(Boolean) ? { ...f, edits: edits as CodeFix['edits'] } : undefined;
    }).filter((f): f is CodeFix => !!f);
    out.push({ ...d, span, message: l10n.t('Batch request {0}: {1}', id, d.message), fixes: fixes.length ? fixes : undefined });
  }
  return out;
}
