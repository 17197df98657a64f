import { vscode } from '../api';
import { parseGraphErrorBody } from '../../core/send/graphErrorBody';
import { redactSecrets } from '../../core/net/redact';
import type { HistoryStore } from '../history/historyStore';
import type { ResponseView } from '../response/responseView';
import type { ResponseRecord } from '../response/responseStore';
import type { ExtensionServices, GraphCallRequest, GraphCallResult } from '../services';
import type { HostConsent } from './hostConsent';
import type { InFlightRequests } from './inFlight';
import type { RequestVariableStore } from '../../core/send/requestVariableStore';
import { missingPermission } from '../../core/graph/routeInfo';
import { sendBuilt, type SentOutcome } from '../../core/send/sendOne';
import { isCancellation, toUserError } from '../../core/send/userError';
import { requireTrust } from '../auth/trust';
import { CookieJar } from '../../core/send/cookieJar';

export interface RunnerDeps {
  services: ExtensionServices;
  inFlight: InFlightRequests;
  history: HistoryStore;
  responses: ResponseView;
  variables: RequestVariableStore;
  /** Asks before values from the machine or the user's settings go to a host that is not Graph. */
  consent: HostConsent;
  /** Offered after a 403 that names permissions; the auth layer signs in again asking for them. */
  signInWithPermissions(permissions: string[]): Promise<void>;
  /** App-only sessions need an admin to grant an application permission: signing in again would not help. */
  isAppOnly(): Promise<boolean>;
  /** Replaces the session's `{{$aadToken}}` token values (any shape, opaque too) before history, log and response view. */
  redact?(text: string): string;
}

/**
 * Sends one prepared request the way every command does (send, resend, history, next page): with a
 * cancellable progress notification, then history, request variables, the response view, and the tenant
 * mutation event. Failures without a response propagate to the command boundary; a cancel is not a failure.
 */
export class RequestRunner {
  private lastRequest: GraphCallRequest | undefined;
  /** REST Client's cookie jar: one per VS Code session, in memory only (never in history or on disk). */
  private readonly cookies = new CookieJar();

  constructor(private readonly deps: RunnerDeps) {}

  last(): GraphCallRequest | undefined {
    return this.lastRequest;
  }

