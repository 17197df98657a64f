import { LineIndex } from '../text/lineIndex';
import type { RouteTable } from '../graph/types';
import { loadRouteTable } from '../graph/routes';
import { VariableResolver } from '../http/variables';
import type { GraphCompletion } from './completionTypes';
import { findRequestTarget, type RequestTarget } from './requestTarget';
import { bodyCompletions, skeletonCompletion } from './bodyCompletion';
import { urlCompletions } from './urlCompletion';
import { itemPropertyCompletions } from './connectorCompletion';

export type { GraphCompletion, CompletionKind } from './completionTypes';

export interface IntelligenceOptions { table?: RouteTable; environment?: Record<string, string> }

const METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'];

function methodCompletions(target: RequestTarget | undefined, replace: { start: number; end: number }): GraphCompletion[] {
  const route = target?.analysis.match?.route;
  return METHODS.map((m, i) => {
    const op = route?.operations.find(o => o.method === m);
    const item: GraphCompletion = { label: m, kind: 'method', insertText: m, replaceSpan: replace, sortText: `${route && !op ? 1 : 0}${i}` };
    if (op) item.detail = op.summary;
    return item;
  });
}

/**
 * Completions at `offset` of a `.http` document: HTTP methods at the start of a request line, URL
 * segments from the route table, and in a JSON body the properties (required first), enum values,
 * `@odata.type` and `@odata.id` skeletons of the schema the request addresses. Synchronous and pure.
 */
export function getCompletions(text: string, offset: number, options: IntelligenceOptions = {}): GraphCompletion[] {
  const table = options.table ?? loadRouteTable();
  const index = new LineIndex(text);
  const pos = index.positionAt(offset);
  const lineStart = index.lineStart(pos.line);
  const before = text.slice(lineStart, offset);
  const target = findRequestTarget(text, offset, table, options.environment);
  const word = before.slice(trailingLettersStart(before)); // not /[A-Za-z]*$/: quadratic on a long word before a space
  if (/^\s*[A-Za-z]*$/.test(before) && (!target || pos.line <= target.request.requestLine)) {
    const end = offset + /^[A-Za-z]*/.exec(text.slice(offset))![0].length;
    return methodCompletions(target, { start: offset - word.length, end });
  }
  if (!target) return [];
  const { request } = target;
  if (pos.line === request.requestLine && offset >= request.urlSpan.start) {
    const rawBefore = text.slice(request.urlSpan.start, offset);
    const fileVariables = Object.fromEntries(target.file.variables.map(v => [v.name, v.value]));
    const substituted = new VariableResolver({ fileVariables, environment: options.environment }).substitute(rawBefore).text;
    const partial = rawBefore.slice(rawBefore.lastIndexOf('/') + 1);
    const after = /^[^/?#\s]*/.exec(text.slice(offset))![0];
    return urlCompletions(table, substituted, { start: offset - partial.length, end: offset + after.length }, offset);
  }
  const body = target.body;
  if (body && offset >= body.offset && offset <= request.body!.span.end) {
    const itemProperties = itemPropertyCompletions(text, offset, target, table, options.environment);
    if (itemProperties) return itemProperties;
  }
  const schema = target.bodySchema;
  if (!schema) return [];
  if (body && offset >= body.offset && offset <= request.body!.span.end) return bodyCompletions(body.json, offset - body.offset, body.offset, schema);
  const headerEnd = Math.max(request.requestLine, ...request.urlParts.map(p => p.line), ...request.headers.map(h => h.line));
  if (!body && pos.line > headerEnd + 1 && text.slice(lineStart, index.lineEnd(pos.line)).trim() === '') return [skeletonCompletion(schema)];
  return [];
}

function trailingLettersStart(s: string): number {
  let i = s.length;
  while (i > 0 && /[A-Za-z]/.test(s[i - 1])) i--;
  return i;
}
