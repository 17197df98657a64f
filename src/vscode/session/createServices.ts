import { vscode } from '../api';
import { onFirstUse } from '../../core/onFirstUse';
import { KnownSecrets } from '../../core/send/knownSecrets';
import { Prompts } from '../prompts';
import type { ExtensionServices, GraphClient, TenantMutation } from '../services';
import type { AccountControl } from './accounts';
import { EnvironmentManager } from './environments';
import { SessionState } from './sessionState';
import { createSessionStatusBar } from './statusBar';

/** The shared services plus sign-in control, which only the session/send commands need. */
export interface SessionServices extends ExtensionServices {
  readonly accounts: AccountControl;
  /** The questions that guard secrets; the host tests answer them. */
  readonly prompts: Prompts;
  /**
   * Every `{{$aadToken}}` token this window got, each allowed only at its audience's origin: every send is refused
   * where one would go elsewhere (each hop, redirects too), and history, log and response view redact them.
   */
  readonly aadSecrets: KnownSecrets;
}

/**
 * Builds the environment (sandbox or cloud), the session with its status bar and context key, and the accounts and
 * Graph client over sign-in (MSAL with its cache in SecretStorage), which is made on first use. Everything disposable
 * lands on context.subscriptions.
 */
export function createServices(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): SessionServices {
  const mutated = new vscode.EventEmitter<TenantMutation>();
  const prompts = new Prompts(context.extensionMode === vscode.ExtensionMode.Test);
  const environments = new EnvironmentManager(log);
  const session = new SessionState(environments);
  const aadSecrets = new KnownSecrets();
  // Sign-in and sending (session/createSignIn.ts, in the features part) are made on first use, not at activation:
  // what is handed out here waits for them.
  const signIn = onFirstUse(async () => (await import('../featuresPart')).createSignIn(context, log, environments, session, prompts, aadSecrets));
  const graph: GraphClient = { send: async (request, options) => (await signIn()).graph.send(request, options) };
  const accounts: AccountControl = {
    environment: async () => (await signIn()).accounts.environment(),
    signIn: async (method, extraScopes, signal) => (await signIn()).accounts.signIn(method, extraScopes, signal),
    signOut: async homeAccountId => (await signIn()).accounts.signOut(homeAccountId),
    accounts: async () => (await signIn()).accounts.accounts(),
    current: async () => (await signIn()).accounts.current(),
    select: async homeAccountId => (await signIn()).accounts.select(homeAccountId),
    tokenFor: async request => (await signIn()).accounts.tokenFor(request),
    aadTokenSource: async () => (await signIn()).accounts.aadTokenSource(),
    // Never starts anything, so it needs no sign-in: the environment knows.
    runningSandbox: () => environments.runningSandbox(),
  };

  // Look up who is signed in without starting the sandbox: a cloud, or a sandbox already running, has a cache to read.
  const lookUpAccount = () => {
    if ((environments.describe().kind === 'cloud' || environments.runningSandbox()) && vscode.workspace.isTrusted) {
      accounts.current().catch(e => log.warn(`Could not read the sign-in cache: ${e instanceof Error ? e.message : String(e)}`));
    }
  };
  const refresh = () => {
    session.environmentChanged();
    lookUpAccount();
  };
  context.subscriptions.push(
    mutated, environments, session, createSessionStatusBar(session),
    environments.onDidChange(refresh),
    vscode.workspace.onDidGrantWorkspaceTrust(refresh),
    // With authProvider "vscode", signing in or out happens in VS Code's Accounts menu too.
    vscode.authentication.onDidChangeSessions(e => { if (e.provider.id === 'microsoft') refresh(); }),
  );
  // The session was just made with no account (and published so): only the account is to look up.
  lookUpAccount();

  return {
    log, graph, session, accounts, prompts, aadSecrets,
    onDidMutateTenant: mutated.event,
    fireTenantMutated: m => mutated.fire(m),
  };
}
