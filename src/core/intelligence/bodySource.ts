import type { HttpRequest } from '../http/types';
import { bodyFileReference } from '../http/bodyLines';
import { getBodySchema } from '../graph/schemas';
import type { GraphDiagnostic } from './types';
import type { JsonService } from './jsonService';
import type { RouteTable } from '../graph/types';
import { prepareBody } from './bodyText';
import { bodyDiagnostics } from './bodyRules';
import { l10n } from '../text/l10n';

/** Reads a body file a request names (`< ./group.json`); undefined when it cannot be read (a reason, for the pointer). */
export type BodyFileReader = (path: string) => { text: string; path: string } | { error: string };

export interface BodyFileContext {
  json: JsonService;
  table: RouteTable;
  readBodyFile?: BodyFileReader;
  /** Told the problems found in a body file, with offsets into that file's text. */
  onBodyFileProblems?: (path: string, text: string, diagnostics: GraphDiagnostic[]) => void;
}

/**
 * Bodies that are not JSON text in the request: a cURL command's `-d` (not checked), a GraphQL query
 * (`X-Request-Type: GraphQL`), and `< ./file` / `<@ ./file`, whose file is checked against the request's body
 * schema like an inline body, the problems reported in that file and pointed at from the `<` line.
 * Undefined when the body is ordinary inline text, which the caller checks.
 */
export function checkBodyKeptElsewhere(request: HttpRequest, schemaKey: string | undefined, ctx: BodyFileContext): GraphDiagnostic[] | undefined {
  if (request.curl) return [];
  if (request.headers.some(h => h.name.toLowerCase() === 'x-request-type' && h.value.trim().toLowerCase() === 'graphql')) return [];
  if (!request.body) return undefined;
  const ref = bodyFileReference(request.body.text);
  if (!ref) return undefined;
  const span = request.body.span;
  if (!/\.json$/i.test(ref.path) || !schemaKey || !ctx.readBodyFile || ref.path.includes('{{')) return [];
  const read = ctx.readBodyFile(ref.path);
  if ('error' in read) return [{ span, severity: 'warning', code: 'graph.body.fileNotRead', message: l10n.t('The body file {0} was not checked: {1}', ref.path, read.error) }];
  const synthetic: HttpRequest = {
    ...request, curl: false, headers: [], urlParts: [], requestLineSpan: { start: 0, end: 0 },
    body: { text: read.text, span: { start: 0, end: read.text.length }, startLine: 0, endLine: 0 },
  };
  const prepared = prepareBody(synthetic, read.text)!;
  const problems = [...prepared.diagnostics, ...bodyDiagnostics(prepared, getBodySchema(schemaKey), ctx.json, ctx.table)];
  ctx.onBodyFileProblems?.(read.path, read.text, problems);
  const serious = problems.filter(p => p.severity !== 'info');
  if (!serious.length) return [];
  const severity = serious.some(p => p.severity === 'error') ? 'error' : 'warning';
  return [{
    span, severity, code: 'graph.body.fileProblems',
    message: serious.length === 1
      ? l10n.t('{0} has 1 problem as the body of this request ({1}): {2}', ref.path, getBodySchema(schemaKey)?.title ?? schemaKey, serious[0].message)
      : l10n.t('{0} has {1} problems as the body of this request ({2}): {3} …', ref.path, serious.length, getBodySchema(schemaKey)?.title ?? schemaKey, serious[0].message),
  }];
}
