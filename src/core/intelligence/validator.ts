import { parsedHttpFile } from '../http/parsedFiles';
import { findVariableReferences, VariableResolver } from '../http/variables';
import type { HttpFile, HttpRequest } from '../http/types';
import { requestIdentity } from '../http/parser';
import type { RouteTable } from '../graph/types';
import { loadRouteTable } from '../graph/routes';
import type { GraphDiagnostic } from './types';
import { createJsonService } from './jsonService';
import type { VariableLookup } from './mappedUrl';
import { fromParseProblem, validateRequest, type RequestValidationContext } from './requestValidation';
import { bodyFileReference } from '../http/bodyLines';
import type { PreparedBody } from './bodyText';
import type { AnalyzedUrl } from './urlRules';
import { collectConnectorFacts, FactsMemo, mayHoldConnectorFacts, type ConnectorFacts } from './connectorFacts';

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
   * whose body is `< ./body.json` has that file checked as its body (not cached: the file may change). The
   * diagnostics of a request that did not change or move are the same objects as last time: read them, never change them.
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
  // Each name resolved once per lookup (one per validation pass): every request using it asks again.
  const values = new Map<string, string | undefined>();
  return name => {
    if (values.has(name)) return values.get(name);
    const r = resolver.substitute(`{{${name}}}`);
    const value = r.unresolved.length ? undefined : r.text;
    values.set(name, value);
    return value;
  };
}

/**
 * Validates `.http` documents. Results are cached per request, keyed by the request's text and the values
 * of the variables it uses, so after an edit only the edited request is validated again (diagnostics are
 * kept where the request was and shifted by how far it moved).
 */
/**
 * A request text's cache-key parts, kept on its identity token (one per request text, shared by the incremental
 * parse's moved copies) rather than in a map beside it. Any validator may read them: `text` and `names` are the
 * text's own, and `values`/`key` are made again whenever the variables' values differ from the last ones seen.
 */
const KEY_PARTS = Symbol('requestKeyParts');
interface KeyParts { text: string; names: string[]; values: string; key: string }

export function createValidator(options: ValidatorOptions = {}): GraphValidator {
  const table = options.table ?? loadRouteTable();
  const json = createJsonService();
  const includeParseProblems = options.includeParseProblems ?? true;
  // `absolute`: the diagnostics where the request last was (`at`), reused as they are while it does not move and
  // shifted by how far it moved when it does.
  const cache = new Map<string, { pass: number; at: number; absolute: GraphDiagnostic[] }>();
  const stats = { validated: 0, reused: 0 };
  let pass = 0;
  // Per request text (its identity from the incremental parse): the text and its variables' names, found once, and the
  // last key made of them, so an unchanged request costs a lookup, not a slice, a scan and a hash of its text.
  const keyOf = (request: HttpRequest, docText: string, lookup: VariableLookup): string => {
    const id = requestIdentity(request) as { [KEY_PARTS]?: KeyParts };
    let k = id[KEY_PARTS];
    if (!k) {
      const text = docText.slice(request.span.start, request.span.end);
      k = id[KEY_PARTS] = { text, names: text.includes('{{') ? [...new Set(findVariableReferences(text).map(r => r.name))] : [], values: '', key: text };
    }
    if (k.names.length) {
      const values = JSON.stringify(k.names.map(n => lookup(n) ?? null));
      if (values !== k.values) { k.values = values; k.key = k.text + '\u0000' + values; }
    }
    return k.key;
  };
  const facts = new FactsMemo(keyOf);

  function validate(text: string, extra?: ValidateExtra): GraphDiagnostic[] {
    pass++;
    const file = parsedHttpFile(text);
    let lookup: VariableLookup | undefined;
    const lookupOnce: VariableLookup = name => (lookup ??= variableLookup(file, options.environment))(name);
    const bodies = new Map<HttpRequest, PreparedBody>(); // this pass's prepared bodies (and so their parse trees)
    const urls = new Map<HttpRequest, AnalyzedUrl>(); // and analysed URLs: the connector facts' candidates are analysed once
    const out: GraphDiagnostic[] = includeParseProblems ? file.problems.map(fromParseProblem) : [];
    // An item is checked against the schema the same file registers: its cache key holds that schema's text.
    const connectors: ConnectorFacts | undefined = mayHoldConnectorFacts(text) ? collectConnectorFacts(file, text, lookupOnce, table, extra?.schemasFrom, facts, { bodies, urls, cloud: options.cloud }) : undefined;
    for (const request of file.requests) {
      const base = request.span.start;
      let key = keyOf(request, text, lookupOnce);
      if (connectors?.signature && /\/items\//i.test(request.url)) key += '\u0001' + connectors.signature;
      if (extra?.bodyFiles && request.body && bodyFileReference(request.body.text)) {
        stats.validated++;
        out.push(...validateRequest(request, { docText: text, lookup: lookupOnce, table, json, includeParseProblems, cloud: options.cloud, bodyFiles: extra.bodyFiles, connectors, bodies, urls }));
        continue;
      }
      let entry = cache.get(key);
      if (entry) { stats.reused++; entry.pass = pass; }
      else {
        stats.validated++;
        entry = { absolute: validateRequest(request, { docText: text, lookup: lookupOnce, table, json, includeParseProblems, cloud: options.cloud, connectors, bodies, urls }), pass, at: base };
        cache.set(key, entry);
      }
      if (entry.at !== base) {
        const by = base - entry.at;
        entry.at = base;
        if (entry.absolute.length) entry.absolute = entry.absolute.map(d => shift(d, by));
      }
      for (const d of entry.absolute) out.push(d);
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
