/**
 * Every Graph v1.0 path, walked through the v1.0 model (v1Model.ts) the way Graph's OData router reads it:
 * an entity set or singleton as the root; a key after a collection (`{id}`, a literal key, or `('key')` /
 * `(alternateKey='x')`); navigation properties (contained ones, and non-contained ones whose links are
 * written through `/$ref`); structural properties; type casts (`/microsoft.graph.user`); bound actions and
 * functions (with or without `(...)`, with or without the `microsoft.graph.` prefix); `$count` after a
 * collection, `$value` after a media entity, a stream or a primitive property, `$ref` after a navigation.
 *
 * Depth limit: paths of more than V1_MAX_SEGMENTS segments after the version are not checked; nor is the rest
 * of a path after OneDrive/SharePoint path-based addressing (`root:/folder/file.txt:`), whose segments are
 * file names, not metadata.
 *
 * Which methods a path takes comes from the metadata only: an action is POST, a function GET, `$count` GET;
 * Capabilities.V1 Insert/Update/DeleteRestrictions (`Insertable`/`Updatable`/`Deletable` false) take POST,
 * PATCH/PUT and DELETE away. Where the metadata says nothing, every method is accepted.
 */
import type { HttpMethod, Route, RouteOperation, RoutePermissions } from './types';
import { l10n } from '../text/l10n';
import { takesAn } from '../text/article';
import { deprecationText, type Deprecation } from './deprecation';
import { callProblems, type CallProblem } from './v1Calls';
import { candidates } from './v1Candidates';
import {
  deprecationOf, findNavigation, findTypeName, findOperation, findProperty, findRoot, loadV1Model, v1Permissions, typeChain, unwrap, V1_MAX_SEGMENTS, type V1Model, type V1ModelOperation,
} from './v1Model';

export type V1BodyKind = 'create' | 'update' | 'ref' | 'refOne' | 'action';

/** Where a walk through the model stands after a segment (v1Completion.ts reads it for what may follow). */
export interface State {
  type: string;
  isCollection: boolean;
  /** Where the value came from: a root, a navigation (its restriction target), a property, an operation. */
  origin: 'root' | 'navigation' | 'property' | 'operation' | 'key' | 'cast';
  /** `/<root>` or `<declaring type>/<navigation>`: the target of Capabilities restrictions. */
  target?: string;
  contained?: boolean;
  operation?: V1ModelOperation;
  operationBinding?: string;
  special?: '$ref' | '$count' | '$value';
  primitive?: boolean;
}

export type V1Resolution =
  /** `calls`: what is wrong with the parameters of the bound functions the path calls (v1Calls.ts), by segment. */
  | { kind: 'route'; route: Route; type?: string; permissionKey: string; calls?: (CallProblem & { segment: number })[] }
  /** Not checked: deeper than the limit, path-based addressing, or no model. */
  | { kind: 'unchecked'; reason: string }
  /** `at`: index of the first segment the metadata does not have; `candidates`: real templates near it. */
  | { kind: 'unknown'; at: number; reason: string; candidates: () => string[] };

const METHODS: HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const shortName = (t: string) => t.slice(t.lastIndexOf('.') + 1);
const isTemplateParam = (s: string) => /^\{[^{}]*\}$/.test(s);
/** `{{var}}`: a variable whose value is not known. Only a key can be an unknown value. */
const isOpaque = (s: string) => s.includes('{{');

export function splitCall(segment: string): { name: string; args?: string } {
  const open = segment.indexOf('(');
  if (open > 0 && segment.endsWith(')')) return { name: segment.slice(0, open), args: segment.slice(open + 1, -1) };
  return { name: segment };
}

/** Permission-map form of a template: lower-cased, keys as `{id}`, call parentheses dropped (`delta()` -> `delta`). */
export function permissionPathKey(segments: string[]): string {
  return '/' + segments.map(s => isTemplateParam(s) ? '{id}' : s.toLowerCase().replace(/\(.*\)$/, '')).join('/');
}

export interface ResolveOptions { model?: V1Model; maxSegments?: number }

/**
 * JSON batching (Graph docs, concepts/json-batching: `POST https://graph.microsoft.com/v1.0/$batch`): a service
 * endpoint, not in the metadata's EntityContainer. Its body (`requests`, each with id, method and url) is not checked;
 * each request inside it needs its own permissions, so the batch names none.
 */
