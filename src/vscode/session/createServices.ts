import { vscode } from '../api';
import type { HttpTransport } from '../../core/net/transport';
import { onFirstUse } from '../../core/onFirstUse';
import { KnownSecrets } from '../../core/send/knownSecrets';
import { AuthManager } from '../auth/authManager';
import { showDeviceCode } from '../auth/deviceCodeUi';
import { channelLogger } from '../auth/msalSettings';
import { secretStorageStore } from '../auth/secretStorageStore';
import { SignInSettingsConsent } from '../auth/signInSettingsConsent';
import { Prompts } from '../prompts';
import type { ExtensionServices, GraphClient, TenantMutation } from '../services';
import { Accounts, type AccountControl } from './accounts';
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
 * Builds the environment (sandbox or cloud), MSAL with its cache in SecretStorage, the Graph client,
 * the session with its status bar and context key. Everything disposable lands on context.subscriptions.
 */
export function createServices(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): SessionServices {
  const mutated = new vscode.EventEmitter<TenantMutation>();
  const prompts = new Prompts(context.extensionMode === vscode.ExtensionMode.Test);
  const environments = new EnvironmentManager(log);
  const session = new SessionState(environments);
  // The transport and the Graph client (featuresPart.ts) are made on the first request, not at activation.
  const sending = onFirstUse(async () => {
    const { createNodeTransport, SessionGraphClient } = await import('../featuresPart');
    // The global agent, so VS Code's proxy support (http.proxy, http.noProxy, the system proxy) applies under every http.proxySupport.
    const transport = createNodeTransport({ globalAgent: true });
    return { transport, graph: new SessionGraphClient(environments, auth, session, transport, signInSettings, aadSecrets) };
  });
  const transport: HttpTransport = { send: async (request, options) => (await sending()).transport.send(request, options) };
  const auth = new AuthManager(secretStorageStore(context.secrets), context.globalState, channelLogger(log), prompt => showDeviceCode(prompt), transport);
  const signInSettings = new SignInSettingsConsent(context.workspaceState, prompts);
  const accounts = new Accounts(environments, auth, session, signInSettings);
  const aadSecrets = new KnownSecrets();
  const graph: GraphClient = { send: async (request, options) => (await sending()).graph.send(request, options) };

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
