import { queryJson, queryXml } from './bodyQuery';

/** What was sent and received for a named request: the source of `{{name.response.body.$.id}}`. */
export interface RequestResult {
  request: { headers: Record<string, string>; body?: string };
  response: { status: number; headers: Record<string, string>; body?: string };
}

// name.(request|response).(body|headers).path
const REQUEST_VARIABLE = /^([^.\s]+)\.(request|response)\.(body|headers)\.(.+)$/;

/** True when the reference has the request-variable shape, whether or not that request has run yet. */
export function isRequestVariable(reference: string): boolean {
  return REQUEST_VARIABLE.test(reference);
}

/**
 * Resolves `name.response.body.$.a[0]` (any JSONPath, or `body.a.b` without `$.`), `name.response.body.//x/@id`
 * (XPath, for XML bodies), `name.response.body.*`, `name.response.headers.X-Y` (header names case-insensitive)
 * and the same under `request`. Undefined when anything is missing.
 */
export function resolveRequestVariable(reference: string, requests: Record<string, RequestResult> | undefined): string | undefined {
  const m = REQUEST_VARIABLE.exec(reference);
  if (!m || !requests || !Object.prototype.hasOwnProperty.call(requests, m[1])) return undefined;
  const [, name, side, part, path] = m;
  const message = requests[name][side as 'request' | 'response'];
  if (part === 'headers') return findHeader(message.headers, path);
  if (message.body === undefined) return undefined;
  if (path === '*') return message.body;
  if (path.startsWith('/') || /^\s*</.test(message.body)) return queryXml(message.body, path);
  let json: unknown;
  try { json = JSON.parse(message.body); } catch { return undefined; }
  const value = queryJson(json, path);
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function findHeader(headers: Record<string, string>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === wanted) return value;
  return undefined;
}
