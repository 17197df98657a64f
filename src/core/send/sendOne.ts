import type { HttpFile, HttpRequest } from '../http/types';
import type { RequestResult } from '../http/variables';
import type { BuildContext } from '../http/buildRequest';
import { routeInfoFor, type RouteInfo } from '../graph/routeInfo';
import { findNextLink } from '../response/formatResponse';
import type { CookieJar } from './cookieJar';
import type { GraphRequest, GraphResponse } from './sendGraphRequest';
import { describeError, type ErrorDescription } from './describeError';
import { prepareSend, type AadTokenSupply, type OutcomeBase } from './prepareSend';
import { askBeforeSend, asksBeforeSend, type BeforeSendQuestions } from './askBeforeSend';
import { operationLocation, waitForOperation, type OperationWait } from './waitForOperation';

/** What of an answer the pipeline reads: the CLI's GraphResponse, the editor's GraphCallResult. */
export interface SentResponse {
  status: number;
  headers: Record<string, string>;
  body?: string;
  /** Final URL after rewriting and redirects. */
  url: string;
}

/** A successful POST/PATCH/PUT/DELETE, for whoever keeps a picture of the tenant (the editor's tree). Values as sent: the caller redacts. */
export interface SendMutation {
  method: string;
  url: string;
  status: number;
  requestBody?: string;
  responseLocation?: string;
}

export type { OutcomeBase } from './prepareSend';
/** The one phrasing of "a variable has no value" lives with the build step. */
export { describeUnresolved } from './prepareSend';

export interface SentOutcome<R extends SentResponse = GraphResponse> extends OutcomeBase {
  kind: 'sent';
  request: GraphRequest;
  response: R;
  /** The documented operation (routeInfoFor, asked once, on first read). */
  readonly route?: RouteInfo;
  /** `@odata.nextLink` of a collection page (read from the body on first read). */
  readonly nextLink?: string;
  /** A 202 Accepted's `Location` naming an operation (schema registration). */
  operationLocation?: string;
  /** Set for a 2xx answer to POST, PATCH, PUT or DELETE. */
  mutation?: SendMutation;
  /** The `# @name`'s result: the request variables of the requests after it (`{{created.response.body.$.id}}`). */
  namedResult?: { name: string; result: RequestResult };
}

export type SendOutcome<R extends SentResponse = GraphResponse> =
  | SentOutcome<R>
  | OutcomeBase & { kind: 'unresolved'; unresolved: string[]; error: ErrorDescription }
  /** `cause`: what was thrown, for a caller that tells a cancel from a failure. */
  | OutcomeBase & { kind: 'failed'; error: ErrorDescription; cause?: unknown }
  | OutcomeBase & { kind: 'declined'; error: ErrorDescription };

export interface SendOneDeps<R extends SentResponse = GraphResponse> {
  send(request: GraphRequest, options: { followRedirects: boolean; cookies?: CookieJar }): Promise<R>;
  /** Everything the request's variables read, `requests` (the named results so far) included. */
  context: BuildContext;
  /** `{{$aadToken}}` / `{{$aadV2Token}}` from our sign-in; without it they stay unresolved. */
  aadTokens?: AadTokenSupply;
  signal?: AbortSignal;
  /** Cookies kept across requests, as REST Client keeps them per session (`# @no-cookie-jar` opts a request out). */
  cookies?: CookieJar;
  /** The question UI for `# @note` (REST Client asks for confirmation) and `# @prompt`; what is asked is askBeforeSend's. Without it neither is asked. */
  questions?: BeforeSendQuestions;
  /** When set, a 202 whose Location names an operation is polled until the operation is done. */
  waitForOperations?: OperationWait;
}

const MUTATING = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

/**
 * The one send pipeline of the CLI and the editor: asks what `# @note` / `# @prompt` need, builds the request
 * through the one build step, prepareSend (variables, `{{$aadToken}}` got first and held to its audience; one with
 * unresolved variables is not sent: `/groups/{{created.response.body.$.id}}` sent literally would hit the wrong
 * resource), sends it with sendBuilt, and describes what came of it once. The editor takes the same three steps
 * separately (askBeforeSend with its own question UI, prepareSend, sendBuilt). Only a refused machine read (`$processEnv`, `.env`,
 * a body file) throws.
 */
