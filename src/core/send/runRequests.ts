import type { HttpFile, HttpRequest } from '../http/types';
import { resolveRequest, type ResolveContext, type RequestResult } from '../http/variables';
import type { GraphRequest, GraphResponse } from './sendGraphRequest';
import { describeError, type ErrorDescription } from './describeError';

interface OutcomeBase { name?: string; line: number; method: string; url: string }
export type RequestOutcome =
  | OutcomeBase & { kind: 'sent'; request: GraphRequest; response: GraphResponse }
  | OutcomeBase & { kind: 'unresolved'; unresolved: string[] }
  | OutcomeBase & { kind: 'failed'; error: ErrorDescription };

export interface RunDeps {
  send(request: GraphRequest): Promise<GraphResponse>;
  /** Everything but `requests`, which this function fills from earlier responses. */
  context: Omit<ResolveContext, 'requests'>;
  onOutcome?(outcome: RequestOutcome): void;
}

/**
 * Sends requests in order, feeding each named response into the variables of the ones after it
 * (`{{created.response.body.$.id}}`). A request with unresolved variables is not sent: sending
 * `/groups/{{created.response.body.$.id}}` literally would hit the wrong resource.
 */
export async function runRequests(file: HttpFile, requests: HttpRequest[], deps: RunDeps): Promise<RequestOutcome[]> {
  const results: Record<string, RequestResult> = {};
  const outcomes: RequestOutcome[] = [];
  for (const request of requests) {
    const resolved = resolveRequest(file, request, { ...deps.context, requests: results });
    const base: OutcomeBase = { name: request.name, line: request.requestLine + 1, method: resolved.method, url: resolved.url };
    let outcome: RequestOutcome;
    if (resolved.unresolved.length > 0) {
      outcome = { ...base, kind: 'unresolved', unresolved: resolved.unresolved };
    } else {
      const graphRequest: GraphRequest = { method: resolved.method, url: resolved.url, headers: resolved.headers, ...(resolved.body === undefined ? {} : { body: resolved.body }) };
      try {
        const response = await deps.send(graphRequest);
        outcome = { ...base, url: response.url, kind: 'sent', request: graphRequest, response };
        if (request.name) {
          results[request.name] = {
            request: { headers: resolved.headers, ...(resolved.body === undefined ? {} : { body: resolved.body }) },
            response: { status: response.status, headers: response.headers, ...(response.body === undefined ? {} : { body: response.body }) },
          };
        }
      } catch (err) {
        outcome = { ...base, kind: 'failed', error: describeError(err) };
      }
    }
    outcomes.push(outcome);
    deps.onOutcome?.(outcome);
  }
  return outcomes;
}
