/**
 * Checks a JSON file the tree is about to send as a schema registration or an item, with the editor's own
 * validator (src/core/intelligence: the generated body schema of the route plus the docs rules, e.g. schema.property,
 * item.acl, item.odataTypeMarkers): the file becomes the body of the request the tree would send, in a `.http`
 * document of its own, and the problems in that body come back with the file's line and column. An item is checked
 * against the connection's registered schema too, when there is one: it goes into the same document as a
 * registration before the item (marked as the tenant's, so the messages say "registered for", not "this file registers"),
 * which is how the validator matches an item's `properties` to a schema. The validator
 * is loaded on first use (a dynamic import: in the extension it is a bundle of its own, not loaded at activation).
 */
import { graphUrls } from './graphUrls';
import type { Severity } from '../intelligence/types';
import { l10n } from '../text/l10n';

export interface BodyProblem {
  /** 1-based, in the file; 0 when the problem is about the request rather than the body. */
  line: number;
  column: number;
  severity: Severity;
  code: string;
  message: string;
}

const HEADERS = 'Content-Type: application/json\n\n';

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1, start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) { line++; start = i + 1; }
  return { line, column: offset - start + 1 };
}

/** The diagnostics of the request that starts at `requestStart` (not those of a registration put before it). */
async function problemsOf(document: string, requestStart: number, bodyOffset: number, body: string, schemasFrom?: 'tenant'): Promise<BodyProblem[]> {
  const { createValidator } = await import('../intelligence/index');
  return createValidator().validate(document, schemasFrom ? { schemasFrom } : undefined)
    .filter(d => d.span.start >= requestStart)
    .map(d => ({
      ...(d.span.start >= bodyOffset ? lineColumn(body, d.span.start - bodyOffset) : { line: 0, column: 0 }),
      severity: d.severity, code: d.code, message: d.message,
    }));
}

const withoutBom = (text: string): string => text.replace(/^\uFEFF/, '');

/** Problems of a schema registration body (PATCH .../connections/{id}/schema). */
export function schemaBodyProblems(connectionId: string, fileText: string): Promise<BodyProblem[]> {
  const body = withoutBom(fileText);
  const head = `PATCH ${graphUrls.connectionSchema(connectionId)}\n${HEADERS}`;
  return problemsOf(head + body, 0, head.length, body);
}

/** Problems of an item body (PUT .../items/{id}), against `registered` (GET .../schema's answer) when given. */
export function itemBodyProblems(connectionId: string, itemId: string, fileText: string, registered?: Record<string, unknown>): Promise<BodyProblem[]> {
  const body = withoutBom(fileText);
  let prefix = '';
  if (registered && Array.isArray(registered.properties)) {
    const schema = { baseType: registered.baseType ?? 'microsoft.graph.externalItem', properties: registered.properties };
    prefix = `PATCH ${graphUrls.connectionSchema(connectionId)}\n${HEADERS}${JSON.stringify(schema, null, 2)}\n\n###\n`;
  }
  const head = `${prefix}PUT ${graphUrls.externalItem(connectionId, itemId)}\n${HEADERS}`;
  return problemsOf(head + body, prefix.length, head.length, body, prefix ? 'tenant' : undefined);
}

export const errorsOf = (problems: readonly BodyProblem[]): BodyProblem[] => problems.filter(p => p.severity === 'error');

/** One line per problem, the first `max` of them: "line 3, column 5: message". */
export function listProblems(problems: readonly BodyProblem[], max = 5): string {
  const shown = problems.slice(0, max).map(p => (p.line ? l10n.t('line {0}, column {1}: {2}', p.line, p.column, p.message) : p.message));
  if (problems.length > max) shown.push(l10n.t('and {0} more', problems.length - max));
  return shown.join('\n');
}
