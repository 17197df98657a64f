import { parse as parseJsonc } from 'jsonc-parser';
import type { HttpRequest, ParseProblem } from '../http/types';
import type { RouteTable } from '../graph/types';
import { bodySchemaForODataType, getBodySchema } from '../graph/schemas';
import type { GraphDiagnostic } from './types';
import type { JsonService } from './jsonService';
import { MappedUrl, type VariableLookup } from './mappedUrl';
import { analyzeUrl } from './urlRules';
import { prepareBody } from './bodyText';
import { bodyDiagnostics, MAX_CHECKED_BODY_CHARS } from './bodyRules';

export interface RequestValidationContext {
  docText: string;
  lookup: VariableLookup;
  table: RouteTable;
  json: JsonService;
  includeParseProblems: boolean;
}

export function fromParseProblem(p: ParseProblem): GraphDiagnostic {
  return { span: p.span, severity: p.severity, message: p.message, code: p.code };
}

/** The `@odata.type` a body declares, read leniently (the body may be mid-edit). */
function declaredODataType(json: string): string | undefined {
  const value = parseJsonc(json, [], { allowTrailingComma: true });
  const t = value && typeof value === 'object' ? (value as Record<string, unknown>)['@odata.type'] : undefined;
  return typeof t === 'string' ? t : undefined;
}

const kb = (chars: number) => `${Math.round(chars / 1024).toLocaleString('en-US')} KB`;

/** All diagnostics of one request; offsets are into the whole document. */
export function validateRequest(request: HttpRequest, ctx: RequestValidationContext): GraphDiagnostic[] {
  const url = MappedUrl.fromRequest(request, ctx.lookup);
  const analysis = analyzeUrl(request, url, ctx.table);
  const out: GraphDiagnostic[] = [];
  const urlMalformed = analysis.diagnostics.some(d => d.code === 'graph.url.malformed');
  if (ctx.includeParseProblems) {
    // The parser's "URL contains spaces" says less than graph.url.malformed on the same text.
    out.push(...request.problems.filter(p => !(urlMalformed && p.code === 'http.urlWhitespace')).map(fromParseProblem));
  }
  out.push(...analysis.diagnostics); // for a URL that is not Graph's, at most the look-alike host warning
  if (!analysis.isGraph) return out;
  const op = analysis.match?.operation;
  if (!request.body) {
    if (op?.bodySchema) {
      out.push({ span: request.urlSpan, severity: 'error', code: 'graph.body.missing', message: `${op.summary} needs a JSON body (${getBodySchema(op.bodySchema)?.title ?? op.bodySchema}).` });
    }
    return out;
  }
  if (request.method === 'GET' || request.method === 'DELETE') {
    out.push({
      span: request.body.span, severity: 'warning', code: 'graph.body.unexpected',
      message: `${request.method} requests carry no body; Graph ignores or rejects it.`,
      fixes: [{ title: 'Remove the body', edits: [{ span: request.body.span, newText: '' }], isPreferred: true }],
    });
    return out;
  }
  if (request.body.text.length > MAX_CHECKED_BODY_CHARS) {
    const { start } = request.body.span;
    return [...out, {
      span: { start, end: start + 1 }, severity: 'info', code: 'graph.limit.bodyNotChecked',
      message: `This body is ${kb(request.body.text.length)}: bodies over ${kb(MAX_CHECKED_BODY_CHARS)} are not checked (JSON syntax, schema, read-only properties).`,
    }];
  }
  const prepared = prepareBody(request, ctx.docText)!;
  if (!/^\s*[{[]/.test(prepared.json)) return [...out, ...prepared.diagnostics];
  let schemaKey = op?.bodySchema ?? analysis.suggestedOperation?.bodySchema;
  if (!schemaKey && !analysis.match) {
    const declared = declaredODataType(prepared.json);
    schemaKey = declared ? bodySchemaForODataType(declared, request.method) : undefined;
  }
  out.push(...bodyDiagnostics(prepared, getBodySchema(schemaKey), ctx.json, ctx.table));
  return out;
}
