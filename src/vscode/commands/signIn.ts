import * as vscode from 'vscode';
import { showDeviceCode } from '../auth/deviceCodeUi';
import { requireTrust } from '../auth/trust';
import type { AccountControl, SignInRequest } from '../session/accountControl';
import { isCancellation, toUserError } from '../send/userError';
import { readSettings } from '../session/settings';
import type { Command } from './commandManager';

export type SignInMethodId = 'deviceCode' | 'browser' | 'clientSecret';

export interface SignInOptions {
  method?: SignInMethodId;
  /** Extra permissions to consent to, e.g. after a 403 ("Sign in again with Directory.ReadWrite.All"). */
  permissions?: string[];
  /** App-only credentials given by a caller (scripts, tests) instead of the input boxes; kept only in SecretStorage. */
  app?: { clientId: string; tenant: string; clientSecret: string };
  /** Opens the authorize URL for browser sign-in; default: the system browser. (Tests complete it against the sandbox.) */
  openBrowser?: (url: string) => Promise<void>;
}

const METHODS: Array<vscode.QuickPickItem & { id: SignInMethodId }> = [
  { id: 'deviceCode', label: '$(key) Device code', detail: 'Enter a short code in any browser, on any device.' },
  { id: 'browser', label: '$(globe) Browser', detail: 'Sign in in your default browser (authorization code with PKCE).' },
  { id: 'clientSecret', label: '$(server) App-only (client secret)', detail: 'As an application: client id, tenant and a secret kept only in VS Code\'s secret storage.' },
];

export class SignInCommand implements Command {
  readonly id = 'graphConnectorGroups.signIn';

  constructor(private readonly accounts: AccountControl) {}

  async execute(options: SignInOptions = {}): Promise<string | undefined> {
    requireTrust('Signing in');
    const env = await this.accounts.environment();
    const scopes = (options.permissions ?? []).map(p => `${env.cloud.graphHost}/${p}`);
    if (readSettings().authProvider === 'vscode' && env.kind === 'cloud') {
      return (await this.accounts.signIn({ kind: 'vscode' }, scopes).catch(error => { throw toUserError(error); })).username;
    }
    const methodId = options.method ?? (await vscode.window.showQuickPick(METHODS, { title: `Sign in to ${env.cloud.label}`, placeHolder: 'How do you want to sign in?' }))?.id;
    if (!methodId) return undefined;
    const app = methodId === 'clientSecret' ? options.app ?? await askAppCredentials(env.sandbox?.clientId ?? '', env.tenant) : undefined;
    if (methodId === 'clientSecret' && !app) return undefined;
    const account = await vscode.window.withProgress({
      location: vscode.ProgressLocation.Notification, title: `Signing in to ${env.cloud.label}`, cancellable: true,
    }, async (progress, token) => {
      const controller = new AbortController();
      const sub = token.onCancellationRequested(() => controller.abort());
      const method: SignInRequest = methodId === 'deviceCode'
        ? { kind: 'deviceCode', onCode: prompt => showDeviceCode(prompt, message => progress.report({ message })) }
        : methodId === 'browser'
          ? { kind: 'browser', openBrowser: async url => { progress.report({ message: 'Continue in your browser…' }); await (options.openBrowser ?? openExternal)(url); } }
          : { kind: 'clientSecret', ...app! };
      try { return await this.accounts.signIn(method, scopes, controller.signal); } finally { sub.dispose(); }
    }).then(a => a, error => {
      if (isCancellation(error)) return undefined;
      throw toUserError(error);
    });
    if (!account) return undefined;
    void vscode.window.setStatusBarMessage(`Signed in as ${account.username}`, 5000);
    return account.username;
  }
}

async function openExternal(url: string): Promise<void> {
  if (!await vscode.env.openExternal(vscode.Uri.parse(url))) throw new Error('Could not open the browser. Try the device code sign-in instead.');
}

/** The secret is typed into a password box and handed straight to the auth layer, which keeps it in SecretStorage only. */
async function askAppCredentials(defaultClientId: string, defaultTenant: string): Promise<{ clientId: string; tenant: string; clientSecret: string } | undefined> {
  const clientId = await vscode.window.showInputBox({ title: 'App-only sign-in (1/3)', prompt: 'Client (application) id of the app registration', value: defaultClientId, ignoreFocusOut: true, validateInput: v => /^[0-9a-f-]{36}$/i.test(v.trim()) ? undefined : 'A GUID such as 00000000-0000-0000-0000-000000000000' });
  if (!clientId) return undefined;
  const generic = ['organizations', 'common', 'consumers'].includes(defaultTenant.toLowerCase());
  const tenant = await vscode.window.showInputBox({ title: 'App-only sign-in (2/3)', prompt: 'Tenant id or domain (app-only needs a specific tenant)', value: generic ? '' : defaultTenant, ignoreFocusOut: true, validateInput: v => v.trim() && !['organizations', 'common', 'consumers'].includes(v.trim().toLowerCase()) ? undefined : 'A tenant id or domain, e.g. contoso.onmicrosoft.com' });
  if (!tenant) return undefined;
  const clientSecret = await vscode.window.showInputBox({ title: 'App-only sign-in (3/3)', prompt: 'Client secret (stored only in VS Code\'s secret storage)', password: true, ignoreFocusOut: true, validateInput: v => v ? undefined : 'Enter the secret' });
  if (!clientSecret) return undefined;
  return { clientId: clientId.trim(), tenant: tenant.trim(), clientSecret };
}
