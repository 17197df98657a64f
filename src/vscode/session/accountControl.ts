import type { AccountSummary, TokenSource } from '../../core/auth/tokenSource';
import type { InteractiveMethod } from '../auth/authManager';
import type { GraphCallRequest } from '../services';
import type { ActiveEnvironment } from '../../core/auth/activeEnvironment';
import type { SandboxHandle } from './sandboxHandle';

export type SignInRequest = InteractiveMethod | { kind: 'vscode' };

/** Sign-in, accounts and environment, for commands (sign in/out, switch account) and the host tests' API. */
export interface AccountControl {
  environment(): Promise<ActiveEnvironment>;
  signIn(method: SignInRequest, extraScopes?: string[], signal?: AbortSignal): Promise<AccountSummary>;
  signOut(homeAccountId?: string): Promise<void>;
  accounts(): Promise<AccountSummary[]>;
  current(): Promise<AccountSummary | undefined>;
  select(homeAccountId: string): Promise<void>;
  /**
   * Only for an explicit "include token" export: the token and the absolute URL the request really goes to
   * (`beta/me` and `graph.microsoft.com/beta/me` resolved), when that is the Graph endpoint over https (or
   * the local sandbox). Undefined for anything else.
   */
  tokenFor(request: GraphCallRequest): Promise<{ accessToken: string; url: string } | undefined>;
  /**
   * For `{{$aadToken}}` / `{{$aadV2Token}}` in a send the user asked for: the selected account's token source (the
   * app's for an app-only sign-in), which may prompt (device code) for a scope not consented yet. Never logged.
   */
  aadTokenSource(): Promise<{ source: TokenSource; appOnly: boolean }>;
  /** The emulator if it is running; never starts it. */
  runningSandbox(): SandboxHandle | undefined;
}
