import { SendError } from './sendError';

/** Socket and DNS failures, named the way a user can act on them. Messages name the host, never headers. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENETDOWN', 'EADDRNOTAVAIL']);
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'UND_ERR_SOCKET', 'HPE_INVALID_CONSTANT', 'HPE_INVALID_CHUNK_SIZE']);

/** Turns a socket/HTTP parser error into a SendError whose message names the host, never headers. */
export function toSendError(err: unknown, host: string): SendError {
  if (err instanceof SendError) return err;
  const code = (err as NodeJS.ErrnoException)?.code ?? '';
  const msg = (err as Error)?.message ?? String(err);
  if (NETWORK_CODES.has(code)) {
    const what = code === 'ECONNREFUSED' ? 'connection refused' : code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? 'host not found' : 'network unreachable';
    return new SendError('network', `Could not reach ${host}: ${what} (${code}).`, code);
  }
  if (RESET_CODES.has(code) || /socket hang up|ECONNRESET/i.test(msg)) {
    return new SendError('connectionReset', `The connection to ${host} was closed before a complete response arrived (${code || 'socket hang up'}).`, code);
  }
  if (code.startsWith('HPE_')) return new SendError('connectionReset', `${host} sent a malformed HTTP response (${code}).`, code);
  if (/certificate|self[- ]signed|CERT_|SSL|TLS/i.test(code + ' ' + msg)) {
    return new SendError('network', `TLS error talking to ${host}: ${msg}`, code);
  }
  return new SendError('network', `Request to ${host} failed: ${msg}`, code);
}
