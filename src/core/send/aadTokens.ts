import type { TokenSource } from '../auth/tokenSource';
import { isSameOrigin, resolveTargetUrl } from './origin';
import { SendError } from '../net/sendError';
import { GUID } from '../text/guid';

/** What a `{{$aadToken ...}}` / `{{$aadV2Token ...}}` asks for, read with REST Client's documented options. */
export interface AadTokenRequest {
  scopes: string[];
  /** The origin the token is for: it is sent nowhere else. */
  audience: string;
  forceNew: boolean;
  appOnly: boolean;
  /** True when `scopes:` named the scopes (else they are the audience's default). */
  scopesGiven?: boolean;
  tenant?: string;
  clientId?: string;
  cloud?: string;
}

const CLOUD_TLDS: Record<string, string> = { public: 'Global', us: 'USGovL4', cn: 'China', de: 'Germany', ppe: 'ppe' };

/**
 * `$aadToken [new] [public|cn|de|us|ppe] [<domain|tenantId>] [aud:<domain|appId>]` (audience default: the
 * request's own origin) and `$aadV2Token [new] [appOnly] [scopes:<a,b>] [tenantid:<x>] [clientid:<y>]`
 * (scopes default: Graph's `.default`; unqualified scopes such as `User.Read` are Graph's, as Entra reads them).
 * Throws an Error with a user-facing message when the audience names no origin we could keep the token to.
 */