const BATCH_ROUTE: Route = {
  template: '/$batch', versions: ['v1.0'], source: 'metadata',
  operations: [{ id: 'v1.0:POST /$batch', summary: 'JSON batch', method: 'POST', success: [200], successAssumed: true, permissions: { all: [] } }],
};

/** Walks `path` (after the version: `/users/{id}/manager`) through the v1.0 metadata. Never throws. */
export function resolveV1Path(path: string, options: ResolveOptions = {}): V1Resolution {
  const m = options.model ?? loadV1Model();
  if (!m) return { kind: 'unchecked', reason: l10n.t('the v1.0 model is not available') };
  const segments = path.split('?')[0].split('/').filter(Boolean);
  if (!segments.length) return { kind: 'unchecked', reason: l10n.t('the service root') };
  if (segments.length === 1 && segments[0].toLowerCase() === '$batch') return { kind: 'route', route: BATCH_ROUTE, permissionKey: '/$batch' };
  if (segments.length > (options.maxSegments ?? m.maxSegments ?? V1_MAX_SEGMENTS)) return { kind: 'unchecked', reason: l10n.t('more than {0} segments', options.maxSegments ?? m.maxSegments ?? V1_MAX_SEGMENTS) };
  const walked = walk(m, segments);
  if (walked.kind !== 'ok') return walked.kind === 'unchecked' ? walked : { kind: 'unknown', at: walked.at, reason: walked.reason, candidates: () => candidates(m, segments, walked.at, walked.prefix, walked.state) };
  // A function named without parentheses (`recent`) has its parameters checked too; what is said spans its name.
  const calls = walked.calls?.flatMap(c => callProblems(m, c.binding, c.collection, c.name, c.args, c.name.length + 1)
    .map(p => c.bare ? { ...p, start: 0, end: c.name.length, segment: c.segment } : { ...p, segment: c.segment }));
  return { kind: 'route', ...routeOf(m, walked.template, walked.state, walked.deprecated), ...(calls?.length ? { calls } : {}) };
}

/** A bound function called with parameters in the path: its segment, binding and the text inside the parentheses. */
interface Call { segment: number; binding: string; collection: boolean; name: string; args: string; bare?: true }

export type Walked =
  /** `deprecated`: the first segment that goes through what the metadata deprecates (Core.V1.Revisions). */
  | { kind: 'ok'; state: State; template: string[]; deprecated?: { segment: number; deprecation: Deprecation }; calls?: Call[] }
  | { kind: 'unchecked'; reason: string }
  | { kind: 'unknown'; at: number; reason: string; prefix: string[]; state?: State };

