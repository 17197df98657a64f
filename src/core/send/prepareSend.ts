import type { HttpFile, HttpRequest } from '../http/types';
import { buildRequest, type BuildContext, type BuiltRequest } from '../http/buildRequest';
import { l10n } from '../text/l10n';
import { parseAadExpression, standsForOwnSignIn } from './aadTokens';
import type { GraphRequest } from './sendGraphRequest';
import { describeError, type ErrorDescription } from './describeError';

export interface OutcomeBase { name?: string; line: number; method: string; url: string }

/** Where the tokens of `{{$aadToken}}` / `{{$aadV2Token}}` come from: the CLI's AadTokenVariables, the editor's sign-in. */
export interface AadTokenSupply {
  /** Gets the tokens these expressions ask for, before the request is built with them (resolution is synchronous, sign-in is not). */
  prefetch(expressions: string[], requestUrl: string, signal?: AbortSignal): Promise<void>;
  get(expression: string): string | undefined;
  /** Throws when `text` (the built request) carries one of the tokens to a target its audience does not name. */
  checkTarget(text: string, url: string): void;
}

export interface PrepareSendOptions {
  /** Everything the request's variables read, `requests` (the named results so far) included. */
  context: BuildContext;
  /** Answers to the request's `# @prompt` lines. */
  prompted?: Record<string, string>;
  /**
   * `{{$aadToken}}` / `{{$aadV2Token}}` from our sign-in. Without it they stay unresolved (the CLI without a sign-in);
   * with `ownSignIn` or `purpose: 'copy'`, a request that needs one is refused instead.
   */
  aadTokens?: AadTokenSupply;
  signal?: AbortSignal;
  /**
   * The editor signs Graph requests in itself: `Authorization: Bearer {{$aadV2Token}}` asking for just the Graph
   * token of the active cloud (`graphHost`) goes, the expression listed in `ownSignIn`, and gets no token of its own.
   */
  ownSignIn?: { graphHost: string };
  /** 'copy' (cURL, PowerShell, Azure CLI): a token got only at send time, or a body that is not text, refuses the copy. */
  purpose?: 'send' | 'copy';
  /** A body read from files is text when it is UTF-8 (so history and request variables can keep it), else its exact bytes. */
  bodyAsText?: boolean;
  /** Restricted Mode: the "has no value" message says the machine's values were not read. */
  restricted?: boolean;
}

/** A request ready to send: what the CLI's sendOne and the editor's send and copy go on with. */
export interface PreparedSend {
  kind: 'built';
  request: GraphRequest;
  base: OutcomeBase;
  /** `{{$aadToken}}` expressions the extension's own sign-in stands for (their header dropped): `ownSignIn` only. */
  ownSignIn: string[];
  /** `{{$aadToken}}` expressions that got a token of their own from `aadTokens`. */
  aadTokens: string[];
}

export type PrepareOutcome =
  | PreparedSend
  | OutcomeBase & { kind: 'unresolved'; unresolved: string[]; error: ErrorDescription }
  /** `cause`: what was thrown (or the refusal), for a caller that throws it on. */
  | OutcomeBase & { kind: 'failed'; error: ErrorDescription; cause?: unknown };

/**
 * The one build step of every send and copy, the CLI's and the editor's: the variables resolved, `{{$aadToken}}`
 * tokens got first and held to their audience, and a request with unresolved variables (`/groups/{{created.response.body.$.id}}`
 * sent literally would hit the wrong resource) turned into one 'unresolved' outcome before any token is asked for.
 * The request is built with a placeholder where each token goes: the expressions still standing in it are the
 * tokens it needs (the one the editor's own sign-in stands for is dropped with its header); then the tokens take the
 * placeholders' places (Placeholders.fill), so the request is built, and its body files read, once. Only a refused machine read (`$processEnv`, `.env`, a body file) throws; anything else is an outcome.
 */
