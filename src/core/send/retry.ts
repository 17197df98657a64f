/** Throttling policy: how long to wait before retrying a 429/503/504, and when to give up. */

export interface RetryPolicy {
  maxRetries: number;
  /** Sum of all waits; a wait that would exceed it is not taken and the last response is returned. */
  maxTotalWaitMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxRetries: 3, maxTotalWaitMs: 60_000 };
export const RETRYABLE_STATUSES = new Set([429, 503, 504]);

/**
 * Retry-After is seconds (Graph sends fractional ones like `2.128`) or an HTTP date.
 * Returns milliseconds, or undefined when absent/unreadable (then exponential backoff applies).
 */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  if (!/[a-z]/i.test(v)) return undefined;
  const date = Date.parse(v);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

/** 1 s, 2 s, 4 s, ... capped at 32 s. attempt is 1-based. */
export function backoffMs(attempt: number, baseMs = 1000, capMs = 32_000): number {
  return Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
}

export function describeWait(status: number, waitMs: number, attempt: number, max: number): string {
  const label = status === 429 ? 'Throttled (429)' : `Service unavailable (${status})`;
  return `${label}: retrying in ${(waitMs / 1000).toFixed(1)} s (${attempt}/${max})`;
}

/** Sleeps unless cancelled; rejects with the signal's reason path handled by the caller. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) { reject(new Error('aborted')); return; }
    const t = setTimeout(() => { signal?.removeEventListener('abort', onAbort); resolve(); }, ms);
    const onAbort = () => { clearTimeout(t); reject(new Error('aborted')); };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
