import type { HttpFile, HttpRequest } from '../http/types';
import type { RequestResult } from '../http/variables';
import { buildRequest, type BuildContext } from '../http/buildRequest';
import type { RequestSettings } from '../http/types';
import type { CookieJar } from './cookieJar';
import type { AadTokenVariables } from './aadTokens';
import type { GraphRequest, GraphResponse } from './sendGraphRequest';
import { describeError, type ErrorDescription } from './describeError';
import { operationLocation, waitForOperation, type OperationWait } from './waitForOperation';

interface OutcomeBase { name?: string; line: number; method: string; url: string }
export type RequestOutcome =
  | OutcomeBase & { kind: 'sent'; request: GraphRequest; response: GraphResponse }
  | OutcomeBase & { kind: 'unresolved'; unresolved: string[] }
  | OutcomeBase & { kind: 'failed'; error: ErrorDescription };

export interface RunDeps {
  send(request: GraphRequest, options: { followRedirects: boolean; cookies?: CookieJar }): Promise<GraphResponse>;
  /** Everything but `requests`, which this function fills from earlier responses. */
  context: Omit<BuildContext, 'requests'>;
  /** `{{$aadToken}}` / `{{$aadV2Token}}` from our sign-in; without it they stay unresolved. */
  aadTokens?: AadTokenVariables;
  signal?: AbortSignal;
  /** Cookies kept across the run, as REST Client keeps them per session (`# @no-cookie-jar` opts a request out). */
  cookies?: CookieJar;
  /** Before each request with `# @note` (REST Client asks for confirmation) or `# @prompt`; false: not sent. */
  beforeSend?(settings: RequestSettings, name: string | undefined): Promise<{ send: boolean; prompted?: Record<string, string> }>;
  onOutcome?(outcome: RequestOutcome): void;
  /** When set, a 202 whose Location names an operation is polled until the operation is done before the next request. */
  waitForOperations?: OperationWait;
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
    const outcome = await runOne(file, request, deps, results);
    if (!outcome) continue;
    outcomes.push(outcome);
    deps.onOutcome?.(outcome);
  }
  return outcomes;
}

async function runOne(file: HttpFile, request: HttpRequest, deps: RunDeps, results: Record<string, RequestResult>): Promise<RequestOutcome | undefined> {
  const settings = request.settings ?? {};
  let prompted: Record<string, string> | undefined;
  if (deps.beforeSend && (settings.note !== undefined || settings.prompts?.length)) {
    const answer = await deps.beforeSend(settings, request.name);
    if (!answer.send) {
      return { name: request.name, line: request.requestLine + 1, method: request.method, url: request.url, kind: 'failed', error: { message: 'Not sent: the confirmation (# @note) or a prompt (# @prompt) was declined.' } };
    }
    prompted = answer.prompted;
  }
  let resolved;
  try {
    const ctx: BuildContext = { ...deps.context, requests: results, ...(prompted ? { prompted } : {}) };
    const tokens = deps.aadTokens;
    if (tokens && ctx.system) {
      const wanted: string[] = [];
      const dry = buildRequest(file, request, { ...ctx, readBodyFile: undefined, system: { ...ctx.system, aadToken: e => { wanted.push(e); return 'x'; } } });
      if (wanted.length) await tokens.prefetch(wanted, dry.url, deps.signal);
      ctx.system = { ...ctx.system, aadToken: e => tokens.get(e) };
    }
    resolved = buildRequest(file, request, ctx);
    if (tokens) tokens.checkTarget(builtText(resolved), resolved.url);
  } catch (err) {
    if ((err as Error)?.name?.endsWith('RefusedError')) throw err;
    return { name: request.name, line: request.requestLine + 1, method: request.method, url: request.url, kind: 'failed', error: describeError(err) };
  }
  const base: OutcomeBase = { name: request.name, line: request.requestLine + 1, method: resolved.method, url: resolved.url };
  let outcome: RequestOutcome;
    if (resolved.unresolved.length > 0) {
      outcome = { ...base, kind: 'unresolved', unresolved: resolved.unresolved };
    } else {
      const cookies = settings.noCookieJar ? undefined : deps.cookies;
      const graphRequest: GraphRequest = { method: resolved.method, url: resolved.url, headers: resolved.headers, ...(resolved.body === undefined ? {} : { body: resolved.body }) };
      try {
        const response = await deps.send(graphRequest, { followRedirects: !settings.noRedirect, ...(cookies ? { cookies } : {}) });
        const location = deps.waitForOperations && operationLocation(response);
        if (location) await waitForOperation(location, r => deps.send(r, { followRedirects: true }), deps.waitForOperations!);
        outcome = { ...base, url: response.url, kind: 'sent', request: graphRequest, response };
        if (request.name) {
          results[request.name] = {
            request: { headers: resolved.headers, ...(typeof resolved.body === 'string' ? { body: resolved.body } : {}) },
            response: { status: response.status, headers: response.headers, ...(response.body === undefined ? {} : { body: response.body }) },
          };
        }
      } catch (err) {
        outcome = { ...base, kind: 'failed', error: describeError(err) };
      }
    }
  return outcome;
}

function builtText(r: { url: string; headers: Record<string, string>; body?: string | Uint8Array }): string {
  const body = r.body === undefined ? '' : typeof r.body === 'string' ? r.body : Buffer.from(r.body).toString('latin1');
  return [r.url, ...Object.entries(r.headers).map(([k, v]) => `${k}: ${v}`), body].join('\n');
}
