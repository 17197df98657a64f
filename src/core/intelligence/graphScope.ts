import type { HttpRequest } from '../http/types';
import type { RouteTable } from '../graph/types';
import { graphOrigins } from '../graph/routes';
import { effectiveHostUrl } from '../http/requestUrl';

/** Graph answers these; any other method (WebDAV's LOCK, PROPFIND, MKCOL...) is some other server's business. */
const GRAPH_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);

/**
 * Whether a request is about some other server than Graph, so none of our Graph rules apply to it: a method
 * Graph has not, a path-only URL whose `Host:` header names another host, or a URL written without a scheme
 * whose host is not a Graph host (`localhost:4000/v1/movies`). `text` is the URL with known variables substituted.
 */
export function isForeignRequest(request: HttpRequest, text: string, table: RouteTable): boolean {
  if (!GRAPH_METHODS.has(request.method.toUpperCase())) return true;
  // `GRPC host/service`, `WS wss://...` (httpYac): a method we do not know, read as part of the URL.
  if (!request.methodSpan && /^[A-Z][A-Z-]*[ \t]+\S/.test(text)) return true;
  const hostUrl = effectiveHostUrl(text, request.headers.map(h => ({ name: h.name, value: h.value })));
  if (hostUrl === undefined) return false;
  if (hostUrl.includes('{{')) return true; // a host from a variable we cannot see: not ours to judge
  try {
    const origin = new URL(hostUrl).host.toLowerCase();
    return !graphOrigins(table).some(o => new URL(o).host.toLowerCase() === origin);
  } catch { return true; }
}