/** The segments walked through the model (resolveV1Path, and v1Completion.ts for what may follow a prefix). */
export function walk(m: V1Model, segments: string[]): Walked {
  const first = splitCall(segments[0]);
  if (segments[0].includes(':')) return { kind: 'unchecked', reason: l10n.t('path-based addressing') };
  const rootName = findRoot(m, first.name);
  // `{{root}}` is no root we can check; `applications(appId='{{appId}}')` is the root applications with a key.
  if (!rootName || isOpaque(first.name)) return { kind: 'unknown', at: 0, reason: l10n.t("no entity set or singleton '{0}' in {1}", first.name, m.version), prefix: [] };
  const [rootType, rootCollection] = m.roots[rootName];
  let state: State = { type: rootType, isCollection: !!rootCollection, origin: 'root', target: `/${rootName}`, contained: true };
  const template = [rootName];
  // The first segment through a deprecated root type, navigation, property, cast or bound operation (few in v1.0).
  let deprecated: { segment: number; deprecation: Deprecation } | undefined;
  const note = (segment: number, d: Deprecation | undefined) => { if (d && !deprecated) deprecated = { segment, deprecation: d }; };
  let calls: Call[] | undefined;
  const called = (segment: number, op: V1ModelOperation, binding: string, collection: boolean, name: string, args: string | undefined) => {
    if (op[1] === 'f') (calls ??= []).push({ segment, binding, collection, name, args: args ?? '', ...(args === undefined ? { bare: true } : {}) });
  };
  if (m.deprecated) note(0, deprecationOf(m, rootType));
  if (first.args !== undefined) {
    if (!state.isCollection) return { kind: 'unknown', at: 0, reason: l10n.t("'{0}' is a singleton: it takes no key", rootName), prefix: [] };
    state = { ...state, isCollection: false, origin: 'key' };
    template[0] = `${rootName}({${shortName(rootType)}-key})`;
  }
  for (let i = 1; i < segments.length; i++) {
    const raw = segments[i];
    // A '/' inside a call's parameters (`getByPath(path='sites/x')`, `search(q='a/b')`) splits the call across segments.
    // OData writes it %2F; whether Graph also reads it bare is not documented, so the rest is not checked either way.
    if (raw.includes('(') && !raw.endsWith(')') && segments.slice(i + 1).some(s => s.includes(')'))) return { kind: 'unchecked', reason: l10n.t("a '/' inside the parameters of a call") };
    // Path-based addressing (`root:/folder/file.txt:`, `sites/contoso.sharepoint.com:/sites/team:`) ends a segment with a
    // colon; a key may hold one inside (a Teams channel's or chat's id, `19:561fbd...@thread.tacv2`: channel-patch).
    const keyHere = state.isCollection && !state.operation && !raw.endsWith(':') && !raw.startsWith(':');
    // A colon inside a call's parentheses is a value's (range(address='A1:B2'), reminderView(startDateTime='...T10:00:00')).
    const outsideCall = raw.endsWith(')') && raw.indexOf('(') > 0 ? raw.slice(0, raw.indexOf('(')) : raw;
    if (outsideCall.includes(':') && !raw.includes('{{') && !keyHere) return { kind: 'unchecked', reason: l10n.t('path-based addressing (a file or site path)') };
    if (state.special === '$count' || state.special === '$value' || (state.operation && state.operation[1] === 'a')) {
      return { kind: 'unknown', at: i, reason: l10n.t("nothing follows '{0}'", segments[i - 1]), prefix: template.slice(), state };
    }
    const lower = raw.toLowerCase();
    if (state.special === '$ref') {
      return { kind: 'unknown', at: i, reason: l10n.t('nothing follows $ref'), prefix: template.slice(), state };
    }
    if (lower === '$ref') {
      if (state.origin !== 'navigation' && !(state.origin === 'key' && state.contained === false)) return { kind: 'unknown', at: i, reason: l10n.t('$ref follows a navigation property'), prefix: template.slice(), state };
      state = { ...state, special: '$ref' };
      template.push('$ref');
      continue;
    }
    if (lower === '$count') {
      if (!state.isCollection) return { kind: 'unknown', at: i, reason: l10n.t('$count follows a collection'), prefix: template.slice(), state };
      state = { ...state, special: '$count' };
      template.push('$count');
      continue;
    }
    if (lower === '$value') {
      const stream = state.primitive || (!state.isCollection && typeChain(m, state.type).some(t => m.types[t].s));
      if (!stream) return { kind: 'unknown', at: i, reason: l10n.t('$value follows a media entity, a stream or a primitive property; {0} is none', shortName(state.type)), prefix: template.slice(), state };
      state = { ...state, special: '$value' };
      template.push('$value');
      continue;
    }
    if (state.primitive) return { kind: 'unknown', at: i, reason: l10n.t('{0} is a primitive value', shortName(state.type)), prefix: template.slice(), state };
    const { name, args } = splitCall(raw);
    // A {{variable}} in a call's parameters (`getOffice365ActiveUserDetail(period='{{period}}')`) is a value, not the name.
    const opaque = isOpaque(args !== undefined ? name : raw);
    // A collection: a bound collection operation, a cast, or else a key.
    if (state.isCollection && !state.operation) {
      const op = opaque ? undefined : findOperation(m, state.type, name, true);
      if (op) { if (m.deprecated) note(i, deprecationOf(m, state.type, `${op[0]}()`)); called(i, op, state.type, true, name, args); state = { ...state, operation: op, operationBinding: state.type, origin: 'operation' }; template.push(op[0] + (args !== undefined ? '(...)' : '')); continue; }
      const cast = opaque ? undefined : castTo(m, state.type, name);
      if (cast) { if (m.deprecated) note(i, deprecationOf(m, cast)); state = { ...state, type: cast, origin: 'cast' }; template.push(cast); continue; }
      if (raw.startsWith('$')) return { kind: 'unknown', at: i, reason: l10n.t("'{0}' is not a key", raw), prefix: template.slice(), state };
      // `getNoSuchFn(x=1)`, `getAllThings()`: a function call, not a key (no id Graph hands out is a name with named values
      // in parentheses), and no bound function of this collection.
      if (!opaque && args !== undefined && /^[A-Za-z_][\w.]*$/.test(name) && (args === '' || args.includes('='))) {
        return { kind: 'unknown', at: i, reason: l10n.t("'{0}' is no bound function of {1} collections in {2}", name, shortName(state.type), m.version), prefix: template.slice(), state };
      }
      state = { ...state, isCollection: false, origin: 'key' };
      template.push(`{${shortName(state.type)}-id}`);
      continue;
    }
    if (opaque) return { kind: 'unknown', at: i, reason: l10n.t('a {{variable}} can only be a key'), prefix: template.slice(), state };
    if (state.operation) {
      // A function's result can be addressed further (its return type).
      const ret = state.operation[4] ? unwrap(state.operation[4]) : undefined;
      if (!ret || !m.types[ret.type]) return { kind: 'unknown', at: i, reason: l10n.t("nothing follows '{0}'", segments[i - 1]), prefix: template.slice(), state };
      state = { type: ret.type, isCollection: ret.isCollection, origin: 'operation' };
      if (state.isCollection) { i--; continue; }
    }
    const nav = findNavigation(m, state.type, name);
    if (nav && m.deprecated) note(i, deprecationOf(m, nav.declaredBy, nav.nav[0]) ?? deprecationOf(m, unwrap(nav.nav[1]).type));
    if (nav && args === undefined) {
      const t = unwrap(nav.nav[1]);
      state = { type: t.type, isCollection: t.isCollection, origin: 'navigation', target: `${nav.declaredBy}/${nav.nav[0]}`, contained: !!nav.nav[2] };
      template.push(nav.nav[0]);
      continue;
    }
    // A key in parentheses on a collection-valued navigation, as on a root: learningcontent-update.md's
    // `learningContents(externalId='LP4471')` (an alternate key), `registrations(email='...')`.
    if (nav && args !== undefined && unwrap(nav.nav[1]).isCollection) {
      const t = unwrap(nav.nav[1]);
      state = { type: t.type, isCollection: false, origin: 'key', target: `${nav.declaredBy}/${nav.nav[0]}`, contained: !!nav.nav[2] };
      template.push(`${nav.nav[0]}({${shortName(t.type)}-key})`);
      continue;
    }
    const prop = args === undefined ? findProperty(m, state.type, name) : undefined;
    if (prop) {
      const t = unwrap(prop[1]);
      if (m.deprecated) note(i, deprecationOf(m, state.type, prop[0]) ?? deprecationOf(m, t.type));
      state = { type: t.type, isCollection: t.isCollection, origin: 'property', primitive: !m.types[t.type] };
      template.push(prop[0]);
      continue;
    }
    const cast = castTo(m, state.type, name);
    if (cast && args === undefined) { if (m.deprecated) note(i, deprecationOf(m, cast)); state = { ...state, type: cast, origin: 'cast' }; template.push(cast); continue; }
    const op = findOperation(m, state.type, name, false);
    if (op) { if (m.deprecated) note(i, deprecationOf(m, state.type, `${op[0]}()`)); called(i, op, state.type, false, name, args); state = { ...state, operation: op, operationBinding: state.type, origin: 'operation' }; template.push(op[0] + (args !== undefined ? '(...)' : '')); continue; }
    return { kind: 'unknown', at: i, reason: l10n.t("'{0}' is not a navigation property, property, type cast or bound operation of {1} in {2}", raw, shortName(state.type), m.version), prefix: template.slice(), state };
  }
  return { kind: 'ok', state, template, ...(deprecated ? { deprecated } : {}), ...(calls ? { calls } : {}) };
}

