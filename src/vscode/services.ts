import type * as vscode from 'vscode';
import type { ValueSource } from '../core/http/valueSources';
import type { GraphResponse } from '../core/send/graphResponse';
import type { CookieJar } from '../core/send/cookieJar';

/**
 * What the editor features share. Built once in extension.ts and passed in; no module-level singletons.
 * The session/auth/send engineer implements these in src/vscode/session/ and src/vscode/send/.
 */
/** The core's response (body as text when small and textual, else in bodyFile), as editor features see it. */
export type GraphCallResult = Omit<GraphResponse, 'method' | 'contentType' | 'retries'> & {
  /** How many 429/503 retries it took. */
  retries?: number;
};

export interface GraphCallRequest {
  method: string;
  /** Absolute Graph URL (https://graph.microsoft.com/beta/...), path-only (/beta/...) or any other URL. */
  url: string;
  headers?: Record<string, string>;
  /** Text, or the exact bytes of a body that is not UTF-8 text (a `< ./image.png`, a multipart body with one). */
  body?: string | Uint8Array;
  /** REST Client's per-request settings that change how it is sent (`# @no-redirect`, `# @no-cookie-jar`). */
  settings?: { noRedirect?: boolean; noCookieJar?: boolean };
  /** Where substituted values came from beyond the file (the machine, the user's variable sets): such a request asks before it goes to a host that is not Graph. */
  valuesFrom?: ValueSource[];
}

export interface GraphCallOptions {
  signal?: AbortSignal;
  onProgress?: (message: string) => void;
  /** Extra scopes to ask for (e.g. after a 403). */
  scopes?: string[];
  /**
   * May prompt (device code) when no token can be had silently. Only for a send the user asked for;
   * background callers (the tree) leave it off and get the 401, or an 'auth' SendError, to show instead.
   */
  interactive?: boolean;
  /** The session's cookie jar (REST Client keeps one per session); each hop gets its own origin's cookies. */
  cookies?: CookieJar;
}

/** Sends to the active environment (sandbox or cloud), signing in as needed. Rejects only when no response came. */
export interface GraphClient {
  send(request: GraphCallRequest, options?: GraphCallOptions): Promise<GraphCallResult>;
}

export interface SessionInfo {
  environment: 'sandbox' | 'cloud';
  /** e.g. 'Sandbox tenant' or 'Global' / 'US Gov L4' ... */
  cloudLabel: string;
  graphBaseUrl: string;
  account?: { username: string; tenantId?: string };
  signedIn: boolean;
}

export interface Session {
  current(): SessionInfo;
  readonly onDidChange: vscode.Event<SessionInfo>;
}

/** A create/update/delete that succeeded, from a .http file or from the tree: the tree refreshes on it. */
export interface TenantMutation {
  method: string;
  url: string;
  status: number;
  /** The request body as sent (secrets redacted), e.g. so the tree can remember an external group it cannot list. */
  requestBody?: string;
  /** The response's Location header: a schema registration's 202 names its operation there (the tree remembers it). */
  responseLocation?: string;
}

export interface ExtensionServices {
  readonly graph: GraphClient;
  readonly session: Session;
  readonly onDidMutateTenant: vscode.Event<TenantMutation>;
  fireTenantMutated(mutation: TenantMutation): void;
  readonly log: vscode.LogOutputChannel;
}
