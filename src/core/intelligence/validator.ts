import { parseHttpFile } from '../http/parser';
import { findVariableReferences, VariableResolver } from '../http/variables';
import type { HttpFile } from '../http/types';
import type { RouteTable } from '../graph/types';
import { loadRouteTable } from '../graph/routes';
import type { GraphDiagnostic } from './types';
import { createJsonService } from './jsonService';
import type { VariableLookup } from './mappedUrl';
import { fromParseProblem, validateRequest } from './requestValidation';

export interface ValidatorOptions {
  /** Defaults to the generated table. */
  table?: RouteTable;
  /** Values of environment variables (`{{name}}` not defined in the file); unknown names stay opaque. */
  environment?: Record<string, string>;
  /** Include the parser's own problems (http.*). Default true. */
  includeParseProblems?: boolean;
  /** Cached requests kept between calls. Default 500. */
  cacheSize?: number;
}

export interface GraphValidator {
  /** Every diagnostic of a whole `.http` document, sorted by position. Never throws. */
  validate(text: string): GraphDiagnostic[];
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
  const limit = options.cacheSize ?? 500;
  const cache = new Map<string, GraphDiagnostic[]>();
  const stats = { validated: 0, reused: 0 };

  function validate(text: string): GraphDiagnostic[] {
    const file = parseHttpFile(text);
    const lookup = variableLookup(file, options.environment);
    const out: GraphDiagnostic[] = includeParseProblems ? file.problems.map(fromParseProblem) : [];
    for (const request of file.requests) {
      const base = request.span.start;
      const requestText = text.slice(base, request.span.end);
      const names = [...new Set(findVariableReferences(requestText).map(r => r.name))];
      const key = requestText + '\u0000' + JSON.stringify(names.map(n => lookup(n) ?? null));
      let relative = cache.get(key);
      if (relative) { stats.reused++; cache.delete(key); }
      else {
        stats.validated++;
        relative = validateRequest(request, { docText: text, lookup, table, json, includeParseProblems }).map(d => shift(d, -base));
      }
      cache.set(key, relative);   // re-insert: the Map's order is the eviction order (least recently used first)
      out.push(...relative.map(d => shift(d, base)));
    }
    while (cache.size > limit) cache.delete(cache.keys().next().value as string);
    return out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  }

  return { validate, stats };
}

function shift(d: GraphDiagnostic, by: number): GraphDiagnostic {
  const span = { start: d.span.start + by, end: d.span.end + by };
  if (!d.fixes) return { ...d, span };
  return { ...d, span, fixes: d.fixes.map(f => ({ ...f, edits: f.edits.map(e => ({ span: { start: e.span.start + by, end: e.span.end + by }, newText: e.newText })) })) };
}
