import type { HttpFile, HttpRequest } from '../http/types';
import type { RequestResult } from '../http/variables';
import type { BuildContext } from '../http/buildRequest';
import { sendOne, type SendOneDeps, type SendOutcome } from './sendOne';

/** What one request of a run came to (sendOne's outcome). */
export type RequestOutcome = SendOutcome;

export interface RunDeps extends Omit<SendOneDeps, 'context'> {
  /** Everything but `requests`, which this function fills from earlier responses. */
  context: Omit<BuildContext, 'requests'>;
  onOutcome?(outcome: RequestOutcome): void;
  /** Checked before each request: once aborted, the rest are not sent (the request in flight finishes). */
  stop?: AbortSignal;
}

/**
 * Sends requests in order through sendOne, feeding each named response into the variables of the ones after
 * it (`{{created.response.body.$.id}}`).
 */
export async function runRequests(file: HttpFile, requests: HttpRequest[], deps: RunDeps): Promise<RequestOutcome[]> {
  const results: Record<string, RequestResult> = {};
  const outcomes: RequestOutcome[] = [];
  const { onOutcome, context, stop, ...rest } = deps;
  for (const request of requests) {
    if (stop?.aborted) break;
    const outcome = await sendOne(file, request, { ...rest, context: { ...context, requests: results } });
    if (outcome.kind === 'sent' && outcome.namedResult) results[outcome.namedResult.name] = outcome.namedResult.result;
    outcomes.push(outcome);
    onOutcome?.(outcome);
  }
  return outcomes;
}
