/** The HTTP port. The Node implementation is nodeTransport.ts; tests may pass any object of this shape. */
export interface OutgoingRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

export interface TransportOptions {
  signal?: AbortSignal;
  /** Whole exchange, connect to last body byte. */
  timeoutMs?: number;
}

export interface TransportResponse {
  status: number;
  statusText: string;
  /** Lower-case names; repeated headers joined with ', '. */
  headers: Record<string, string>;
  /** The body when it fit under the in-memory threshold. */
  body?: Uint8Array;
  /** Path of a temp file holding the body when it was larger. The caller owns (and deletes) it. */
  bodyFile?: string;
  bodyBytes: number;
}

export interface HttpTransport {
  /** Resolves with any HTTP status; rejects with a SendError when there is no response. */
  send(request: OutgoingRequest, options?: TransportOptions): Promise<TransportResponse>;
}
