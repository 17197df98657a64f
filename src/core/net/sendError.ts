import { redactSecrets } from './redact';

/** Why a request got no HTTP response. A response with any status (even 500) is not a SendError. */
export type SendErrorCode =
  | 'badUrl'            // not a URL we can send
  | 'network'           // DNS failure, connection refused, unreachable
  | 'tls'               // the server's certificate is not trusted (often a TLS-inspecting proxy's)
  | 'proxy'             // the proxy could not be reached, wants credentials, or refused the tunnel
  | 'connectionReset'   // the server hung up mid-exchange
  | 'timeout'
  | 'cancelled'
  | 'tooLarge'          // response body over the hard cap
  | 'tooManyRedirects'
  | 'refused'           // a known secret bound for an origin that is not the Graph endpoint (knownSecrets.ts)
  | 'auth';             // no token could be obtained

/** Redacted when made: a message often quotes a URL (a redirect target, say) that may carry a token. */
export class SendError extends Error {
  override readonly name = 'SendError';
  readonly detail?: string;
  constructor(readonly code: SendErrorCode, message: string, detail?: string) {
    super(redactSecrets(message));
    if (detail !== undefined) this.detail = redactSecrets(detail);
  }
}

export function isSendError(err: unknown): err is SendError {
  return err instanceof SendError || (typeof err === 'object' && err !== null && (err as { name?: unknown }).name === 'SendError' && typeof (err as { code?: unknown }).code === 'string');
}