/** `microsoft.graph.user` after a directoryObject value: a type deriving from the current one (or the type itself). */
function castTo(m: V1Model, current: string, segment: string): string | undefined {
  if (!segment.includes('.')) return undefined;
  const lower = segment.toLowerCase();
  if (current.toLowerCase() === lower) return current;
  // The named type, if `current` is among its bases (reads the named type's chain, not every subtype of `current`).
  const named = findTypeName(m, segment);
  return named && typeChain(m, named).includes(current) ? named : undefined;
}

function methodsOf(m: V1Model, state: State): { method: HttpMethod; body?: string; collectionPatch?: true }[] {
  if (state.special === '$count') return [{ method: 'GET' }];
  if (state.special === '$ref') {
    return state.isCollection ? [{ method: 'GET' }, { method: 'POST', body: `v1.0:ref:${state.type}` }, { method: 'DELETE' }]
      : state.origin === 'key' ? [{ method: 'DELETE' }] : [{ method: 'GET' }, { method: 'PUT', body: `v1.0:refOne:${state.type}` }, { method: 'DELETE' }];
  }
  if (state.special === '$value') {
    // A message's MIME content, an attachment's raw bytes: read only, as the docs show them (DOCS_MEDIA_TYPES).
    const docsOnly = !state.primitive && !typeChain(m, state.type).some(t => m.types[t].s === 1);
    return docsOnly ? [{ method: 'GET' }] : [{ method: 'GET' }, { method: 'PUT' }, { method: 'DELETE' }];
  }
  if (state.operation) {
    const op = state.operation;
    // A function's result that is one entity is updated in place: range-update PATCHes workbook range(address='...')
    // (the metadata: range is IsComposable and returns workbookRange, an entity), its body the entity's update.
    if (op[1] === 'f') {
      const ret = op[4] ? unwrap(op[4]) : undefined;
      return ret && !ret.isCollection && m.types[ret.type]?.k === 'e' ? [{ method: 'GET' }, { method: 'PATCH', body: `v1.0:update:${ret.type}` }] : [{ method: 'GET' }];
    }
    const body = op[3].length ? `v1.0:action:${state.operationBinding}:${op[0]}:${op[2]}` : undefined;
    return [{ method: 'POST', ...(body ? { body } : {}) }];
  }
  const denied = (state.target && m.restrictions[state.target]) || '';
  const out: { method: HttpMethod; body?: string; collectionPatch?: true }[] = [];
  const structured = !!m.types[state.type];
  for (const method of METHODS) {
    if (state.isCollection) {
      if (method === 'POST' && denied.includes('i')) continue;
      // PATCH of a collection: OData 4.01's delta update, which no Graph docs page does; todotasklist-update's template
      // `PATCH .../lists/{todoTaskListId}/tasks` is a docs mistake for the list itself. Accepted with a caution (the
      // permission map lists PATCH on a dozen collections, as its path sets share one method list), the body read as
      // an item's update.
      if (method === 'PATCH') { out.push(structured ? { method, body: `v1.0:update:${state.type}`, collectionPatch: true } : { method, collectionPatch: true }); continue; }
      out.push(method === 'POST' && structured ? { method, body: `v1.0:create:${state.type}` } : { method });
    } else {
      if ((method === 'PATCH' || method === 'PUT') && denied.includes('u')) continue;
      if (method === 'DELETE' && denied.includes('d')) continue;
      out.push((method === 'PATCH' || method === 'PUT') && structured ? { method, body: `v1.0:update:${state.type}` } : { method });
    }
  }
  return out;
}