export async function prepareSend(file: HttpFile, request: HttpRequest, options: PrepareSendOptions): Promise<PrepareOutcome> {
  const first: OutcomeBase = { name: request.name, line: request.requestLine + 1, method: request.method, url: request.url };
  try {
    const ctx: BuildContext = { ...options.context, ...(options.prompted ? { prompted: options.prompted } : {}) };
    const system = ctx.system;
    const marks = system && (options.aadTokens || options.ownSignIn || options.purpose === 'copy') ? new Placeholders() : undefined;
    const build = (token?: (expression: string) => string | undefined): Built => finish(buildRequest(file, request, marks && system
      ? { ...ctx, system: { ...system, aadToken: e => token?.(e) ?? marks.mark(e) } }
      : ctx), marks, options);
    let built = build();
    if (built.tokens.length && options.purpose === 'copy') {
      return failed(first, new Error(l10n.t('Not copied: {0} is a token the editor gets only when it sends the request. Send it, or copy a request without it.', `{{${built.tokens[0]}}}`)));
    }
    const unresolved = (b: Built): PrepareOutcome => ({
      ...first, method: b.method, url: marks ? marks.restore(b.url) : b.url, kind: 'unresolved', unresolved: b.unresolved,
      error: describeUnresolved(b.unresolved, { copy: options.purpose === 'copy', restricted: !!options.restricted }),
    });
    if (built.unresolved.length > 0) return unresolved(built);
    const wanted = built.tokens;
    const supply = options.aadTokens;
    if (wanted.length) {
      if (!supply) return failed(first, new Error(l10n.t('Not sent: there is no token for {0}.', `{{${wanted[0]}}}`)));
      await supply.prefetch(wanted, built.url, options.signal);
      built = marks!.fill(built, e => supply.get(e)) ?? build(e => supply.get(e));
      if (built.tokens.length) return failed(first, new Error(l10n.t('Not sent: there is no token for {0}.', `{{${built.tokens[0]}}}`)));
      if (built.unresolved.length > 0) return unresolved(built);
      supply.checkTarget(requestText(built), built.url);
    }
    const { method, url, headers, body } = built;
    return {
      kind: 'built', base: { ...first, method, url }, ownSignIn: built.ownSignIn, aadTokens: wanted,
      request: { method, url, headers, ...(body === undefined ? {} : { body }) },
    };
  } catch (err) {
    if ((err as Error)?.name?.endsWith('RefusedError')) throw err;
    return failed(first, err);
  }
}

interface Built {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  unresolved: string[];
  ownSignIn: string[];
  /** The `{{$aadToken}}` expressions still standing as placeholders. */
  tokens: string[];
}

/** The built request as the options want it: the own sign-in's header dropped, a body from files as text when asked. */
function finish(built: BuiltRequest, marks: Placeholders | undefined, options: PrepareSendOptions): Built {
  const ownSignIn = marks && options.ownSignIn ? useOwnSignIn(built.headers, built.url, marks, options.ownSignIn.graphHost) : [];
  const body = built.body === undefined || typeof built.body === 'string' || !options.bodyAsText ? built.body : textOrBytes(built.body, options.purpose ?? 'send');
  const tokens = marks ? marks.foundIn([built.url, ...Object.values(built.headers), bodyText(body)]) : [];
  return { method: built.method, url: built.url, headers: built.headers, ...(body === undefined ? {} : { body }), unresolved: built.unresolved, ownSignIn, tokens };
}

function failed(first: OutcomeBase, err: unknown): PrepareOutcome {
  return { ...first, kind: 'failed', error: describeError(err), cause: err };
}

/**
 * A body read from files (`< ./file`, multipart parts) as text when it is UTF-8, so history and request variables
 * can keep it; otherwise its exact bytes, sent as they are. A copy (cURL...) cannot carry bytes that are not text.
 */
function textOrBytes(bytes: Uint8Array, purpose: 'send' | 'copy'): string | Uint8Array {
  const text = Buffer.from(bytes).toString('utf8');
  if (Buffer.from(text, 'utf8').equals(Buffer.from(bytes))) return text;
  if (purpose === 'copy') throw new Error(l10n.t('Not copied: the body includes a binary file, which a command line cannot carry as text. Send it from the editor, or with the CLI (graph-connector-groups send).'));
  return Buffer.from(bytes);
}

/**
 * Marks where a `{{$aadToken}}` was, so the build step can drop the header the editor's own sign-in stands for and
 * get the tokens the rest need. Letters and digits only (a random run per request): a URL's encoding leaves them as they are.
 */
class Placeholders {
  /** Made on the first mark: most requests have no `{{$aadToken}}`, and then no text can hold a placeholder. */
  private nonce: string | undefined;
  private readonly expressions: string[] = [];

  mark(expression: string): string {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- node:crypto on first use: most sends never mark
    this.nonce ??= (require('node:crypto') as typeof import('node:crypto')).randomBytes(6).toString('hex');
    let i = this.expressions.indexOf(expression);
    if (i < 0) i = this.expressions.push(expression) - 1;
    return `AADTOKEN${this.nonce}N${i}X`;
  }

  /** The expression a whole value stands for, when it is just one placeholder. */
  whole(value: string): string | undefined {
    if (this.nonce === undefined) return undefined;
    const m = new RegExp(`^AADTOKEN${this.nonce}N(\\d+)X$`).exec(value);
    return m ? this.expressions[Number(m[1])] : undefined;
  }

