import { SendError } from '../net/sendError';

/** Socket and DNS failures, named the way a user can act on them. Messages name the host, never headers. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENETDOWN', 'EADDRNOTAVAIL']);
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'UND_ERR_SOCKET', 'HPE_INVALID_CONSTANT', 'HPE_INVALID_CHUNK_SIZE']);

/** Verification failures a TLS-inspecting proxy causes when its root CA is not trusted here. */
const UNTRUSTED_CODES = new Set(['SELF_SIGNED_CERT_IN_CHAIN', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'UNABLE_TO_GET_ISSUER_CERT', 'CERT_UNTRUSTED', 'CERT_SIGNATURE_FAILURE', 'CERT_HAS_EXPIRED']);
const TRUST_ROOT_CA = 'If your network inspects TLS, trust its root CA: for the CLI, set NODE_EXTRA_CA_CERTS to the CA\'s PEM file; for VS Code, add the CA to the system certificate store (read when http.systemCertificates is on, the default).';

/**
 * Failures of the proxy itself, told apart from the target's: an unreachable proxy, a 407 (credentials), or a
 * refused CONNECT (any other status). `proxy` is scheme://host:port, without credentials.
 */
export function proxyError(proxy: string, host: string, status?: number, statusText?: string, cause?: unknown): SendError {
  if (status === undefined) {
    const code = (cause as NodeJS.ErrnoException)?.code ?? '';
    const what = code === 'ECONNREFUSED' ? 'connection refused' : code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? 'host not found' : (cause as Error)?.message ?? 'failed';
    return new SendError('proxy', `Could not reach the proxy ${proxy} (on the way to ${host}): ${what}${code ? ` (${code})` : ''}. Check HTTPS_PROXY/HTTP_PROXY, or list ${host} in NO_PROXY.`, code);
  }
  const line = `${status}${statusText ? ` ${statusText}` : ''}`;
  if (status === 407) {
    return new SendError('proxy', `The proxy ${proxy} wants credentials to reach ${host} (${line}). Put them in the proxy URL: HTTPS_PROXY=http://user:password@host:port (percent-encode special characters).`, 'http407');
  }
  return new SendError('proxy', `The proxy ${proxy} refused the connection to ${host} (${line}). Ask the proxy's admins to allow ${host}, or list it in NO_PROXY if it is reachable directly.`, `http${status}`);
}

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
  if (UNTRUSTED_CODES.has(code)) {
    return new SendError('tls', `The certificate of ${host} is not trusted (${code}). ${TRUST_ROOT_CA}`, code);
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return new SendError('tls', `The certificate ${host} presented is for another name (${code}): something between you and ${host} answers in its place. ${TRUST_ROOT_CA}`, code);
  }
  if (/certificate|self[- ]signed|CERT_|SSL|TLS/i.test(code + ' ' + msg)) {
    return new SendError('tls', `TLS error talking to ${host}: ${msg}`, code);
  }
  return new SendError('network', `Request to ${host} failed: ${msg}`, code);
}
