import type { vscode } from '../api';
import { createNodeTransport } from '../../core/send/nodeTransport';
import type { KnownSecrets } from '../../core/send/knownSecrets';
import { AuthManager } from '../auth/authManager';
import { showDeviceCode } from '../auth/deviceCodeUi';
import { channelLogger } from '../auth/msalSettings';
import { secretStorageStore } from '../auth/secretStorageStore';
import { SignInSettingsConsent } from '../auth/signInSettingsConsent';
import type { Prompts } from '../prompts';
import { Accounts } from './accounts';
import type { EnvironmentManager } from './environments';
import { SessionGraphClient } from './graphClient';
import type { SessionState } from './sessionState';

/**
 * Sign-in and sending for the session: MSAL with its cache in SecretStorage, the accounts, the transport and the Graph
 * client. Made on first use, from the features part (createServices.ts hands out stand-ins that wait for it).
 */
export function createSignIn(
  context: vscode.ExtensionContext, log: vscode.LogOutputChannel, environments: EnvironmentManager, session: SessionState, prompts: Prompts, aadSecrets: KnownSecrets,
): { accounts: Accounts; graph: SessionGraphClient } {
  // The global agent, so VS Code's proxy support (http.proxy, http.noProxy, the system proxy) applies under every http.proxySupport.
  const transport = createNodeTransport({ globalAgent: true });
  const auth = new AuthManager(secretStorageStore(context.secrets), context.globalState, channelLogger(log), prompt => showDeviceCode(prompt), transport);
  const signInSettings = new SignInSettingsConsent(context.workspaceState, prompts);
  return {
    accounts: new Accounts(environments, auth, session, signInSettings),
    graph: new SessionGraphClient(environments, auth, session, transport, signInSettings, aadSecrets),
  };
}
