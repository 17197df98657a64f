import { parse as parseJsonc } from 'jsonc-parser';
import type { HttpRequest, ParseProblem } from '../http/types';
import type { RouteTable } from '../graph/types';
import { bodySchemaForODataType, getBodySchema } from '../graph/schemas';
import type { GraphDiagnostic } from './types';
import type { JsonService } from './jsonService';
import type { VariableLookup } from './mappedUrl';
import { analyzeRequestUrl, type AnalyzedUrl } from './urlRules';
import { prepareBody, type PreparedBody } from './bodyText';
import { bodyDiagnostics, MAX_CHECKED_BODY_CHARS } from './bodyRules';
import { checkBodyKeptElsewhere, type BodyFileContext } from './bodySource';
import { authorizationPlaceholder, binaryBodyPlaceholder, contentLengthProblems, contentTypeProblems, declaredMediaType, isJsonMediaType, missingContentType, notJsonBody } from './headerRules';
import type { CodeFix } from './types';
import { itemIdProblem } from './connectorRules';
import { BODY_RULES, type BodyRuleInput } from './bodyRuleList';
import { schemaForItem, type ConnectorFacts } from './connectorFacts';
import { l10n } from '../text/l10n';
import { batchDiagnostics } from './batchRules';
import { parseHttpFile } from '../http/parser';

export interface RequestValidationContext {
  docText: string;
  lookup: VariableLookup;
  table: RouteTable;
  json: JsonService;
  /** `< ./body.json`: reads the file so it is checked as the body (and told its problems). */
  bodyFiles?: Pick<BodyFileContext, 'readBodyFile' | 'onBodyFileProblems'>;
  includeParseProblems: boolean;
  /** The national cloud path-only URLs go to (`GraphCloud.id`); absolute URLs name theirs. */
  cloud?: string;
  /** The file's connector schemas and external groups: items are checked against the schema registered for them. */
  connectors?: ConnectorFacts;
  /** This pass's prepared bodies (bodyText.prepareBody's memo), shared with the connector facts. */
  bodies?: Map<HttpRequest, PreparedBody>;
  /** This pass's analysed URLs (the connector facts analyse their candidates' URLs first). */
  urls?: Map<HttpRequest, AnalyzedUrl>;
  /** Set while a JSON batch's own requests are checked: a batch inside a batch is not read again. */
  batchDepth?: number;
}

export function fromParseProblem(p: ParseProblem): GraphDiagnostic {
  if (p.code === 'http.bodyWithoutBlankLine') {
    return { span: p.span, severity: p.severity, message: p.message, code: p.code, fixes: [{ title: l10n.t('Add a blank line before the body'), edits: [{ span: { start: p.span.start, end: p.span.start }, newText: '\n' }], isPreferred: true }] };
  }
  return { span: p.span, severity: p.severity, message: p.message, code: p.code };
}

/** The `@odata.type` a body declares, read leniently (the body may be mid-edit). */
function declaredODataType(json: string): string | undefined {
  const value = parseJsonc(json, [], { allowTrailingComma: true });
  const t = value && typeof value === 'object' ? (value as Record<string, unknown>)['@odata.type'] : undefined;
  return typeof t === 'string' ? t : undefined;
}

/** The edit that sends a v1.0 request to /beta/ instead (for a property only beta has). */
function toBetaFix(request: HttpRequest, docText: string): CodeFix | undefined {
  const i = docText.slice(request.urlSpan.start, request.urlSpan.end).indexOf('/v1.0/');
  if (i < 0) return undefined;
  const start = request.urlSpan.start + i + 1;
  return { title: l10n.t('Use /{0}/', 'beta'), edits: [{ span: { start, end: start + 4 }, newText: 'beta' }], isPreferred: true };
}

const kb = (chars: number) => l10n.t('{0} KB', Math.round(chars / 1024).toLocaleString('en-US'));