const NO_PERMISSIONS: RoutePermissions = { all: [] };

function permissionsOf(m: V1Model, key: string, method: HttpMethod): RoutePermissions {
  const permissions = v1Permissions(m);
  let p = permissions[`${method} ${key}`];
  if (!p && key.endsWith('/$ref')) p = permissions[`${method} ${key.slice(0, -'/$ref'.length)}`];
  if (!p) return NO_PERMISSIONS;
  const [delegatedPair, applicationPair, ...all] = p;
  // `least&also`: a read-only least permission with the write one asked for with it (v1ModelCompiler.ts).
  const [delegated, delegatedAlso] = delegatedPair.split('&'), [application, applicationAlso] = applicationPair.split('&');
  return {
    all, ...(delegated ? { delegated } : {}), ...(application ? { application } : {}),
    ...(delegatedAlso ? { delegatedAlso } : {}), ...(applicationAlso ? { applicationAlso } : {}),
  };
}

/** `a user`, `an invitation` (the metadata's type names are English camelCase words). */
const article = (noun: string) => `${takesAn(noun) ? 'an' : 'a'} ${noun}`;

function summaryOf(state: State, method: HttpMethod): string {
  const noun = shortName(state.type);
  if (state.operation && method === 'PATCH' && state.operation[4]) return `Update ${shortName(unwrap(state.operation[4]).type)}`;
  if (state.operation) return `${state.operation[0]} (${state.operation[1] === 'a' ? 'action' : 'function'})`;
  if (state.special === '$count') return `Count ${noun} items`;
  if (state.special === '$ref') return method === 'DELETE' ? `Remove ${article(noun)} reference` : method === 'GET' ? `List ${noun} references` : `Add ${article(noun)} reference`;
  if (state.special === '$value') return `The ${noun} content`;
  switch (method) {
    case 'GET': return state.isCollection ? `List ${noun} items` : `Get ${noun}`;
    case 'POST': return state.isCollection ? `Create ${article(noun)}` : `POST to ${noun}`;
    case 'PATCH': return `Update ${noun}`;
    case 'PUT': return `Replace ${noun}`;
    default: return `Delete ${noun}`;
  }
}