  /**
   * `named`: the request's `# @name` and document, whose request variables its result becomes. `freshTokens`: the
   * request again with fresh `{{$aadToken}}` tokens, sent once instead when the first answer is 401 (a cached token
   * revoked or expired early), as the editor's own Graph token is.
   */
  async run(request: GraphCallRequest, named?: { document: string; name: string }, freshTokens?: () => Promise<GraphCallRequest>): Promise<ResponseRecord | undefined> {
    // Refused before any progress, history entry or sign-in; the Graph client checks again for every other caller.
    requireTrust(vscode.l10n.t('Sending requests'));
    if (!await this.deps.consent.allows(request)) {
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Not sent.'), 4000);
      return undefined;
    }
    this.lastRequest = request;
    const started = Date.now();
    let outcome: SentOutcome<GraphCallResult>;
    try {
      outcome = await this.sendOne(request, named);
      if (outcome.response.status === 401 && freshTokens) {
        request = await freshTokens();
        this.lastRequest = request;
        outcome = await this.sendOne(request, named);
      }
    } catch (error) {
      await this.deps.history.add({ ...this.forHistory(request), time: started });
      if (isCancellation(error)) {
        this.deps.services.log.info(this.redact(`${request.method} ${request.url}: cancelled`));
        void vscode.window.setStatusBarMessage(vscode.l10n.t('Request cancelled.'), 4000);
        return undefined;
      }
      const failure = toUserError(error);
      failure.message = this.redact(failure.message);
      throw failure;
    }
    const result = outcome.response;
    await this.afterResponse(request, outcome, started, named);
    const route = outcome.route;
    const appOnly = result.status === 403 && await this.deps.isAppOnly().catch(() => false);
    const needed = appOnly ? route?.application : route?.permission;
    const record = await this.deps.responses.show(request, this.redactResult(result), needed);
    if (result.status === 403 && appOnly && route && !route.application) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Access denied (403): "{0}" does not support app-only access. Sign in as a user (device code or browser).', route.summary));
    } else if (result.status === 403) void this.offerPermission(result, needed, appOnly ? undefined : route?.consent, appOnly);
    return record;
  }

  /** Through the core's send step (the CLI's too); a send that got no answer throws what it threw. */
  private async sendOne(request: GraphCallRequest, named?: { document: string; name: string }): Promise<SentOutcome<GraphCallResult>> {
    const outcome = await sendBuilt<GraphCallResult>(
      { method: request.method, url: request.url, headers: request.headers ?? {}, ...(request.body !== undefined ? { body: request.body } : {}) },
      request.settings ?? {},
      { ...(named ? { name: named.name } : {}), line: 0, method: request.method, url: request.url },
      { send: (_built, options) => this.sendWithProgress(request, options.cookies), cookies: this.cookies },
    );
    if (outcome.kind !== 'sent') throw outcome.kind === 'failed' ? outcome.cause : new Error(outcome.error.message);
    return outcome;
  }

  private sendWithProgress(request: GraphCallRequest, cookies: CookieJar | undefined): Promise<GraphCallResult> {
    return Promise.resolve(vscode.window.withProgress({
      location: vscode.ProgressLocation.Notification,
      title: `${request.method} ${shortUrl(request.url)}`,
      cancellable: true,
    }, async (progress, token) => {
      const controller = this.deps.inFlight.start();
      const onCancel = token.onCancellationRequested(() => controller.abort());
      try {
        return await this.deps.services.graph.send(request, { signal: controller.signal, onProgress: message => progress.report({ message }), interactive: true, ...(cookies ? { cookies } : {}) });
      } finally {
        onCancel.dispose();
        this.deps.inFlight.end(controller);
      }
    }));
  }

  private async afterResponse(request: GraphCallRequest, outcome: SentOutcome<GraphCallResult>, started: number, named?: { document: string; name: string }): Promise<void> {
    const { services, history, variables } = this.deps;
    const result = outcome.response;
    services.log.info(this.redact(`${request.method} ${result.url} -> ${result.status} (${result.durationMs} ms${result.requestId ? `, request-id ${result.requestId}` : ''})`));
    await history.add({ ...this.forHistory(request), status: result.status, time: started, durationMs: result.durationMs });
    if (named && outcome.namedResult) variables.set(named.document, named.name, outcome.namedResult.result);
    const mutation = outcome.mutation;
    if (mutation) {
      services.fireTenantMutated({
        method: mutation.method, url: mutation.url, status: mutation.status,
        ...(mutation.requestBody !== undefined ? { requestBody: this.redact(mutation.requestBody) } : {}),
        ...(mutation.responseLocation ? { responseLocation: redactSecrets(mutation.responseLocation) } : {}),
      });
    }
  }

  private redact(text: string): string {
    return redactSecrets(this.deps.redact ? this.deps.redact(text) : text);
  }

  /** What the history keeps: no `{{$aadToken}}` value anywhere, and the per-request settings (not secrets) a resend needs. */
  private forHistory(request: GraphCallRequest) {
    const body = historyBody(request.body);
    return {
      method: request.method, url: this.redact(request.url),
      headers: Object.fromEntries(Object.entries(request.headers ?? {}).map(([k, v]) => [k, this.redact(v)])),
      ...(body.body !== undefined ? { body: this.redact(body.body) } : {}), ...(body.bodyNotKept ? { bodyNotKept: true } : {}),
      ...(request.settings ? { settings: request.settings } : {}),
    };
  }

  /** The response as the view shows it: a server that echoes a `{{$aadToken}}` value back does not put it on screen. */
  private redactResult(result: GraphCallResult): GraphCallResult {
    if (!this.deps.redact) return result;
    return {
      ...result, url: this.redact(result.url),
      headers: Object.fromEntries(Object.entries(result.headers).map(([k, v]) => [k, this.deps.redact!(v)])),
      ...(result.body !== undefined ? { body: this.deps.redact(result.body) } : {}),
    };
  }

  private async offerPermission(result: GraphCallResult, routePermission: string | undefined, routeConsent: string[] | undefined, appOnly: boolean): Promise<void> {
    const permission = missingPermission(parseGraphErrorBody(result.body)?.message, routePermission);
    if (!permission) return;
    // Graph's message names one permission; the route may name two that go together (its `consent`).
    const consent = permission === routePermission && routeConsent?.length ? routeConsent : [permission];
    if (appOnly) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Access denied (403). The app needs the {0} application permission, granted by an admin (admin consent) in its app registration.', permission));
      return;
    }
    const action = vscode.l10n.t('Sign in again with {0}', permission);
    if (await vscode.window.showWarningMessage(vscode.l10n.t('Access denied (403). This request needs {0}.', permission), action) === action) {
      await this.deps.signInWithPermissions(consent);
    }
  }
}

/** A binary body is not kept in the history (it is marked as not kept, so it is not resent without it). */
function historyBody(body: string | Uint8Array | undefined): { body?: string; bodyNotKept?: boolean } {
  if (body === undefined) return {};
  return typeof body === 'string' ? { body } : { bodyNotKept: true };
}

function shortUrl(url: string): string {
  try { const u = new URL(url); return u.pathname.length > 60 ? `…${u.pathname.slice(-60)}` : u.pathname; } catch { return url.slice(0, 60); }
}
