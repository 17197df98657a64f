import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OutgoingRequest, TransportResponse } from '../net/transport';
import { isTextContentType } from './contentType';

/** What a send produced. Any HTTP status is a GraphResponse; only "no response at all" is a SendError. */
export interface GraphResponse {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  /** Text body when it is text and fit in memory. */
  body?: string;
  /** Temp file with the body when it was large or binary. The caller may delete it. */
  bodyFile?: string;
  bodyBytes: number;
  contentType?: string;
  durationMs: number;
  requestId?: string;
  /** Final URL after rewriting and redirects. */
  url: string;
  method: string;
  retries: number;
}

/** Text stays text; large bodies stay in their temp file; binary bodies go to one, never decoded. */
export function toGraphResponse(res: TransportResponse, req: OutgoingRequest, retries: number, durationMs: number): GraphResponse {
  const contentType = res.headers['content-type'];
  const out: GraphResponse = {
    status: res.status, statusText: res.statusText, headers: res.headers, bodyBytes: res.bodyBytes, contentType,
    durationMs: Math.round(durationMs), requestId: res.headers['request-id'] ?? res.headers['client-request-id'],
    url: req.url, method: req.method, retries,
  };
  if (res.bodyFile) out.bodyFile = res.bodyFile;
  else if (res.body && isTextContentType(contentType)) out.body = (Buffer.isBuffer(res.body) ? res.body : Buffer.from(res.body)).toString('utf8');
  else if (res.body) out.bodyFile = writeBinary(res.body);
  return out;
}

/** Small binary bodies (a photo) still go to a file: decoding them as text would corrupt them. */
function writeBinary(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'graph-connector-groups-'));
  const file = join(dir, 'response.bin');
  writeFileSync(file, bytes);
  return file;
}
