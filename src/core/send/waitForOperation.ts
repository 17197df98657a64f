import type { GraphRequest } from './sendGraphRequest';

/** What of an answer polling reads. */
type Answer = { status: number; headers: Record<string, string>; body?: string };

export interface OperationWait { intervalMs: number; timeoutMs: number; sleep?: (ms: number) => Promise<void> }

/**
 * Where a 202 Accepted says to follow the work it accepted: its `Location`, whatever it names (an operation, a
 * monitor URL). The editor's "Poll This Operation" offers it; the user chooses to follow it.
 */
export function acceptedLocation(response: Answer): string | undefined {
  if (response.status !== 202) return undefined;
  const location = Object.entries(response.headers).find(([k]) => k.toLowerCase() === 'location')?.[1];
  return location || undefined;
}

/**
 * The URL a 202 Accepted names for its operation (Graph: schema registration's `Location: .../operations/{id}`):
 * what a send waits for on its own (`waitForOperations`), so only an operation resource, not any Location.
 */
export function operationLocation(response: Answer): string | undefined {
  const location = acceptedLocation(response);
  return location && /\/operations\/[^/]+$/.test(location) ? location : undefined;
}

function statusOf(response: Answer): string | undefined {
  try { return (JSON.parse(response.body ?? '') as { status?: string }).status; } catch { return undefined; }
}

/**
 * Polls an accepted operation until it is no longer `inprogress`/`unspecified` (completed or failed) or the wait
 * times out, so the next request of a run (items after a schema) finds the operation done. Returns the last answer.
 */
export async function waitForOperation<R extends Answer>(url: string, send: (r: GraphRequest) => Promise<R>, wait: OperationWait): Promise<R> {
  const sleep = wait.sleep ?? ((ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms)));
  const deadline = Date.now() + wait.timeoutMs;
  for (;;) {
    const response = await send({ method: 'GET', url, headers: {} });
    const status = statusOf(response);
    if (response.status !== 200 || (status !== 'inprogress' && status !== 'unspecified') || Date.now() >= deadline) return response;
    await sleep(wait.intervalMs);
  }
}