/** All diagnostics of one request; offsets are into the whole document. */
export function validateRequest(request: HttpRequest, ctx: RequestValidationContext): GraphDiagnostic[] {
  const { url, analysis } = analyzeRequestUrl(request, ctx.lookup, ctx.table, ctx.cloud, ctx.urls);
  // Pushed one by one, not spread or filtered into copies: this runs for every request of a file opened cold.
  const out: GraphDiagnostic[] = [];
  if (ctx.includeParseProblems && request.problems.length) {
    // The parser's "URL contains spaces" says less than graph.url.malformed on the same text.
    const urlMalformed = analysis.diagnostics.some(d => d.code === 'graph.url.malformed');
    for (const p of request.problems) if (!(urlMalformed && p.code === 'http.urlWhitespace')) out.push(fromParseProblem(p));
  }
  pushAll(out, analysis.diagnostics); // for a URL that is not Graph's, at most the look-alike host warning
  if (!analysis.isGraph) return out;
  pushAll(out, contentTypeProblems(request));
  pushAll(out, missingContentType(request, ctx.docText));
  pushAll(out, authorizationPlaceholder(request, ctx.docText));
  pushAll(out, contentLengthProblems(request, ctx.docText));
  const op = analysis.match?.operation;
  const badItemId = itemIdProblem(analysis.match, url);
  if (badItemId) out.push(badItemId);
  const bodyFiles: BodyFileContext = ctx.bodyFiles ? { json: ctx.json, table: ctx.table, ...ctx.bodyFiles } : { json: ctx.json, table: ctx.table };
  const elsewhere = checkBodyKeptElsewhere(request, op?.bodySchema ?? analysis.suggestedOperation?.bodySchema, bodyFiles);
  if (elsewhere) return pushAll(out, elsewhere);
  if (!request.body) {
    const schema = op?.bodySchema ? getBodySchema(op.bodySchema) : undefined;
    // A body is missing only where `{}` would be wrong too: an action none of whose parameters must be given (the v1.0
    // metadata's restore: OptionalParameter only; its docs page says "Do not supply a request body") takes none.
    const mayOmit = schema?.['x-kind'] === 'action' && !schema.required?.length;
    // The body is there, above a missing blank line: that problem says so, with its fix.
    const bodyAsHeaders = request.problems.some(p => p.code === 'http.bodyWithoutBlankLine');
    if (op?.bodySchema && !mayOmit && !bodyAsHeaders && !op.caution) {
      // Content-Type naming another media type (a Teams app's `application/zip`, per its docs page): the body is missing,
      // but it is not JSON that is wanted.
      const declared = declaredMediaType(request);
      out.push({
        span: request.urlSpan, severity: 'error', code: 'graph.body.missing',
        message: declared && !isJsonMediaType(declared)
          ? l10n.t('{0} needs a body (Content-Type {1}).', op.summary, declared)
          : schema?.['x-kind'] === 'action'
            ? l10n.t('{0} needs a JSON body with its parameters ({1} required).', op.summary, (schema.required as string[]).join(', '))
            : l10n.t('{0} needs a JSON body.', op.summary),
      });
    }
    return out;
  }
  if (request.method === 'GET' || request.method === 'DELETE') {
    out.push({
      span: request.body.span, severity: 'warning', code: 'graph.body.unexpected',
      message: l10n.t('{0} requests carry no body; Graph ignores or rejects it.', request.method),
      fixes: [{ title: l10n.t('Remove the body'), edits: [{ span: request.body.span, newText: '' }], isPreferred: true }],
    });
    return out;
  }
  if (request.body.text.length > MAX_CHECKED_BODY_CHARS) {
    const { start } = request.body.span;
    return [...out, {
      span: { start, end: start + 1 }, severity: 'info', code: 'graph.limit.bodyNotChecked',
      message: l10n.t('This body is {0}: bodies over {1} are not checked (JSON syntax, schema, read-only properties).', kb(request.body.text.length), kb(MAX_CHECKED_BODY_CHARS)),
    }];
  }
  // A body another media type names that is not JSON (a Teams app's zip, written as the docs' stand-in): not JSON's to check.
  if (notJsonBody(request)) return pushAll(out, binaryBodyPlaceholder(request));
  const prepared = prepareBody(request, ctx.docText, ctx.bodies)!;
  if (!/^\s*[{[]/.test(prepared.json)) return pushAll(out, prepared.diagnostics);
  let schemaKey = op?.bodySchema ?? analysis.suggestedOperation?.bodySchema;
  if (!schemaKey && !analysis.match) {
    const declared = declaredODataType(prepared.json);
    schemaKey = declared ? bodySchemaForODataType(declared, request.method) : undefined;
  }
  const schema = getBodySchema(schemaKey);
  const toBeta = toBetaFix(request, ctx.docText);
  // A property only beta's type declares: its fix sends the request to /beta/ (bodyRules knows the body, not the request).
  for (const d of bodyDiagnostics(prepared, schema, ctx.json, ctx.table)) out.push(d.code === 'graph.body.betaOnly' && toBeta ? { ...d, fixes: [toBeta, ...(d.fixes ?? [])] } : d);
  const connection = analysis.match?.params.connectionId;
  const input: BodyRuleInput = {
    prepared, schemaKey, schema, operationId: op?.id, version: analysis.version, toBeta, lookup: ctx.lookup,
    registered: connection ? schemaForItem(ctx.connectors, connection, request) : undefined,
    pathParams: analysis.match?.params ?? {}, table: ctx.table,
    segmentSpan: segment => {
      const url = ctx.docText.slice(request.urlSpan.start, request.urlSpan.end).split('?')[0];
      const i = url.indexOf(`/${segment}`);
      return i < 0 ? undefined : { start: request.urlSpan.start + i + 1, end: request.urlSpan.start + i + 1 + segment.length };
    },
  };
  for (const rule of BODY_RULES) pushAll(out, rule(input));
  // A JSON batch: each of its requests is checked as the request it stands for (batchRules.ts).
  const batch = /^\s*\S*?\/(v1\.0|beta)\/\$batch\s*$/i.exec(request.url.split('?')[0]);
  if (batch && request.method === 'POST' && ctx.batchDepth === undefined) {
    pushAll(out, batchDiagnostics(prepared, batch[1].toLowerCase(), text => {
      const inner = parseHttpFile(text).requests[0];
      return inner ? validateRequest(inner, { ...ctx, docText: text, bodies: new Map(), urls: new Map(), bodyFiles: undefined, connectors: undefined, includeParseProblems: true, batchDepth: 1 }) : [];
    }));
  }
  return out;
}

function pushAll<T>(to: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) to.push(items[i]);
  return to;
}
