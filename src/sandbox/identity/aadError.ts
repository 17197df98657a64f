import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { sendJson } from '../http';

/** An error of the token and device-code endpoints, in the JSON shape Entra ID uses (MSAL reads error, error_codes, suberror). */
export class AadError extends Error {
  constructor(readonly status: number, readonly error: string, readonly aadsts: number, readonly description: string, readonly suberror?: string) {
    super(`${error}: AADSTS${aadsts}`);
  }
}

function aadTimestamp(now: Date): string {
  return now.toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z');
}

export function sendAadError(res: ServerResponse, err: AadError, correlationId: string, now: Date): void {
  const traceId = randomUUID();
  const timestamp = aadTimestamp(now);
  const body: Record<string, unknown> = {
    error: err.error,
    error_description: `AADSTS${err.aadsts}: ${err.description} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`,
    error_codes: [err.aadsts],
    timestamp,
    trace_id: traceId,
    correlation_id: correlationId,
  };
  if (err.suberror) body.suberror = err.suberror;
  sendJson(res, err.status, body, { 'cache-control': 'no-store' });
}
