import { parsedHttpFile } from '../http/parsedFiles';
import { findVariableReferences, VariableResolver } from '../http/variables';
import type { HttpFile } from '../http/types';
import type { RouteTable } from '../graph/types';
import { loadRouteTable } from '../graph/routes';
import type { GraphDiagnostic } from './types';
import { createJsonService } from './jsonService';
import type { VariableLookup } from './mappedUrl';
import { fromParseProblem, validateRequest, type RequestValidationContext } from './requestValidation';
import { bodyFileReference } from '../http/bodyLines';
import { collectConnectorFacts, mayHoldConnectorFacts, type ConnectorFacts } from './connectorFacts';

export interface ValidatorOptions {
  /** Defaults to the generated table. */
  table?: RouteTable;
  /** Values of environment variables (`{{name}}` not defined in the file); unknown names stay opaque. */
  environment?: Record<string, string>;
  /** Include the parser's own problems (http.*). Default true. */
  includeParseProblems?: boolean;
  /** Cached requests kept between calls. Default: twice the requests of the last document, at least 500. */
  cacheSize?: number;
  /** National cloud (`GraphCloud.id`: Global, USGovL4, USGovL5, China) that path-only URLs go to. Default Global. */
  cloud?: string;
}

export interface ValidateExtra {
  bodyFiles?: RequestValidationContext['bodyFiles'];
  /** The document's schema registrations stand for the tenant's registered schema (the tree's item check), not the file's. */
  schemasFrom?: 'tenant';
}

export interface GraphValidator {
  /**
   * Every diagnostic of a whole `.http` document, sorted by position. Never throws. With `bodyFiles`, a request
   * whose body is `< ./body.json` has that file checked as its body (not cached: the file may change).
   */
  validate(text: string, extra?: ValidateExtra): GraphDiagnostic[];
  /** How many requests were validated vs. taken from the cache, over the validator's life. */
  readonly stats: { validated: number; reused: number };
}

/** Looks up file variables (then the environment) the way sending would; system variables stay unknown. */
export function variableLookup(file: HttpFile, environment: Record<string, string> | undefined): VariableLookup {
  const fileVariables: Record<string, string> = {};
  for (const v of file.variables) fileVariables[v.name] = v.value;
  const resolver = new VariableResolver({ fileVariables, environment });
  return name => {
    const r = resolver.substitute(`{{${name}}}`);
    return r.unresolved.length ? undefined : r.text;
  };
}

/**
 * Validates `.http` documents. Results are cached per request, keyed by the request's text and the values
 * of the variables it uses, so after an edit only the edited request is validated again (diagnostics are
 * stored relative to the request and shifted to where it now starts).
 */
export function createValidator(options: ValidatorOptions = {}): GraphValidator {
  const table = options.table ?? loadRouteTable();
  const json = createJsonService();
  const includeParseProblems = options.includeParseProblems ?? true;
  const cache = new Map<string, { relative: GraphDiagnostic[]; pass: number }>();
  const stats = { validated: 0, reused: 0 };
  let pass = 0;

  function validate(text: string, extra?: ValidateExtra): GraphDiagnostic[] {
    pass++;
    const file = parsedHttpFile(text);
    let lookup: VariableLookup | undefined;
    const lookupOnce: VariableLookup = name => (lookup ??= variableLookup(file, options.environment))(name);
    const out: GraphDiagnostic[] = includeParseProblems ? file.problems.map(fromParseProblem) : [];
    // An item is checked against the schema the same file registers: its cache key holds that schema's text.
    const connectors: ConnectorFacts | undefined = mayHoldConnectorFacts(text) ? collectConnectorFacts(file, text, lookupOnce, table, extra?.schemasFrom) : undefined;
    for (const request of file.requests) {
      const base = request.span.start;
      const requestText = text.slice(base, request.span.end);
      let key = requestText;
      if (requestText.includes('{{')) {
        const names = [...new Set(findVariableReferences(requestText).map(r => r.name))];
        key += '\u0000' + JSON.stringify(names.map(n => lookupOnce(n) ?? null));
      }
      if (connectors?.signature && /\/items\//i.test(request.url)) key += '\u0001' + connectors.signature;
      if (extra?.bodyFiles && request.body && bodyFileReference(request.body.text)) {
        stats.validated++;
        out.push(...validateRequest(request, { docText: text, lookup: lookupOnce, table, json, includeParseProblems, cloud: options.cloud, bodyFiles: extra.bodyFiles, connectors }));
        continue;
      }
      let entry = cache.get(key);
      if (entry) { stats.reused++; entry.pass = pass; }
      else {
        stats.validated++;
        entry = { relative: validateRequest(request, { docText: text, lookup: lookupOnce, table, json, includeParseProblems, cloud: options.cloud, connectors }).map(d => shift(d, -base)), pass };
        cache.set(key, entry);
      }
      for (const d of entry.relative) out.push(shift(d, base));
    }
    // Over the limit, keep what this pass used: one edit then re-validates only the edited request.
    const limit = options.cacheSize ?? Math.max(500, 2 * file.requests.length);
    if (cache.size > limit) {
      for (const [k, e] of cache) if (e.pass !== pass) cache.delete(k);
      for (const k of cache.keys()) { if (cache.size <= limit) break; cache.delete(k); }
    }
    return out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  }

  return { validate, stats };
}

function shift(d: GraphDiagnostic, by: number): GraphDiagnostic {
  const span = { start: d.span.start + by, end: d.span.end + by };
  if (!d.fixes) return { ...d, span };
  return { ...d, span, fixes: d.fixes.map(f => ({ ...f, edits: f.edits.map(e => ({ span: { start: e.span.start + by, end: e.span.end + by }, newText: e.newText })) })) };
}