function defaultSuccess(state: State, method: HttpMethod): number[] {
  if (method === 'GET') return [200];
  if (method === 'POST') return state.special === '$ref' ? [204] : state.operation ? [200, 204] : [201];
  return [200, 204];
}

/**
 * An operation of a metadata route. Its permissions come from their own file, read the first time a route's
 * permissions are asked for (hover, scopes): a getter on the class, not a property defined on each of the five
 * operations of every route a validation walks.
 */
class MetadataOperation implements RouteOperation {
  readonly id: string;
  readonly successAssumed = true;
  declare readonly bodySchema?: string;
  declare caution?: string;
  readonly #model: V1Model;
  readonly #permissionKey: string;
  #permissions?: RoutePermissions;
  constructor(model: V1Model, permissionKey: string, template: string, readonly method: HttpMethod, readonly summary: string, readonly success: number[], body: string | undefined) {
    this.id = `v1.0:${method} ${template}`;
    this.#model = model;
    this.#permissionKey = permissionKey;
    if (body) (this as { bodySchema?: string }).bodySchema = body;
  }
  get permissions(): RoutePermissions { return (this.#permissions ??= permissionsOf(this.#model, this.#permissionKey, this.method)); }
  /** As the curated routes' operations serialize (JSON output, tests): the permissions included. */
  toJSON(): RouteOperation { return { ...this, permissions: this.permissions }; }
}

const routeCaches = new WeakMap<V1Model, Map<string, { route: Route; type?: string; permissionKey: string }>>();

function routeOf(m: V1Model, templateSegments: string[], state: State, deprecated?: { segment: number; deprecation: Deprecation }): { route: Route; type?: string; permissionKey: string } {
  const template = '/' + templateSegments.join('/');
  let routeCache = routeCaches.get(m);
  if (!routeCache) routeCaches.set(m, routeCache = new Map());
  const cached = routeCache.get(template);
  if (cached) return cached;
  const permissionKey = permissionPathKey(templateSegments);
  const operations: RouteOperation[] = methodsOf(m, state).map(({ method, body, collectionPatch }) => {
    const op = new MetadataOperation(m, permissionKey, template, method, summaryOf(state, method), defaultSuccess(state, method), body);
    if (collectionPatch) op.caution = l10n.t("PATCH updates one {0}, and '{1}' is their collection: address an item ('{1}/{{0}-id}'). OData 4.0 updates an entity with PATCH; a collection takes it only as 4.01's delta update.", shortName(state.type), template);
    return op;
  });
  const resourceType = state.operation || state.special === '$count' || state.primitive ? undefined : state.type;
  const route: Route = {
    template, versions: ['v1.0'], operations, source: 'metadata', ...(resourceType ? { resourceType } : {}),
    ...(deprecated ? { deprecated: { segment: deprecated.segment, message: deprecationText(deprecated.deprecation) } } : {}),
  };
  const out = { route, ...(resourceType ? { type: resourceType } : {}), permissionKey };
  if (routeCache.size > 5000) routeCache.clear();
  routeCache.set(template, out);
  return out;
}

/** The route of a known template (tests, the permission cross-check). */
export function v1RouteFor(path: string, model?: V1Model): Route | undefined {
  const r = resolveV1Path(path, { model });
  return r.kind === 'route' ? r.route : undefined;
}
