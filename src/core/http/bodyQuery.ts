/**
 * JSONPath and XPath over a response body, for request variables. Both are well-kept libraries rather than a
 * hand-written subset: users paste REST Client's documented forms (filters `[?(@.isDefault==true)]`, `$..id`,
 * `//reply[1]/@id`), and jsonpath-plus is the JSONPath implementation REST Client users' paths are written
 * against. Filters run in jsonpath-plus's own "safe" evaluator, never `eval`. Loaded with require() on first
 * use, so they cost nothing at activation (the bundle keeps them in their own files).
 */

import { evaluateJsonPath } from './jsonPath';

type JsonPathFn = (options: { path: string; json: unknown; wrap: boolean; eval: 'safe' | false }) => unknown;

let jsonPath: JsonPathFn | undefined;
let xml: { select: (expression: string, node: unknown) => unknown; parse: (text: string) => unknown } | undefined;

/** The first value `path` selects in `root`, or undefined. A path without `$` is read as `$.` + path (REST Client's `body.access_token`). */
export function queryJson(root: unknown, path: string): unknown {
  const full = path.startsWith('$') ? path : path.startsWith('[') ? `$${path}` : `$.${path}`;
  // Plain member and index steps first: jsonpath-plus reads the `@` of Graph's `$['@odata.nextLink']` as its own syntax.
  const simple = evaluateJsonPath(root, full);
  if (simple !== undefined) return simple;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, synchronously (resolution is synchronous)
  jsonPath ??= (require('jsonpath-plus') as { JSONPath: JsonPathFn }).JSONPath;
  try {
    const found = jsonPath({ path: full, json: root as object, wrap: true, eval: 'safe' });
    return Array.isArray(found) && found.length > 0 ? found[0] : undefined;
  } catch { return undefined; }
}

/** The first node `expression` selects in an XML document: an attribute's value, a text node's data, an element's text. */
export function queryXml(text: string, expression: string): string | undefined {
  if (!xml) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, as above
    const { DOMParser } = require('@xmldom/xmldom') as { DOMParser: new (options?: object) => { parseFromString(t: string, type: string): unknown } };
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, as above
    const xpath = require('xpath') as { select: (e: string, n: unknown) => unknown };
    xml = { select: xpath.select, parse: t => new DOMParser({ onError: () => undefined }).parseFromString(t, 'text/xml') };
  }
  try {
    const result = xml.select(expression, xml.parse(text));
    const node = Array.isArray(result) ? result[0] : result;
    if (node === undefined || node === null) return undefined;
    if (typeof node !== 'object') return String(node);
    const n = node as { nodeType?: number; nodeValue?: string | null; textContent?: string | null };
    if (n.nodeType === 2 || n.nodeType === 3 || n.nodeType === 4) return n.nodeValue ?? undefined;
    return n.textContent ?? undefined;
  } catch { return undefined; }
}
