import { badRequest } from './errors';
import { parseFilter, type ItemPredicate } from './filter';
import type { SandboxRequest, GraphResult } from './request';
import { selectableProperties } from './bodySchemas';

/** Query options the sandbox implements. Others that Graph knows are refused plainly rather than silently ignored. */
const SUPPORTED = new Set(['$select', '$top', '$count', '$skiptoken', '$filter']);
const KNOWN_UNSUPPORTED = new Set(['$orderby', '$expand', '$search', '$skip', '$format', '$apply']);
const MAX_TOP = 999;

export interface QueryOptions { select?: string[]; filter?: ItemPredicate; top?: number; count: boolean; offset: number }

function parseSelect(raw: string, graphType: string): string[] {
  const names = raw.split(',').map(s => s.trim()).filter(Boolean);
  const known = selectableProperties(graphType);
  for (const name of names) {
    if (known && !known.includes(name)) throw badRequest(`Could not find a property named '${name}' on type '${graphType}'.`);
  }
  return names;
}

function parseSkipToken(raw: string): number {
  const match = /^o(\d{1,9})$/.exec(Buffer.from(raw, 'base64url').toString('utf8'));
  if (!match) throw badRequest(`The value '${raw}' of the query option $skiptoken is not valid.`);
  return Number(match[1]);
}

export function parseQueryOptions(req: SandboxRequest, graphType: string, collection: boolean): QueryOptions {
  const options: QueryOptions = { count: false, offset: 0 };
  for (const [key, value] of req.query) {
    if (!key.startsWith('$')) continue; // custom query parameters are ignored, as Graph does
    if (KNOWN_UNSUPPORTED.has(key)) throw badRequest(`Query option '${key}' is not supported by the sandbox tenant.`);
    if (!SUPPORTED.has(key)) throw badRequest(`Query option '${key}' is not allowed. Make sure it is a supported query option and spelled correctly.`);
    if (key !== '$select' && !collection) throw badRequest(`Query option '${key}' is not allowed on a single entity.`);
    if (key === '$select') options.select = parseSelect(value, graphType);
    else if (key === '$filter') options.filter = parseFilter(value, graphType);
    else if (key === '$top') {
      if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_TOP) throw badRequest(`Invalid page size specified: '${value}'. Must be between 1 and ${MAX_TOP} inclusive.`);
      options.top = Number(value);
    } else if (key === '$count') {
      if (value !== 'true' && value !== 'false') throw badRequest(`'${value}' is not a valid count option.`);
      options.count = value === 'true';
    } else options.offset = parseSkipToken(value);
  }
  return options;
}

function project(item: object, select: string[] | undefined): object {
  if (!select) return item;
  const source = item as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const name of select) if (Object.hasOwn(source, name)) out[name] = source[name];
  return out;
}

function contextUrl(req: SandboxRequest, fragment: string, select: string[] | undefined, entity: boolean): string {
  const projected = select ? `${fragment}(${select.join(',')})` : fragment;
  return `${req.ctx.baseUrl}/${req.version}/$metadata#${projected}${entity ? '/$entity' : ''}`;
}

/** Graph keeps `$` and `,` readable in its nextLinks; so does the sandbox. */
function encodeQueryPart(text: string): string {
  return encodeURIComponent(text).replace(/%24/g, '$').replace(/%2C/gi, ',');
}

function nextLink(req: SandboxRequest, offset: number): string {
  const parts: string[] = [];
  for (const [key, value] of req.query) if (key !== '$skiptoken') parts.push(`${encodeQueryPart(key)}=${encodeQueryPart(value)}`);
  parts.push(`$skiptoken=${Buffer.from(`o${offset}`).toString('base64url')}`);
  return `${req.ctx.baseUrl}/${req.version}${req.path}?${parts.join('&')}`;
}

/**
 * A page of a collection with server-driven paging: $top (or the sandbox page size) items from the
 * $skiptoken offset, @odata.count on the first page only (as directory APIs do), and an absolute
 * @odata.nextLink that keeps the caller's other query options.
 */
export function collectionResult(req: SandboxRequest, allItems: readonly object[], graphType: string, fragment: string): GraphResult {
  const options = parseQueryOptions(req, graphType, true);
  const items = options.filter ? allItems.filter(options.filter) : allItems;
  const pageSize = options.top ?? req.ctx.pageSize;
  const page = items.slice(options.offset, options.offset + pageSize);
  const body: Record<string, unknown> = { '@odata.context': contextUrl(req, fragment, options.select, false) };
  if (options.count && options.offset === 0) body['@odata.count'] = items.length;
  if (options.offset + pageSize < items.length) body['@odata.nextLink'] = nextLink(req, options.offset + pageSize);
  body.value = options.select ? page.map(item => project(item, options.select)) : page;
  return { status: 200, body };
}

export function entityResult(req: SandboxRequest, item: object, graphType: string, fragment: string, status = 200): GraphResult {
  const options = parseQueryOptions(req, graphType, false);
  return { status, body: { '@odata.context': contextUrl(req, fragment, options.select, true), ...project(item, options.select) } };
}
