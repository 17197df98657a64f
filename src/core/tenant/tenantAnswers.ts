/**
 * Reading Graph answers the way the tree needs them: a collection page (`value` + `@odata.nextLink`),
 * an entity, or a failure with Graph's own error message. No `vscode`, no I/O: the adapter passes the
 * sender in, so the same code runs against the sandbox, the cloud, or a fake in unit tests.
 */
import { describeError } from '../send/describeError';
import { redactSecrets } from '../net/redact';
import { l10n } from '../text/l10n';

export interface TenantRequest { method: string; url: string; headers?: Record<string, string>; body?: string }
export interface GraphAnswer { status: number; body?: string; headers?: Record<string, string> }
export type GraphSend = (request: TenantRequest) => Promise<GraphAnswer>;

export interface GraphFailure {
  method: string;
  url: string;
  /** 0 when no response came (network, cancelled, not signed in). */
  status: number;
  code?: string;
  message: string;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; failure: GraphFailure };
export interface Page { values: unknown[]; nextLink?: string }

/** Thrown by tree actions; the command boundary shows `message`. */
export class GraphActionError extends Error {
  constructor(message: string, readonly failure: GraphFailure) { super(message); }
}

function parseJson(text: string | undefined): unknown {
  if (!text) return undefined;
  try { return JSON.parse(text); } catch { return undefined; }
}

export function failureOf(request: TenantRequest, answer: GraphAnswer): GraphFailure {
  const error = (parseJson(answer.body) as any)?.error;
  const message = typeof error?.message === 'string' && error.message ? error.message
    : answer.body && answer.body.length < 300 && !answer.body.trimStart().startsWith('<') ? answer.body.trim() || `HTTP ${answer.status}`
    : `HTTP ${answer.status}`;
  // A server's text is shown as an item: it is redacted like every other message.
  return { method: request.method, url: redactSecrets(request.url), status: answer.status, code: typeof error?.code === 'string' ? error.code : undefined, message: redactSecrets(message) };
}

/** Sends and never rejects: a rejected send (no response) becomes a status-0 failure the tree can show. */
export async function call(send: GraphSend, request: TenantRequest): Promise<Outcome<unknown>> {
  const r = await callAnswer(send, request);
  return r.ok ? { ok: true, value: r.value.json } : r;
}

/** As `call`, with the status and headers of a success (a 202's `Location`). */
export async function callAnswer(send: GraphSend, request: TenantRequest): Promise<Outcome<{ json: unknown; status: number; headers: Record<string, string> }>> {
  let answer: GraphAnswer;
  try {
    answer = await send(request);
  } catch (e) {
    // Phrased (and redacted) by the one describer, as the command boundary does for sends from a .http file.
    const d = describeError(e);
    return { ok: false, failure: { method: request.method, url: redactSecrets(request.url), status: 0, message: d.hint ? `${d.message} ${d.hint}` : d.message } };
  }
  if (answer.status < 200 || answer.status >= 300) return { ok: false, failure: failureOf(request, answer) };
  return { ok: true, value: { json: parseJson(answer.body), status: answer.status, headers: answer.headers ?? {} } };
}

export async function fetchPage(send: GraphSend, url: string): Promise<Outcome<Page>> {
  const request = { method: 'GET', url };
  const r = await call(send, request);
  if (!r.ok) return r;
  return pageOf(request, r.value);
}

export function pageOf(request: TenantRequest, json: unknown): Outcome<Page> {
  const body = json as { value?: unknown; '@odata.nextLink'?: unknown } | undefined;
  if (!body || !Array.isArray(body.value)) {
    return { ok: false, failure: { method: request.method, url: request.url, status: 200, message: l10n.t('The response is not a collection (no "value" array).') } };
  }
  const next = body['@odata.nextLink'];
  return { ok: true, value: { values: body.value, nextLink: typeof next === 'string' && next ? next : undefined } };
}
