import type { HttpRequest } from '../http/types';
import type { RouteOperation, RouteTable } from '../graph/types';
import type { RouteMatch } from '../graph/routes';
import { graphOrigins, matchRoute, normalizeVersion, parseGraphUrl, suggestRoutes } from '../graph/routes';
import { SUGGEST_MAX_CHARS, SUGGEST_MAX_SEGMENTS, tooLongToSuggest } from '../graph/editDistance';
import { shortTypeName } from '../graph/schemas';
import type { CodeFix, GraphDiagnostic } from './types';
import { MappedUrl, type VariableLookup } from './mappedUrl';
import { layoutUrl, type UrlLayout } from './urlSpans';
import { listOr } from './didYouMean';
import { isOurPath } from './pathScope';
import { lookAlikeHostProblem } from './lookAlikeHost';
import { isForeignRequest } from './graphScope';
import { withoutArgumentSpaces, withoutVariables } from '../http/urlText';
import { resolveV1Path, type V1Resolution } from '../graph/v1Routes';
import { expandProblems, queryOptionProblems, queryOptionsKnown, selectProblems } from './queryRules';
import { BRACED } from './placeholders';
import { graphRoute } from '../graph/graphRoute';
import { loadBetaNames } from '../graph/v1Model';
import { l10n } from '../text/l10n';

/** The beta template of `path` when beta's names (as far as the metadata folder knows beta) have it. */
/** The walk of `path` through beta's metadata (schemas/beta/names.jsonl), read on first use. */
function betaWalk(path: string): V1Resolution | undefined {
  const model = loadBetaNames();
  return model ? resolveV1Path(path, { model }) : undefined;
}

function betaRoute(path: string): string | undefined {
  const r = betaWalk(path);
  return r?.kind === 'route' ? r.route.template : undefined;
}

/**
 * The walk's reason when beta's metadata lacks a path under /external/connections/{id}/ or
 * /onPremisesPublishingProfiles/{id}/ (`walked`: the path's beta walk).
 */
function unknownBelowOurSurfaces(segments: string[], walked: V1Resolution | undefined): string | undefined {
  const lower = segments.map(s => s.toLowerCase());
  const depth = lower[0] === 'external' && lower[1] === 'connections' ? 3 : lower[0] === 'onpremisespublishingprofiles' ? 2 : undefined;
  if (depth === undefined || segments.length <= depth) return undefined;
  return walked?.kind === 'unknown' && walked.at >= depth ? walked.reason : undefined;
}

export interface UrlAnalysis {
  diagnostics: GraphDiagnostic[];
  /** False when the URL is not addressed to Graph (or its host comes from an unknown variable): nothing is checked. */
  isGraph: boolean;
  /** The route the request addresses, in `version` (after a beta-only or alias correction). */
  match?: RouteMatch;
  version?: string;
  /** `microsoft.graph.X` named inside a malformed URL (the docs' "Collection URI for X not found"). */
  mentionedType?: string;
  /** For an unknown path: the operation of the suggested route for this method, so the body is still checked. */
  suggestedOperation?: RouteOperation;
}


/** URLs longer than this are not checked against the route table (Graph itself refuses URLs long before). */
export const MAX_CHECKED_URL_CHARS = 16 * 1024;

/** A request's URL with its variables mapped, and what analyzeUrl found in it. */
export interface AnalyzedUrl { url: MappedUrl; analysis: UrlAnalysis }

/**
 * analyzeUrl on the request's URL, once a validation pass: `memo` is the pass's (the connector facts and the request's
 * own checks both ask; the lookup, table and cloud are the pass's too).
 */
export function analyzeRequestUrl(request: HttpRequest, lookup: VariableLookup, table: RouteTable, cloud?: string, memo?: Map<HttpRequest, AnalyzedUrl>): AnalyzedUrl {
  let done = memo?.get(request);
  if (!done) {
    const url = MappedUrl.fromRequest(request, lookup);
    done = { url, analysis: analyzeUrl(request, url, table, cloud) };
    memo?.set(request, done);
  }
  return done;
}

