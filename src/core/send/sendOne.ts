import type { HttpFile, HttpRequest, RequestSettings } from '../http/types';
import type { RequestResult } from '../http/variables';
import { buildRequest, type BuildContext, type BuiltRequest } from '../http/buildRequest';
import { routeInfoFor, type RouteInfo } from '../graph/routeInfo';
import { findNextLink } from '../response/formatResponse';
import { l10n } from '../text/l10n';
import type { CookieJar } from './cookieJar';
import type { AadTokenVariables } from './aadTokens';
import type { GraphRequest, GraphResponse } from './sendGraphRequest';
import { describeError, type ErrorDescription } from './describeError';
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

export interface OutcomeBase { name?: string; line: number; method: string; url: string }

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
  aadTokens?: AadTokenVariables;
  signal?: AbortSignal;
  /** Cookies kept across requests, as REST Client keeps them per session (`# @no-cookie-jar` opts a request out). */
  cookies?: CookieJar;
  /** Before a request with `# @note` (REST Client asks for confirmation) or `# @prompt`; false: not sent. */
  beforeSend?(settings: RequestSettings, name: string | undefined): Promise<{ send: boolean; prompted?: Record<string, string> }>;
  /** When set, a 202 whose Location names an operation is polled until the operation is done. */
  waitForOperations?: OperationWait;
}

const MUTATING = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

/**
 * The one send pipeline of the CLI and the editor: asks what `# @note` / `# @prompt` need, builds the request
 * (variables, `{{$aadToken}}` got first and held to its audience), does not send one with unresolved variables
 * (`/groups/{{created.response.body.$.id}}` sent literally would hit the wrong resource), sends it, and describes
 * what came of it once. Only a refused machine read (`$processEnv`, `.env`, a body file) throws.
 */
export async function sendOne<R extends SentResponse = GraphResponse>(file: HttpFile, request: HttpRequest, deps: SendOneDeps<R>): Promise<SendOutcome<R>> {
  const settings = request.settings ?? {};
  const first: OutcomeBase = { name: request.name, line: request.requestLine + 1, method: request.method, url: request.url };
  let prompted: Record<string, string> | undefined;
  if (deps.beforeSend && (settings.note !== undefined || settings.prompts?.length)) {
    const answer = await deps.beforeSend(settings, request.name);
    if (!answer.send) return { ...first, kind: 'declined', error: { message: 'Not sent: the confirmation (# @note) or a prompt (# @prompt) was declined.' } };
    prompted = answer.prompted;
  }
  let built: BuiltRequest;
  try {
    const ctx: BuildContext = { ...deps.context, ...(prompted ? { prompted } : {}) };
    const tokens = deps.aadTokens;
    if (tokens && ctx.system) {
      const wanted: string[] = [];
      const dry = buildRequest(file, request, { ...ctx, readBodyFile: undefined, system: { ...ctx.system, aadToken: e => { wanted.push(e); return 'x'; } } });
      if (wanted.length) await tokens.prefetch(wanted, dry.url, deps.signal);
      ctx.system = { ...ctx.system, aadToken: e => tokens.get(e) };
    }
    built = buildRequest(file, request, ctx);
    if (tokens) tokens.checkTarget(builtText(built), built.url);
  } catch (err) {
    if ((err as Error)?.name?.endsWith('RefusedError')) throw err;
    return { ...first, kind: 'failed', error: describeError(err), cause: err };
  }
  const base: OutcomeBase = { ...first, method: built.method, url: built.url };
  if (built.unresolved.length > 0) return unresolvedOutcome(base, built.unresolved);
  const graphRequest: GraphRequest = { method: built.method, url: built.url, headers: built.headers, ...(built.body === undefined ? {} : { body: built.body }) };
  return sendBuilt(graphRequest, settings, base, deps);
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

function unresolvedOutcome(base: OutcomeBase, unresolved: string[]): SendOutcome<never> {
  return { ...base, kind: 'unresolved', unresolved, error: describeUnresolved(unresolved) };
}

/**
 * The one phrasing of "a variable has no value" (the editor shows it; the CLI's lines are a contract of their own,
 * formatOutcome's). `copy`: a copy (cURL, PowerShell, Azure CLI) is refused in the same words, but not called a send.
 * `restricted`: in Restricted Mode, where the machine's values are not read.
 */
export function describeUnresolved(names: string[], options: { copy?: boolean; restricted?: boolean } = {}): ErrorDescription {
  const list = names.map(n => `{{${n}}}`).join(', ');
  const refused = options.copy ? l10n.t('Not copied') : l10n.t('Not sent');
  const restricted = options.restricted ? ` ${l10n.t('In Restricted Mode, $processEnv and $dotenv are not read.')}` : '';
  return {
    message: (names.length === 1
      ? l10n.t('{0}: {1} has no value. Define it with @name = value in the file, in the active variable set (graphConnectorGroups.environmentVariables), or send the named request (in this file) first.', refused, list)
      : l10n.t('{0}: {1} have no value. Define them with @name = value in the file, in the active variable set (graphConnectorGroups.environmentVariables), or send the named request (in this file) first.', refused, list)) + restricted,
  };
}

function builtText(r: { url: string; headers: Record<string, string>; body?: string | Uint8Array }): string {
  const body = r.body === undefined ? '' : typeof r.body === 'string' ? r.body : Buffer.from(r.body).toString('latin1');
  return [r.url, ...Object.entries(r.headers).map(([k, v]) => `${k}: ${v}`), body].join('\n');
}
