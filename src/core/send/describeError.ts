import { isSendError, type SendErrorCode } from '../net/sendError';
import { parseGraphErrorBody } from './graphErrorBody';
import { redactSecrets } from '../net/redact';
import { describeAuthError, isAuthErrorLike } from './describeAuthError';
import { leastPrivilegedPermissions } from '../auth/scopes';
import { permissionsText } from '../graph/routeInfo';
import { l10n } from '../text/l10n';

export interface ErrorDescription {
  message: string;
  hint?: string;
  code?: string;
  requestId?: string;
}

/** What describeError may know beyond the error itself, e.g. the permission the operation needs (from the route table). */
export interface ErrorContext {
  /** Least-privileged permission for the operation, e.g. 'Directory.ReadWrite.All'. */
  permission?: string;
}

interface ResponseLike { status: number; statusText?: string; body?: string; url?: string; method?: string; retries?: number; requestId?: string; headers?: Record<string, string> }

function isResponseLike(v: unknown): v is ResponseLike {
  return typeof v === 'object' && v !== null && typeof (v as { status?: unknown }).status === 'number' && 'headers' in v;
}

/** What to do about a send error, read when needed (the translator is installed at activation, after this module loads). */
function sendHint(code: SendErrorCode): string | undefined {
  switch (code) {
    case 'network': return l10n.t('Check the network connection, the URL, and any proxy. If you use the sandbox, make sure it is still running.');
    case 'tls': return l10n.t('Behind a TLS-inspecting proxy: CLI, NODE_EXTRA_CA_CERTS=/path/to/root-ca.pem; VS Code, the CA in the system certificate store.');
    case 'proxy': return l10n.t('CLI: HTTPS_PROXY, HTTP_PROXY and NO_PROXY. VS Code: the http.proxy, http.proxyStrictSSL and http.noProxy settings.');
    case 'connectionReset': return l10n.t('The server or a proxy dropped the connection. Sending again usually works.');
    case 'timeout': return l10n.t('The service did not answer in time. Try again, or narrow the request with $select/$top.');
    case 'tooLarge': return l10n.t('Narrow the request with $select, $filter or $top, or page through it with @odata.nextLink.');
    case 'auth': return l10n.t('Sign in again (Graph: Sign In) or check the tenant and client id settings.');
    case 'badUrl': return l10n.t('Write the URL as https://graph.microsoft.com/beta/... or just /beta/...');
    case 'refused': return l10n.t('Check where the request goes and where its values come from (a .http file, .env or response from someone else). If that host is a Graph proxy you trust, make it the Graph endpoint (CLI: --graph-endpoint URL).');
    default: return undefined;
  }
}

/** Maps anything that went wrong in sign-in or send to text a user can act on. Pure; never includes secrets. */
export function describeError(err: unknown, context: ErrorContext = {}): ErrorDescription {
  if (isResponseLike(err)) return describeResponse(err, context);
  if (isSendError(err)) return { message: redactSecrets(err.message), hint: sendHint(err.code), code: err.code };
  if (isAuthErrorLike(err)) return describeAuthError(err);
  if (err instanceof Error) return { message: redactSecrets(err.message || err.name) };
  return { message: redactSecrets(String(err)) };
}

function describeResponse(res: ResponseLike, context: ErrorContext): ErrorDescription {
  const info = parseGraphErrorBody(res.body);
  const requestId = info?.requestId ?? res.requestId ?? res.headers?.['request-id'];
  const code = info?.code ?? `http${res.status}`;
  const statusLine = `${res.status}${res.statusText ? ` ${res.statusText}` : ''}`;
  const base = info?.message ? `${statusLine}: ${info.message}` : res.body && !info ? l10n.t('{0} (the body is not a Graph error object)', statusLine) : statusLine;
  const out: ErrorDescription = { message: redactSecrets(base), code, requestId };
  const path = safePath(res.url);
  const isV1 = /^\/v1\.0(\/|$)/i.test(path);

  if (res.status === 400 && /Resource not found for the segment/i.test(info?.message ?? '') && isV1) {
    out.hint = l10n.t('This resource exists only in beta: change /v1.0/ to /beta/ in the URL.');
  } else if (res.status === 401) {
    out.hint = l10n.t('The token is missing, expired or for another audience. Sign in again; check the tenant and the cloud.');
  } else if (res.status === 403 || code === 'Authorization_RequestDenied' || code === 'accessDenied') {
    const routed = res.method && res.url ? permissionsFromRoute(res.method, res.url) : [];
    const permission = context.permission ?? permissionsText(routed);
    // Two that go together (Policy.Read.All and Policy.ReadWrite.ConditionalAccess to create a named location).
    const together = routed.length > 1 && permission === permissionsText(routed);
    out.hint = together && permission
      ? l10n.t('This operation needs the {0} permissions together (least privileged). Consent to them, or ask an admin to grant them, then sign in again.', permission)
      : permission
      ? l10n.t('This operation needs the {0} permission (least privileged). Consent to it, or ask an admin to grant it, then sign in again.', permission)
      : l10n.t('The signed-in account or app lacks a permission this operation needs. Consent to it, or ask an admin to grant it.');
  } else if (res.status === 404 && isV1 && /onPremisesPublishingProfiles|connectorGroups|connectors/i.test(path)) {
    out.hint = l10n.t('Application Proxy connector groups exist only in beta: use /beta/.');
  } else if (res.status === 429) {
    const after = res.headers?.['retry-after'];
    const wait = after ? l10n.t('Wait {0} s and send again.', after) : l10n.t('Wait a little and send again.');
    out.hint = !res.retries ? l10n.t('Graph is throttling these requests. {0}', wait)
      : res.retries === 1 ? l10n.t('Graph is throttling these requests (still throttled after 1 retry). {0}', wait)
      : l10n.t('Graph is throttling these requests (still throttled after {0} retries). {1}', res.retries, wait);
  } else if (res.status === 503 || res.status === 504) {
    out.hint = !res.retries ? l10n.t('The service is unavailable. Try again later.')
      : res.retries === 1 ? l10n.t('The service is unavailable after 1 retry. Try again later.')
      : l10n.t('The service is unavailable after {0} retries. Try again later.', res.retries);
  } else if (res.status >= 500) {
    out.hint = requestId ? l10n.t('A service-side error; quote request-id {0} if you contact support.', requestId) : l10n.t('A service-side error. Try again later.');
  }
  return out;
}

/** The least-privileged delegated permissions of the route; the response URL may be a sandbox/proxy URL, read as a Graph path. */
function permissionsFromRoute(method: string, url: string): string[] {
  let origin: string | undefined;
  try { origin = new URL(url).origin; } catch { return []; }
  return leastPrivilegedPermissions(method, url, { graphEndpoint: origin });
}

function safePath(url: string | undefined): string {
  if (!url) return '';
  try { return new URL(url, 'http://x').pathname; } catch { return ''; }
}

/** One line for a notification or a log: the description and its hint, redacted (the command boundary's phrasing). */
export function describeErrorText(err: unknown, context: ErrorContext = {}): string {
  const { message, hint } = describeError(err, context);
  return hint && !message.includes(hint) ? `${message} ${hint}` : message;
}
