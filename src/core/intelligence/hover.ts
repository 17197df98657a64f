import type { Span } from '../text/lineIndex';
import { loadRouteTable } from '../graph/routes';
import { bodyPropertyAt } from './bodyCompletion';
import { findRequestTarget } from './requestTarget';
import { operationMarkdown, propertyMarkdown } from './hoverText';
import type { IntelligenceOptions } from './completion';

export interface GraphHover { markdown: string; span: Span }

/**
 * Hover at `offset`: on the request line, the operation (summary, success status, least-privileged
 * delegated and application permissions, beta-only note); on a body property, its type, required or
 * read-only, and what its enum values mean.
 */
export function getHover(text: string, offset: number, options: IntelligenceOptions = {}): GraphHover | undefined {
  const table = options.table ?? loadRouteTable();
  const target = findRequestTarget(text, offset, table, options.environment);
  if (!target) return undefined;
  const { request, analysis } = target;
  if (offset >= request.requestLineSpan.start && offset <= request.requestLineSpan.end) {
    const match = analysis.match;
    return match ? { markdown: operationMarkdown(match.route, match.operation, request.method), span: request.requestLineSpan } : undefined;
  }
  const body = target.body, schema = target.bodySchema;
  if (!body || !schema || offset < body.offset) return undefined;
  const at = bodyPropertyAt(body.json, offset - body.offset, schema);
  if (!at) return undefined;
  const { name, schema: s, node } = at;
  let markdown = propertyMarkdown(name, s, at.required, at.owner);
  const prop = node.parent!;
  const meaning = node === prop.children![1] && typeof node.value === 'string' && Object.hasOwn(s['x-enumDescriptions'] ?? {}, node.value) ? s['x-enumDescriptions'][node.value] : undefined;
  if (meaning) markdown = `\`${node.value}\`: ${meaning}\n\n${markdown}`;
  return { markdown, span: { start: body.offset + node.offset, end: body.offset + node.offset + node.length } };
}
