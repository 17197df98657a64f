import { GLOBAL_GRAPH_HOST, resolveTargetUrl } from './origin';
import { redactSecrets } from '../net/redact';

export interface RequestToExport { method: string; url: string; headers?: Record<string, string>; body?: string | Uint8Array }

/** A request as another tool should send it: credentials left out, since that tool signs in itself. */
export interface ExportedRequest {
  method: string;
  /** Absolute, on the cloud's Graph host: a path-only URL (/beta/...) is made absolute. */
  url: string;
  headers: Array<[string, string]>;
  /** The Content-Type header's value, which both tools take as its own argument. */
  contentType?: string;
  body?: string;
  /** The body was binary and is not in the command. */
  binaryBody: boolean;
}

/** Headers no exported command carries: the tools sign in and frame the request themselves. */
const DROPPED = new Set(['authorization', 'proxy-authorization', 'host', 'content-length', 'connection', 'cookie']);

/**
 * The shared part of "Copy as PowerShell" and "Copy as Azure CLI": variables are already resolved by the caller;
 * here the URL is made absolute on the cloud's Graph host (never a sandbox's: those tools sign in to the real
 * cloud), the credentials are dropped and any other secret-looking value is redacted.
 */
export function exportableRequest(request: RequestToExport, cloudGraphHost: string = GLOBAL_GRAPH_HOST): ExportedRequest {
  const target = resolveTargetUrl(request.url, cloudGraphHost, cloudGraphHost);
  // As written when already absolute (`$filter=name eq 'x'` stays readable; both tools encode it themselves).
  const written = request.url.trim();
  const url = redactSecrets(target.ok && target.rewritten ? target.url : /^[a-z][a-z0-9+.-]*:\/\//i.test(written) ? written : target.ok ? `https://${written}` : written);
  const headers: Array<[string, string]> = [];
  let contentType: string | undefined;
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    const lower = name.toLowerCase();
    if (DROPPED.has(lower)) continue;
    if (lower === 'content-type') { contentType = redactSecrets(value); continue; }
    headers.push([name, redactSecrets(value)]);
  }
  const binaryBody = request.body !== undefined && typeof request.body !== 'string';
  const body = typeof request.body === 'string' && request.body !== '' ? redactSecrets(request.body) : undefined;
  return { method: request.method.toUpperCase(), url, headers, contentType, body, binaryBody };
}