/**
 * Checks a request's URL (variables substituted) against the route table. Never throws. `cloud` (a
 * `GraphCloud.id`) is the national cloud a path-only URL goes to; an absolute URL's origin names its own.
 */
export function analyzeUrl(request: HttpRequest, url: MappedUrl, table: RouteTable, cloud?: string): UrlAnalysis {
  const text = url.text.trim() === url.text ? url.text : url.text.trimEnd();
  const diagnostics: GraphDiagnostic[] = [];
  if (!text || text.startsWith('{{')) return { diagnostics, isGraph: false };
  if (text.length > MAX_CHECKED_URL_CHARS) {
    const kb = (n: number) => l10n.t('{0} KB', Math.round(n / 1024).toLocaleString('en-US'));
    diagnostics.push({
      span: url.toDocument(0, Math.min(text.length, 1)), severity: 'info', code: 'graph.limit.urlNotChecked',
      message: l10n.t('This URL is {0}: URLs over {1} are not checked (route, version, $select, did you mean).', kb(text.length), kb(MAX_CHECKED_URL_CHARS)),
    });
    return { diagnostics, isGraph: false };
  }
  if (isForeignRequest(request, text, table)) return { diagnostics, isGraph: false };
  const parsed = parseGraphUrl(checkableText(text), table);
  const whole = url.toDocument(0, text.length);
  if (!parsed.ok) {
    if (parsed.kind === 'notGraph') {
      const lookAlike = lookAlikeHostProblem(text, table, (s, e) => url.toDocument(s, e));
      return { diagnostics: lookAlike ? [lookAlike] : diagnostics, isGraph: false };
    }
    const mentionedType = /microsoft\.graph\.[A-Za-z.]+[A-Za-z]/.exec(text)?.[0];
    diagnostics.push({ span: whole, severity: 'error', code: 'graph.url.malformed', message: l10n.t('Malformed Graph URL: {0}', parsed.reason), fixes: collectionFix(table, text, request.method, mentionedType, whole) });
    return { diagnostics, isGraph: true, mentionedType };
  }
  // The URL's spans, laid out when a diagnostic needs one (most URLs get none).
  let laidOut: UrlLayout | undefined;
  const layout = (): UrlLayout => (laidOut ??= layoutUrl(text, parsed.origin));
  const doc = (s: { start: number; end: number }) => url.toDocument(s.start, s.end);
  let version = normalizeVersion(parsed.version, table);
  const versions = table.versions ?? ['v1.0', 'beta'];
  if (!version) {
    // No version at all: the first segment is the path's (`/external/connections/...`, `/teams/{id}/installedApps`, as
    // connecting-external-content-manage-items.md and team-post-installedapps write them). Said as such, with the fix
    // that inserts the version, rather than as an unknown version (and, after it, the rest read as another path).
    const whole = `/${parsed.version}${parsed.path}`;
    const missing = !BRACED.test(parsed.version) && !/^v\d|^beta/i.test(parsed.version)
      ? versions.filter(v => matchRoute(table, v, whole) || (v === 'v1.0' && resolveV1Path(whole).kind === 'route')) : [];
    if (missing.length) {
      const at = layout().version.start;
      diagnostics.push({
        span: doc(layout().version), severity: 'error', code: 'graph.url.missingVersion',
        message: l10n.t("This URL has no API version: Graph's URLs put {0} before the path '{1}'.", listOr(missing.map(v => `/${v}`)), whole),
        fixes: missing.map((v, i) => ({ title: l10n.t('Insert /{0}', v), edits: [{ span: doc({ start: at, end: at }), newText: `${v}/` }], isPreferred: i === 0 })),
      });
      return { diagnostics, isGraph: true };
    }
    const fitting = versions.filter(v => matchRoute(table, v, parsed.path));
    const placeholder = BRACED.test(parsed.version);
    diagnostics.push({
      span: doc(layout().version), severity: 'error', code: 'graph.url.unknownVersion',
      message: placeholder
        ? l10n.t("'{0}' is a documentation placeholder for the API version: use {1}.", parsed.version, listOr(versions))
        : l10n.t("Unknown API version '{0}': Microsoft Graph serves {1}.", parsed.version, listOr(versions)),
      fixes: versions.map(v => ({ title: l10n.t('Use {0}', v), edits: [{ span: doc(layout().version), newText: v }], isPreferred: v === fitting[0] })),
    });
    version = fitting[0];
    if (!version) {
      if (parsed.segments.length && isOurPath(table, parsed.segments)) diagnostics.push(...unknownPath(table, versions[versions.length - 1], parsed.path, parsed.segments, layout(), doc, true));
      return { diagnostics, isGraph: true };
    }
  }
  if (countsCollection(table, version, parsed.segments)) return { diagnostics, isGraph: true, version };
  // routes.json's route, else (v1.0) the whole v1.0 metadata's (graphRoute.ts: the same question the CodeLens and scopes ask).
  const resolved = graphRoute(table, version, parsed.path, request.method, parsed.segments);
  let match = resolved.match;
  const v1 = resolved.v1;
  if (!match) {
    // A beta path routes.json has no route for, but beta's metadata has (schemas/beta/names.jsonl): a real path, not a
    // mistake. POST /beta/applications (the App Proxy tutorial's first step; routes.json has only the tutorial's
    // /applications/{id} operations) and /beta/applicationTemplates/{id}/instantiate (beta-USNat.csdl declares it;
    // routes.json documents the v1.0 one) are sent as they are, their bodies unchecked.
    const walked = version === 'beta' ? betaWalk(parsed.path) : undefined;
    if (walked?.kind === 'route') return { diagnostics, isGraph: true, version };
    // Below our own beta surfaces, whose types the beta-Prod excerpts hold whole (an external connection's subtree, an
    // on-premises publishing profile's), a path beta's metadata does not have is unknown, with the walk's reason:
    // `/external/connections/{id}/externalgroups/...` (connecting-external-content-external-groups.md) or a typo.
    const betaUnknown = version === 'beta' ? unknownBelowOurSurfaces(parsed.segments, walked) : undefined;
    if (betaUnknown) {
      diagnostics.push(...unknownPath(table, version, parsed.path, parsed.segments, layout(), doc, false, betaUnknown));
      return { diagnostics, isGraph: true, version };
    }
    const other = versions.filter(v => v !== version).find(v => matchRoute(table, v, parsed.path));
    if (other) {
      match = matchRoute(table, other, parsed.path, request.method)!;
      diagnostics.push({
        span: doc(layout().version), severity: 'error', code: 'graph.url.versionUnavailable',
        message: l10n.t("{0} is only in {1}: '{2}' does not exist in {3}.", describeRoute(match), other, match.route.template, version),
        fixes: [{ title: l10n.t('Use /{0}/', other), edits: [{ span: doc(layout().version), newText: other }], isPreferred: true }],
      });
      version = other;
    } else {
      // A v1.0 path v1.0 lacks that beta has (schemas/beta/names.jsonl: the beta-Prod excerpts and beta-USNat).
      // Under routes.json's own roots its documented routes stay authoritative (seed 002: the nearest documented route).
      const beta = v1?.kind === 'unknown' && !isOurPath(table, parsed.segments) ? betaRoute(parsed.path) : undefined;
      if (beta) {
        diagnostics.push({
          span: doc(layout().version), severity: 'error', code: 'graph.url.versionUnavailable',
          message: l10n.t("'{0}' exists only in beta: Graph v1.0's metadata has no such path ({1}).", beta, v1!.kind === 'unknown' ? v1!.reason : ''),
          fixes: [{ title: l10n.t('Use /{0}/', 'beta'), edits: [{ span: doc(layout().version), newText: 'beta' }], isPreferred: true }],
        });
        return { diagnostics, isGraph: true, version: 'beta' };
      }
      // A v1.0 path the metadata does not have: flagged with the nearest real v1.0 path (the table's own words keep their suggestions).
      const nearV1 = v1?.kind === 'unknown' ? v1.candidates() : [];
      if (v1?.kind === 'unknown' && (nearV1.length || !isOurPath(table, parsed.segments))) {
        const near: RouteTable = { generatedFrom: [], routes: nearV1.map(template => ({ template, versions: ['v1.0'], operations: [] })) };
        diagnostics.push(unknownPath(near, version, parsed.path, parsed.segments, layout(), doc, false, v1.reason)[0]);
        return { diagnostics, isGraph: true, version };
      }
      // Paths outside what the table covers (e.g. /me) are real Graph paths we simply do not know: no error.
      if (!isOurPath(table, parsed.segments)) return { diagnostics, isGraph: true, version };
      diagnostics.push(...unknownPath(table, version, parsed.path, parsed.segments, layout(), doc, false));
      const best = suggestRoutes(table, version, parsed.path, 1)[0];
      const suggestedOperation = table.routes.find(r => r.template === best)?.operations.find(o => o.method === request.method.toUpperCase());
      return { diagnostics, isGraph: true, version, ...(suggestedOperation ? { suggestedOperation } : {}) };
    }
  }
  if (match.alias) {
    const span = doc({ start: layout().path.start, end: layout().path.start + match.alias.alias.length });
    diagnostics.push({
      span, severity: 'info', code: 'graph.url.entitySetAlias',
      message: l10n.t("'{0}' reaches the same resources through the {1}; the documented path starts with '{2}'.", match.alias.alias, match.alias.note.replace(/ also present.*/, ''), match.alias.canonical),
      fixes: [{ title: l10n.t('Use {0}', match.alias.canonical), edits: [{ span, newText: match.alias.canonical }], isPreferred: true }],
    });
  }
  // A documentation placeholder segment (`{id}`, not a `{{variable}}`) follows a slash.
  for (const seg of /\/\{(?!\{)/.test(text) ? layout().segments : []) {
    const name = text.slice(seg.start, seg.end);
    if (!BRACED.test(name)) continue;
    const variable = `{{${name.slice(1, -1)}}}`;
    diagnostics.push({
      span: doc(seg), severity: 'warning', code: 'graph.url.placeholder',
      message: l10n.t("'{0}' is a documentation placeholder: put a real id or a {{variable}} here.", name),
      fixes: [{ title: l10n.t('Turn into the variable {0}', variable), edits: [{ span: doc(seg), newText: variable }] }],
    });
  }
  // Under a partial root (/applications: the table has only the tutorial's operations) another method is not a mistake.
  if (!match.operation && (match.route.source === 'metadata' || !(table.partialRoots ?? []).some(r => r.toLowerCase() === parsed.segments[0]?.toLowerCase()))) diagnostics.push(methodNotAllowed(request, match, whole));
  if (match.operation?.caution) diagnostics.push({ span: whole, severity: 'warning', code: 'graph.url.methodDoubtful', message: match.operation.caution });
  const deprecated = match.route.deprecated && layout().segments[match.route.deprecated.segment];
  if (deprecated) {
    // Graph's metadata deprecates what this segment reaches (Core.V1.Revisions): the legacy /security/alerts, drive recent().
    diagnostics.push({
      span: doc(deprecated), severity: 'warning', code: 'graph.url.deprecated', tags: ['deprecated'],
      message: l10n.t("'{0}' is deprecated: {1}", text.slice(deprecated.start, deprecated.end), match.route.deprecated!.message),
    });
  }
  // A bound function's parameters against the metadata's overloads (v1Calls.ts): names, quoting, placeholders.
  for (const call of v1?.kind === 'route' ? v1.calls ?? [] : []) {
    const seg = layout().segments[call.segment];
    if (!seg) continue;
    const span = doc({ start: seg.start + call.start, end: seg.start + call.end });
    const fix = call.replacement !== undefined ? [{ title: l10n.t('Change to {0}', call.replacement), edits: [{ span, newText: call.replacement }], isPreferred: true }] : undefined;
    diagnostics.push({ span, severity: 'warning', code: call.code, message: call.message, ...(fix ? { fixes: fix } : {}) });
  }
  const unavailable = cloudProblem(table, match, parsed.origin, cloud, () => doc(layout().path));
  if (unavailable) diagnostics.push(unavailable);
  if (/(?:\$|%24)select=/i.test(text)) diagnostics.push(...selectProblems(text, layout(), match, doc));
  if (/(?:\$|%24)expand=/i.test(text)) diagnostics.push(...expandProblems(text, layout(), match, doc));
  if ((text.includes('$') || /%24/i.test(text)) && !queryOptionsKnown(text)) diagnostics.push(...queryOptionProblems(text, layout(), doc));
  return { diagnostics, isGraph: true, match, version };
}

/**
 * The URL as Graph will receive it, same length so every offset still maps: spaces inside an unresolved
 * `{{$dotenv ID}}` are the variable's, and spaces in the query are percent-encoded when sending ('+' reads
 * as a space when the query is decoded).
 */
function checkableText(url: string): string {
  if (!/\s/.test(url)) return url;
  const q = url.indexOf('?');
  const text = q >= 0 ? withoutArgumentSpaces(url.slice(0, q)) + url.slice(q) : withoutArgumentSpaces(url);
  const masked = withoutVariables(text);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const inVariable = masked[i] !== text[i];
    out += /\s/.test(text[i]) && (inVariable || (q >= 0 && i > q)) ? (inVariable ? '_' : '+') : text[i];
  }
  return out;
}

/** `.../connectorGroups/$count`: the facts mark these collections Countable, so `$count` after a listable one is fine. */
function countsCollection(table: RouteTable, version: string, segments: string[]): boolean {
  if (segments.length < 2 || segments[segments.length - 1].toLowerCase() !== '$count') return false;
  const collection = matchRoute(table, version, '/' + segments.slice(0, -1).join('/'), 'GET');
  return !!collection?.operation?.responseIsCollection;
}

/** A route the cloud's Graph does not have (e.g. externalConnectors in China): the origin's cloud, else the selected one. */
function cloudProblem(table: RouteTable, match: RouteMatch, origin: string | undefined, selected: string | undefined, span: () => { start: number; end: number }): GraphDiagnostic | undefined {
  const available = match.route.clouds;
  if (!available) return undefined;
  const cloud = (table.clouds ?? []).find(c => origin ? c.origin.toLowerCase() === origin.toLowerCase() : c.id === selected);
  if (!cloud?.id || available.includes(cloud.id)) return undefined;
  const names = available.map(id => table.clouds!.find(c => c.id === id)?.name ?? id);
  return {
    span: span(), severity: 'warning', code: 'graph.url.cloudUnavailable',
    message: l10n.t("{0} is not available in the {1} cloud: '{2}' exists only in {3}.", describeRoute(match), cloud.name, match.route.template, listOr(names, 'and')),
  };
}

function describeRoute(match: RouteMatch): string {
  return match.route.resourceType ? shortTypeName(match.route.resourceType) : l10n.t('This resource');
}

/** Puts the ids the user wrote back into a suggested template, where the positions line up. */
function fillTemplate(table: RouteTable, template: string, actual: string[]): string {
  const parts = template.split('/').filter(Boolean);
  // A segment that is a literal somewhere in the table (members, connectors...) is not an id to carry over.
  const literals = new Set(table.routes.flatMap(r => r.template.split('/')).filter(p => p && !p.startsWith('{')).map(p => p.toLowerCase()));
  const carried = (a: string | undefined) => !!a && !literals.has(a.toLowerCase()) && !a.startsWith('$');
  // Walked side by side; where the template has more segments (a cast the path lacks: `/microsoft.graph.mobileLobApp`),
  // its literal that the path does not have at that place is inserted and the path's segment is kept for the next.
  const out: string[] = [];
  let extra = parts.length - actual.length;
  for (let i = 0, j = 0; i < parts.length; i++) {
    const p = parts[i];
    if (!p.startsWith('{') && extra > 0 && p.toLowerCase() !== actual[j]?.toLowerCase() && p.includes('.')) { out.push(p); extra--; continue; }
    out.push(p.startsWith('{') && carried(actual[j]) ? actual[j] : p);
    j++;
  }
  return '/' + out.join('/');
}

/** `reason`: why the whole v1.0 metadata has no such path, said in brackets after it. */
function unknownPath(table: RouteTable, version: string, path: string, segments: string[], layout: UrlLayout, doc: (s: { start: number; end: number }) => { start: number; end: number }, versionUnknown: boolean, reason?: string): GraphDiagnostic[] {
  if (tooLongToSuggest(path)) {
    const chars = path.length.toLocaleString('en-US');
    return [{ span: doc(layout.path), severity: 'error', code: 'graph.url.unknownPath', message: reason ? l10n.t('Unknown Graph path ({0} characters) ({1}).', chars, reason) : l10n.t('Unknown Graph path ({0} characters).', chars) }, {
      span: doc(layout.path), severity: 'info', code: 'graph.limit.suggestionsSkipped',
      message: l10n.t('No "did you mean" for this path: paths over {0} characters or {1} segments are not compared with the route table.', SUGGEST_MAX_CHARS.toLocaleString('en-US'), SUGGEST_MAX_SEGMENTS),
    }];
  }
  // Only the best suggestion becomes a fix: the runners-up are often unrelated routes of similar length.
  const suggestions = suggestRoutes(table, version, path, 1);
  const fixes: CodeFix[] = suggestions.map((template, i) => {
    const route = table.routes.find(r => r.template === template)!;
    const filled = fillTemplate(table, template, segments);
    const inVersion = route.versions.some(v => v === version) && !versionUnknown;
    const edit = inVersion
      ? { span: doc(layout.path), newText: filled }
      : { span: doc({ start: layout.version.start, end: layout.path.end }), newText: route.versions[route.versions.length - 1] + filled };
    return { title: l10n.t('Change to {0}', `${inVersion ? '' : '/' + edit.newText.split('/')[0]}${filled}`), edits: [edit], isPreferred: i === 0 };
  });
  const best = suggestions[0] && table.routes.find(r => r.template === suggestions[0])!;
  const said = reason ? l10n.t("Unknown Graph path '{0}' ({1}).", path, reason) : l10n.t("Unknown Graph path '{0}'.", path);
  const hint = !best ? undefined : best.versions.includes(version as never) ? l10n.t("Did you mean '{0}'?", best.template) : l10n.t("Did you mean '{0}' ({1} only)?", best.template, best.versions.join(', '));
  return [{ span: doc(layout.path), severity: 'error', code: 'graph.url.unknownPath', message: hint ? `${said} ${hint}` : said, fixes }];
}

function methodNotAllowed(request: HttpRequest, match: RouteMatch, urlSpan: { start: number; end: number }): GraphDiagnostic {
  const allowed = match.route.operations.map(o => o.method);
  const span = request.methodSpan ?? urlSpan;
  const fixes: CodeFix[] = allowed.map(m => ({
    title: l10n.t('Use {0}', m),
    edits: [request.methodSpan ? { span: request.methodSpan, newText: m } : { span: { start: urlSpan.start, end: urlSpan.start }, newText: `${m} ` }],
  }));
  return {
    span, severity: 'error', code: 'graph.url.methodNotAllowed',
    message: l10n.t("{0} is not supported on '{1}'; use {2}.", request.method, match.route.template, listOr(allowed)), fixes,
  };
}

/** For a malformed URL that names a type: the documented collection URL of that type, for the request's method. */
function collectionFix(table: RouteTable, text: string, method: string, type: string | undefined, whole: { start: number; end: number }): CodeFix[] | undefined {
  if (!type) return undefined;
  const route = table.routes.find(r => r.resourceType === type && !r.template.endsWith('}') && !r.template.endsWith('$ref') && r.operations.some(o => o.method === method));
  if (!route) return undefined;
  const origin = graphOrigins(table).find(o => text.toLowerCase().startsWith(o.toLowerCase())) ?? graphOrigins(table)[0];
  const newUrl = `${origin}/${route.versions[route.versions.length - 1]}${route.template}`;
  return [{ title: l10n.t('Replace with {0}', newUrl), edits: [{ span: whole, newText: newUrl }], isPreferred: true }];
}