export async function sendOne<R extends SentResponse = GraphResponse>(file: HttpFile, request: HttpRequest, deps: SendOneDeps<R>): Promise<SendOutcome<R>> {
  const settings = request.settings ?? {};
  const first: OutcomeBase = { name: request.name, line: request.requestLine + 1, method: request.method, url: request.url };
  let prompted: Record<string, string> | undefined;
  // A request with nothing to ask takes no round through askBeforeSend's promises.
  if (deps.questions && asksBeforeSend(settings)) {
    const answer = await askBeforeSend(request, deps.questions);
    if (!answer.send) return { ...first, kind: 'declined', error: { message: 'Not sent: the confirmation (# @note) or a prompt (# @prompt) was declined.' } };
    prompted = answer.prompted;
  }
  const prepared = await prepareSend(file, request, { context: deps.context, ...(prompted ? { prompted } : {}), ...(deps.aadTokens ? { aadTokens: deps.aadTokens } : {}), ...(deps.signal ? { signal: deps.signal } : {}) });
  if (prepared.kind !== 'built') return prepared;
  return sendBuilt(prepared.request, settings, prepared.base, deps);
}

/**
 * The sending half of sendOne, for a request already built (the editor's resend, history, next page and poll
 * send one this way): `# @no-redirect` and `# @no-cookie-jar` applied, the operation waited for when asked, and
 * the outcome with its route, next link, mutation and named result. A send that got no answer is a 'failed' outcome.
 */
export async function sendBuilt<R extends SentResponse>(
  request: GraphRequest, settings: { noRedirect?: boolean; noCookieJar?: boolean }, base: OutcomeBase,
  deps: Pick<SendOneDeps<R>, 'send' | 'cookies' | 'waitForOperations'>,
): Promise<SendOutcome<R>> {
  const cookies = settings.noCookieJar ? undefined : deps.cookies;
  let response: R;
  try {
    response = await deps.send(request, { followRedirects: !settings.noRedirect, ...(cookies ? { cookies } : {}) });
    const location = deps.waitForOperations && operationLocation(response);
    if (location) await waitForOperation(location, r => deps.send(r, { followRedirects: true }), deps.waitForOperations!);
  } catch (err) {
    return { ...base, kind: 'failed', error: describeError(err), cause: err };
  }
  return sentOutcome({ ...base, url: response.url }, request, response);
}

function sentOutcome<R extends SentResponse>(base: OutcomeBase, request: GraphRequest, response: R): SentOutcome<R> {
  const text = typeof request.body === 'string' ? request.body : undefined;
  const location = operationLocation(response);
  const method = request.method.toUpperCase();
  const outcome = {
    ...base, kind: 'sent' as const, request, response,
    ...(location ? { operationLocation: location } : {}),
    ...(MUTATING.has(method) && response.status >= 200 && response.status < 300 ? {
      mutation: {
        method, url: response.url, status: response.status, ...(text !== undefined ? { requestBody: text } : {}),
        ...locationOf(response.headers),
      },
    } : {}),
    ...(base.name ? {
      namedResult: {
        name: base.name,
        result: {
          request: { headers: request.headers, ...(text !== undefined ? { body: text } : {}) },
          response: { status: response.status, headers: response.headers, ...(response.body === undefined ? {} : { body: response.body }) },
        },
      },
    } : {}),
  };
  // Read on demand: the CLI prints neither, and the route table is not loaded for it.
  lazy(outcome, 'route', () => routeInfoFor(request.method, request.url));
  lazy(outcome, 'nextLink', () => findNextLink(response.body));
  return outcome as SentOutcome<R>;
}

function lazy<T extends object>(target: T, key: string, get: () => unknown): void {
  let done = false, value: unknown;
  Object.defineProperty(target, key, {
    enumerable: false, configurable: true,
    get: () => { if (!done) { value = get(); done = true; } return value; },
  });
}

/** The Location header of an answer (any casing). */
function locationOf(headers: Record<string, string>): { responseLocation?: string } {
  const location = Object.entries(headers).find(([k]) => k.toLowerCase() === 'location')?.[1];
  return location ? { responseLocation: location } : {};
}
