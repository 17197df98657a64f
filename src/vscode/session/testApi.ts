import type * as vscode from 'vscode';
import { cacheKeyFor } from '../../core/auth/cachePlugin';
import { HistoryStore } from '../history/historyStore';
import type { HistoryEntry } from '../../core/history/historyEntry';
import type { PromptAnswerer } from '../prompts';
import type { TenantMutation } from '../services';
import type { Sandbox } from '../../sandbox/server';
import type { SessionServices } from './createServices';

/**
 * What `activate` returns, for the host tests. Other extensions can call it too, so it answers questions
 * (is the cache stored? what does the history hold?) and never hands out a secret or a token.
 */
export interface ExtensionTestApi {
  /** The running sandbox (to inject faults); undefined until something needed it. */
  sandbox(): Sandbox | undefined;
  /** Whether SecretStorage holds an MSAL cache with tokens for the active environment. */
  msalCacheStored(): Promise<boolean>;
  /** The stored history, as persisted (already stripped of credentials). */
  history(): HistoryEntry[];
  /** Folder of this extension's log files (the output channel is written there). */
  logFolder(): string;
  /** Successful creates/updates/deletes, as the tenant tree hears them. */
  readonly onDidMutateTenant: vscode.Event<TenantMutation>;
  /** Answers the extension's guarding questions instead of a person; only in an extension test run (throws elsewhere). */
  answerPrompts(answerer: PromptAnswerer | undefined): void;
}

export function createTestApi(context: vscode.ExtensionContext, services: SessionServices): ExtensionTestApi {
  return {
    sandbox: () => services.accounts.runningSandbox(),
    msalCacheStored: async () => {
      const env = await services.accounts.environment();
      const cache = await context.secrets.get(cacheKeyFor(env.clientId, env.authority));
      if (!cache) return false;
      try { return Object.keys((JSON.parse(cache) as { AccessToken?: object }).AccessToken ?? {}).length > 0; } catch { return false; }
    },
    history: () => new HistoryStore(context.workspaceState).all(),
    logFolder: () => context.logUri.fsPath,
    onDidMutateTenant: services.onDidMutateTenant,
    answerPrompts: answerer => services.prompts.answerWith(answerer),
  };
}
