/**
 * The Graph calls behind a connection's tree actions: register a schema (docs-facts schema.register: PATCH
 * .../schema, 202 Accepted with `Location: .../operations/{id}`, rule schema.async), read and poll that operation
 * (connectionOperation.get: status inprogress until completed or failed, with a publicError) and put an item
 * (externalItem.put: PUT .../items/{id}). Each returns what Graph answered or throws a GraphActionError whose
 * message is ready for the user.
 */
import { graphUrls } from './graphUrls';
import { operationFromLocation } from './rememberedOperations';
import { call, callAnswer, GraphActionError, type GraphSend } from './tenantAnswers';
import { l10n } from '../text/l10n';

type Json = Record<string, unknown>;
const JSON_HEADERS = { 'Content-Type': 'application/json' };

/** docs-facts rule item.id (externalconnectors-externalitem.md): "alphanumeric, maximum 128 characters. Required." */
export const ITEM_ID_RULE = /^[A-Za-z0-9]{1,128}$/;

export function validateItemId(value: string): string | undefined {
  return ITEM_ID_RULE.test(value.trim()) ? undefined : l10n.t('An item id is 1 to 128 letters or digits (docs rule item.id, externalconnectors-externalitem.md).');
}

function failed(what: string, failure: { message: string; status: number }): string {
  return failure.status ? l10n.t('{0} failed: {1} (HTTP {2})', what, failure.message, failure.status) : l10n.t('{0} failed: {1}', what, failure.message);
}

export interface StartedRegistration { connectionId: string; operationId: string; location: string }

/** PATCH the schema; the 202's Location names the operation to poll. */
export async function registerSchema(send: GraphSend, connectionId: string, body: string): Promise<StartedRegistration> {
  const request = { method: 'PATCH', url: graphUrls.connectionSchema(connectionId), headers: JSON_HEADERS, body };
  const what = l10n.t('Registering the schema of "{0}"', connectionId);
  const r = await callAnswer(send, request);
  if (!r.ok) throw new GraphActionError(failed(what, r.failure), r.failure);
  const location = Object.entries(r.value.headers).find(([k]) => k.toLowerCase() === 'location')?.[1];
  const op = operationFromLocation(location);
  if (r.value.status !== 202 || !location || !op) {
    const failure = { method: request.method, url: request.url, status: r.value.status, message: l10n.t('expected 202 Accepted with a Location naming the operation') };
    throw new GraphActionError(l10n.t('{0}: Graph answered HTTP {1} without an operation to poll.', what, r.value.status), failure);
  }
  return { connectionId, operationId: op.id, location };
}

export async function getOperation(send: GraphSend, connectionId: string, operationId: string): Promise<Json> {
  const r = await call(send, { method: 'GET', url: graphUrls.connectionOperation(connectionId, operationId) });
  if (!r.ok) throw new GraphActionError(failed(l10n.t('Reading operation {0}', operationId), r.failure), r.failure);
  return (r.value && typeof r.value === 'object' ? r.value : { id: operationId }) as Json;
}

/** Still running: connectionOperationStatus `inprogress`, or `unspecified` (not started yet). */
export function isRunning(operation: Json): boolean {
  return operation.status === 'inprogress' || operation.status === 'unspecified';
}

export interface PollOptions {
  /** The first wait; each next one doubles, up to maxIntervalMs (default: no growth). */
  intervalMs: number;
  maxIntervalMs?: number;
  timeoutMs: number;
  sleep?: (ms: number) => Promise<void>;
  signal?: AbortSignal;
  /** Each answer, as it comes. */
  onStatus?: (operation: Json, attempt: number) => void;
}

/**
 * GETs the operation until it is completed or failed (or the wait times out, or is cancelled): the last answer.
 * Graph's registrations take minutes (the docs), the sandbox's a second.
 */
export async function pollOperation(send: GraphSend, connectionId: string, operationId: string, options: PollOptions): Promise<Json> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms)));
  const deadline = Date.now() + options.timeoutMs;
  let interval = options.intervalMs;
  for (let attempt = 1; ; attempt++) {
    const operation = await getOperation(send, connectionId, operationId);
    options.onStatus?.(operation, attempt);
    if (!isRunning(operation) || options.signal?.aborted || Date.now() + interval > deadline) return operation;
    await sleep(interval);
    interval = Math.min(interval * 2, Math.max(options.maxIntervalMs ?? options.intervalMs, options.intervalMs));
    if (options.signal?.aborted) return operation;
  }
}

/** The registered schema, or undefined when there is none (404) or it cannot be read. */
export async function readSchema(send: GraphSend, connectionId: string): Promise<Json | undefined> {
  const r = await call(send, { method: 'GET', url: graphUrls.connectionSchema(connectionId) });
  return r.ok && r.value && typeof r.value === 'object' ? (r.value as Json) : undefined;
}

export interface PutItemResult { status: number; url: string; item: Json | undefined }

export async function putItem(send: GraphSend, connectionId: string, itemId: string, body: string): Promise<PutItemResult> {
  const request = { method: 'PUT', url: graphUrls.externalItem(connectionId, itemId), headers: JSON_HEADERS, body };
  const r = await callAnswer(send, request);
  if (!r.ok) throw new GraphActionError(failed(l10n.t('Putting item "{0}" into "{1}"', itemId, connectionId), r.failure), r.failure);
  const item = r.value.json && typeof r.value.json === 'object' ? (r.value.json as Json) : undefined;
  return { status: r.value.status, url: request.url, item };
}