  /** The expressions still standing as placeholders in these texts. */
  foundIn(texts: string[]): string[] {
    if (this.nonce === undefined) return [];
    const found = new Set<string>();
    for (const text of texts) for (const m of text.matchAll(this.pattern())) found.add(this.expressions[Number(m[1])]);
    return [...found];
  }

  /**
   * The built request with each placeholder replaced by its token (one `get` has none for stays a placeholder), so it
   * need not be built again. Exact only when every token is made of characters no step of the build changes (RFC 3986's
   * unreserved ones: `{{%name}}`'s and a form body's percent-encoding, the URL's whitespace encoding and a GraphQL body's
   * JSON all leave them as they are), as JWTs are. Undefined for any other token (an opaque one with `+`, `/`, `=`):
   * the caller builds again with it, so each step encodes it as it would have.
   */
  fill(built: Built, get: (expression: string) => string | undefined): Built | undefined {
    const tokens = built.tokens.map(get);
    if (tokens.some(t => t !== undefined && !/^[A-Za-z0-9._~-]+$/.test(t))) return undefined;
    const put = (text: string) => this.nonce === undefined ? text : text.replace(this.pattern(), (whole, i: string) => get(this.expressions[Number(i)]) ?? whole);
    const headers = Object.fromEntries(Object.entries(built.headers).map(([k, v]) => [k, put(v)]));
    const body = built.body === undefined || typeof built.body === 'string' ? built.body && put(built.body) : putBytes(built.body, put);
    const url = put(built.url);
    return { ...built, url, headers, ...(body === undefined ? {} : { body }), tokens: this.foundIn([url, ...Object.values(headers), bodyText(body)]) };
  }

  /** The text with each placeholder written back as the `{{$aadToken ...}}` it stands for. */
  restore(text: string): string {
    if (this.nonce === undefined) return text;
    return text.replace(this.pattern(), (_whole, i: string) => `{{${this.expressions[Number(i)]}}}`);
  }

  private pattern(): RegExp {
    return new RegExp(`AADTOKEN${this.nonce}N(\\d+)X`, 'g');
  }
}

/**
 * `Authorization: Bearer {{$aadV2Token ...}}` asking for just the Graph token (no `scopes:`, no `new`): the header
 * goes, and the extension's sign-in attaches its Graph token (only to the Graph endpoint, as always; checkOwnSignIn
 * refuses such a request to another host). The other expressions get their own token.
 */
function useOwnSignIn(headers: Record<string, string>, url: string, marks: Placeholders, graphHost: string): string[] {
  const expressions: string[] = [];
  for (const [name, value] of Object.entries(headers)) {
    const expression = /^Bearer\s+(\S+)$/.exec(value)?.[1];
    const m = expression === undefined ? undefined : marks.whole(expression);
    if (name.toLowerCase() !== 'authorization' || m === undefined) continue;
    let wanted;
    try { wanted = parseAadExpression(m, url, graphHost); } catch { continue; }
    if (standsForOwnSignIn(wanted, graphHost)) { delete headers[name]; expressions.push(m); }
  }
  return expressions;
}

/** A body that is not text with its placeholders filled: the tokens are ASCII, so a latin1 round trip changes no other byte. */
function putBytes(body: Uint8Array, put: (text: string) => string): Uint8Array {
  const text = bodyText(body);
  const filled = put(text);
  return filled === text ? body : Buffer.from(filled, 'latin1');
}

function bodyText(body: string | Uint8Array | undefined): string {
  return body === undefined ? '' : typeof body === 'string' ? body : Buffer.from(body).toString('latin1');
}

/** The request as one text, as a token's target check reads it: URL, headers, body. */
function requestText(r: { url: string; headers: Record<string, string>; body?: string | Uint8Array }): string {
  return [r.url, ...Object.entries(r.headers).map(([k, v]) => `${k}: ${v}`), bodyText(r.body)].join('\n');
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
    ...(names.every(isTemplateName) ? { hint: l10n.t('If {0} is text the service fills in (a template), not a variable: put the body in a file and send it with < ./body.json, which goes as written, as REST Client sends a < file.', list) } : {}),
  };
}

/**
 * A name as a template writes one (`userDisplayName`, `person.name`): REST Client sends an undefined one as written,
 * we do not (a URL or id sent with `{{...}}` in it addresses the wrong thing), so the hint says how to send it. Not a
 * system variable (`$...`), an indirection (`%...`) or a request's response or request (`created.response.body.$.id`).
 */
function isTemplateName(name: string): boolean {
  return /^[A-Za-z_][\w-]*(\.[\w-]+)*$/.test(name) && !/\.(response|request)(\.|$)/.test(name);
}
