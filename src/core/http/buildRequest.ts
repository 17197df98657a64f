import type { HttpFile, HttpRequest, RequestSettings } from './types';
import { VariableResolver, type VariableContext } from './substitute';
import { bodyLineBreak, bodyLines, fileReference } from './bodyLines';
import { effectiveHostUrl } from './requestUrl';
import { encodeUrlWhitespace } from './urlText';
import { unescapeFileVariable } from './fileVariableValue';
import { encodeFormBody } from './formBody';
import { l10n } from '../text/l10n';

export type BuildContext = Omit<VariableContext, 'fileVariables'> & {
  fileVariables?: Record<string, string>;
  /** Reads `< ./file` / `<@ ./file` (path as written); throws a user-facing error when the file must not be read. Without it, file bodies stay unread and are reported. */
  readBodyFile?: (path: string) => Buffer;
};

/** A request as it goes on the wire, built the way REST Client builds it from the `.http` text. */
export interface BuiltRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  unresolved: string[];
  settings: RequestSettings;
  /** The files the body was read from, as written. */
  bodyFiles: string[];
}

/**
 * Substitutes variables and builds the wire request, as REST Client documents it: repeated headers joined
 * (`, `; `; ` for Cookie), a path-only URL with a `Host:` header sent to that host, whitespace in the URL
 * percent-encoded, comment lines dropped from the body, `x-www-form-urlencoded` lines joined and encoded,
 * multipart lines joined with CRLF, `< file` / `<@ file` lines replaced by the file, and GraphQL bodies
 * (`X-Request-Type: GraphQL`) wrapped into `{"query", "variables"}`. One resolver per request, so
 * `@id = {{$guid}}` is one id throughout it. Never sends anything; throws only what readBodyFile throws.
 */
export function buildRequest(file: HttpFile, request: HttpRequest, ctx: BuildContext): BuiltRequest {
  const fileVariables: Record<string, string> = {};
  for (const v of file.variables) fileVariables[v.name] = unescapeFileVariable(v.value);
  Object.assign(fileVariables, ctx.fileVariables);
  const resolver = new VariableResolver({ ...ctx, fileVariables });
  const unresolved = new Set<string>();
  const sub = (text: string) => {
    const r = resolver.substitute(text);
    r.unresolved.forEach(u => unresolved.add(u));
    return r.text;
  };
  const rawUrl = sub(request.url);
  const headerList = request.headers.map(h => ({ name: sub(h.name), value: sub(h.value) }));
  const url = encodeUrlWhitespace(effectiveHostUrl(rawUrl, headerList) ?? rawUrl);
  const headers = joinHeaders(headerList);
  const bodyFiles: string[] = [];
  let body: string | Uint8Array | undefined;
  if (request.body) {
    if (request.curl) body = sub(request.body.text);
    else body = buildBody(request.body.text, headers, sub, ctx.readBodyFile, bodyFiles);
  }
  if (body !== undefined && isGraphQl(headers)) {
    body = graphQlBody(typeof body === 'string' ? body : Buffer.from(body).toString('utf8'));
    deleteHeader(headers, 'x-request-type');
  }
  return { method: request.method, url, headers, ...(body === undefined ? {} : { body }), unresolved: [...unresolved], settings: request.settings ?? {}, bodyFiles };
}

/** REST Client joins a repeated header's values with `, ` (`; ` for Cookie); the first spelling of the name is kept. */
export function joinHeaders(list: Array<{ name: string; value: string }>): Record<string, string> {
  const out: Record<string, string> = {};
  const keys = new Map<string, string>();
  for (const { name, value } of list) {
    const lower = name.toLowerCase();
    const key = keys.get(lower);
    if (key === undefined) { keys.set(lower, name); out[name] = value; continue; }
    out[key] = `${out[key]}${lower === 'cookie' ? '; ' : ', '}${value}`;
  }
  return out;
}

function header(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find(k => k.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

function deleteHeader(headers: Record<string, string>, name: string): void {
  for (const k of Object.keys(headers)) if (k.toLowerCase() === name) delete headers[k];
}

function isGraphQl(headers: Record<string, string>): boolean {
  return header(headers, 'x-request-type')?.trim().toLowerCase() === 'graphql';
}

/**
 * The bytes an inline body is sent as (comment lines dropped, line breaks as sent), or undefined when that depends on
 * what only sending knows: a `{{variable}}`, a `< file`, a GraphQL body. For the Content-Length check.
 */
export function inlineBodyBytes(text: string, headers: Record<string, string>): number | undefined {
  if (text.includes('{{') || isGraphQl(headers)) return undefined;
  const files: string[] = [];
  const body = buildBody(text, headers, t => t, undefined, files);
  if (files.length) return undefined;
  return typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body.length;
}

type Piece = string | Buffer;

function buildBody(
  text: string, headers: Record<string, string>, sub: (t: string) => string,
  readBodyFile: BuildContext['readBodyFile'], bodyFiles: string[],
): string | Uint8Array {
  const contentType = (header(headers, 'content-type') ?? '').split(';')[0].trim().toLowerCase();
  const lines = bodyLines(text);
  while (lines.length && lines[0].trim() === '') lines.shift();
  while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();
  if (contentType === 'application/x-www-form-urlencoded') {
    return encodeFormBody(lines.map(l => sub(l.trim())).join(''));
  }
  const pieces: Piece[] = lines.map(line => {
    const ref = fileReference(line.trim());
    if (!ref) return sub(line);
    bodyFiles.push(ref.path);
    const path = sub(ref.path);
    if (!readBodyFile) return sub(line);
    const bytes = readBodyFile(path);
    return ref.substitute ? sub(bytes.toString(ref.encoding)) : bytes;
  });
  const lineBreak = contentType.startsWith('multipart/') ? '\r\n' : bodyLineBreak(text);
  if (pieces.every(p => typeof p === 'string')) return pieces.join(lineBreak);
  const parts: Buffer[] = [];
  pieces.forEach((p, i) => {
    if (i > 0) parts.push(Buffer.from(lineBreak));
    parts.push(typeof p === 'string' ? Buffer.from(p, 'utf8') : p);
  });
  return new Uint8Array(Buffer.concat(parts));
}

/** REST Client's GraphQL body: the query, a blank line, then optional JSON variables, sent as `{"query", "variables"}`. */
function graphQlBody(text: string): string {
  const normalized = text.replace(/\r\n?/g, '\n');
  const blank = /\n[ \t]*\n/.exec(normalized);
  const query = (blank ? normalized.slice(0, blank.index) : normalized).trim();
  const rest = blank ? normalized.slice(blank.index + blank[0].length).trim() : '';
  if (!rest) return JSON.stringify({ query });
  let variables: unknown;
  try { variables = JSON.parse(rest); } catch { throw new Error(l10n.t('The GraphQL variables (after the blank line below the query) are not JSON.')); }
  return JSON.stringify({ query, variables });
}