export function parseAadExpression(expression: string, requestUrl: string, graphHost: string): AadTokenRequest {
  const [head, ...words] = expression.trim().split(/\s+/);
  const request: AadTokenRequest = { scopes: [], audience: '', forceNew: false, appOnly: false };
  if (words[0] === 'new') { request.forceNew = true; words.shift(); }
  if (head === '$aadToken') {
    let audience: string | undefined;
    for (const w of words) {
      if (CLOUD_TLDS[w]) request.cloud = CLOUD_TLDS[w];
      else if (/^aud:/i.test(w)) audience = w.slice(4);
      else request.tenant = w;
    }
    const origin = audience === undefined ? originOf(requestUrl) : audienceOrigin(audience);
    if (!origin) throw new Error(`{{${expression}}}: the audience ${audience ?? requestUrl} names no https origin, so there is nowhere the token could safely go. Name it as a domain (aud:graph.microsoft.com).`);
    request.audience = origin;
    request.scopes = [`${origin}/.default`];
    return request;
  }
  for (const w of words) {
    if (w === 'appOnly') request.appOnly = true;
    else if (/^scopes:/i.test(w)) { request.scopes = w.slice(7).split(',').map(s => s.trim()).filter(Boolean); request.scopesGiven = request.scopes.length > 0; }
    else if (/^tenantid:/i.test(w)) request.tenant = w.slice(9);
    else if (/^clientid:/i.test(w)) request.clientId = w.slice(9);
  }
  const qualified = request.scopes.filter(s => /^[a-z][a-z0-9+.-]*:\/\//i.test(s));
  const origins = [...new Set(qualified.map(s => originOf(s)))];
  if (origins.some(o => !o) || origins.length > 1) {
    throw new Error(`{{${expression}}}: its scopes must all name one https origin (such as https://graph.microsoft.com/.default), so the token goes only there.`);
  }
  request.audience = origins[0] ?? graphHost;
  if (request.appOnly || request.scopes.length === 0) request.scopes = [`${request.audience}/.default`];
  return request;
}

function audienceOrigin(audience: string): string | undefined {
  if (GUID.test(audience)) return undefined;
  return originOf(/^https?:\/\//i.test(audience) ? audience : `https://${audience}`);
}

function originOf(url: string): string | undefined {
  try { const u = new URL(url); return u.protocol === 'https:' || u.hostname === '127.0.0.1' || u.hostname === 'localhost' ? u.origin : undefined; } catch { return undefined; }
}

export interface AadTokenDeps extends AadSignInFacts {
  tokenSource: TokenSource;
  /** The active cloud's Graph host: a token for it also goes to graphEndpoint (a sandbox or proxy stands in for Graph). */
  graphHost: string;
  graphEndpoint: string;
  /** True when the token source holds one fixed Graph token (GRAPH_ACCESS_TOKEN): it can serve no other audience. */
  graphOnly: boolean;
}

/**
 * Tokens for `$aadToken` / `$aadV2Token`, from our own sign-in (MSAL). Resolution is synchronous and sign-in is
 * not, so `prefetch` gets them before a request is built and `get` hands them to the resolver. Each token is
 * remembered with its audience's origin; `checkTarget` refuses a request that would carry one anywhere else.
 */
export class AadTokenVariables {
  private readonly byExpression = new Map<string, { token: string; audience: string }>();

  constructor(private readonly deps: AadTokenDeps) {}

  /** `forceRefresh`: every token fresh, as if each said `new` (after its audience answered 401 to a cached one). */
  async prefetch(expressions: string[], requestUrl: string, signal?: AbortSignal, forceRefresh = false): Promise<void> {
    for (const expression of new Set(expressions)) {
      const wanted = parseAadExpression(expression, requestUrl, this.deps.graphHost);
      this.checkSupported(expression, wanted);
      const fresh = forceRefresh || wanted.forceNew;
      if (this.byExpression.has(expression) && !fresh) continue;
      const token = await this.deps.tokenSource.getToken(wanted.scopes, signal, fresh ? { forceRefresh: true } : undefined);
      this.byExpression.set(expression, { token: token.accessToken, audience: wanted.audience });
    }
  }

  get(expression: string): string | undefined {
    return this.byExpression.get(expression)?.token;
  }

  /** The origins each token may go to: its audience, and the Graph endpoint for a Graph token. */
  allowedOrigins(token: string): string[] {
    const entry = [...this.byExpression.values()].find(e => e.token === token);
    if (!entry) return [];
    return aadAllowedOrigins(entry.audience, this.deps.graphHost, this.deps.graphEndpoint);
  }

  tokens(): string[] {
    return [...new Set([...this.byExpression.values()].map(e => e.token))];
  }

  /** Throws a 'refused' SendError when `text` (the built request) carries one of these tokens to a target its audience does not name. */
  checkTarget(text: string, url: string): void {
    const target = resolveTargetUrl(url, this.deps.graphEndpoint, this.deps.graphHost);
    const targetUrl = target.ok ? target.url : url;
    for (const { token, audience } of this.byExpression.values()) {
      if (!text.includes(token)) continue;
      if (this.allowedOrigins(token).some(o => isSameOrigin(targetUrl, o))) continue;
      throw new SendError('refused', `Refused to send to ${URL.canParse(targetUrl) ? new URL(targetUrl).origin : targetUrl}: it carries a {{$aadToken}} issued for ${audience}, and such a token goes only there. Nothing was sent.`);
    }
  }

  private checkSupported(expression: string, wanted: AadTokenRequest): void {
    const why = aadTokenRefusal(wanted, expression.startsWith('$aadV2Token'), this.deps);
    if (why) throw new Error(`{{${expression}}}: ${why}`);
  }
}

/** What the sign-in that would serve a `{{$aadToken}}` is: the CLI's, or the editor's. */
export interface AadSignInFacts {
  graphHost: string;
  graphOnly?: boolean;
  appOnly: boolean;
  tenant?: string;
  /** Other names of the signed-in tenant (its domains, e.g. from the user name), that `tenantid:` may use. */
  tenantNames?: string[];
  clientId?: string;
  cloud?: string;
}

/**
 * Why our sign-in cannot stand for what a `{{$aadToken}}` asks (another tenant, app, cloud, or an app-only token
 * from a user sign-in): a user-facing reason, or undefined when it can. A wrong token is never sent silently.
 */
export function aadTokenRefusal(wanted: AadTokenRequest, v2: boolean, facts: AadSignInFacts): string | undefined {
  const signedCloud = facts.cloud ?? 'Global';
  if (facts.graphOnly && wanted.audience !== new URL(facts.graphHost).origin) return 'the token in GRAPH_ACCESS_TOKEN is a Graph token; it cannot stand for a token to another audience.';
  if (wanted.appOnly && !facts.appOnly) return 'appOnly needs an app-only sign-in (client credentials).';
  if (!wanted.appOnly && facts.appOnly && v2 && wanted.scopes.some(s => !s.endsWith('/.default'))) return 'an app-only sign-in can only ask for .default scopes.';
  if (wanted.cloud && wanted.cloud !== signedCloud) return `the ${wanted.cloud} cloud differs from the one signed in to (${signedCloud}); choose that cloud for the sign-in instead.`;
  const tenants = [facts.tenant, ...(facts.tenantNames ?? [])].filter((t): t is string => !!t).map(t => t.toLowerCase());
  const anyTenant = (t: string) => ['common', 'organizations'].includes(t.toLowerCase());
  if (wanted.tenant && !anyTenant(wanted.tenant) && tenants.length && !tenants.includes(wanted.tenant.toLowerCase())) {
    return `tenant ${wanted.tenant} differs from the one signed in to (${facts.tenant ?? tenants[0]}); sign in to that tenant instead.`;
  }
  if (wanted.clientId && facts.clientId && wanted.clientId.toLowerCase() !== facts.clientId.toLowerCase()) return `client id ${wanted.clientId} differs from the app the sign-in uses (${facts.clientId}).`;
  return undefined;
}

/** Where a token for `audience` may go: that origin only, and for Graph also the endpoint standing in for it (a sandbox or proxy). */
export function aadAllowedOrigins(audience: string, graphHost: string, graphEndpoint: string): string[] {
  return audience === new URL(graphHost).origin ? [audience, graphEndpoint] : [audience];
}

/** True when a request to `url` (as it is really sent: Graph URLs go to the endpoint) may carry a token for `audience`. */
export function aadTargetAllowed(audience: string, url: string, graphHost: string, graphEndpoint: string): boolean {
  const target = resolveTargetUrl(url, graphEndpoint, graphHost);
  return target.ok && aadAllowedOrigins(audience, graphHost, graphEndpoint).some(o => isSameOrigin(target.url, o));
}

/**
 * The editor signs Graph requests in itself (the operation's least-privileged permission, asked again after a 403,
 * refreshed after a 401). A `{{$aadToken}}` that asks for nothing more than that Graph token (no `scopes:`, no
 * `new`) stands for it; any other one is a token of its own, got from the same sign-in with its options.
 */
export function standsForOwnSignIn(wanted: AadTokenRequest, graphHost: string): boolean {
  return wanted.audience === new URL(graphHost).origin && !wanted.forceNew && !wanted.scopesGiven;
}
