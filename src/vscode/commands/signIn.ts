import { vscode } from '../api';
import { showDeviceCode } from '../auth/deviceCodeUi';
import { askAppCredentials, type AppCredentials } from '../auth/appCredentialsPrompt';
import { requireTrust } from '../auth/trust';
import type { AccountControl, SignInRequest } from '../session/accounts';
import { isCancellation, toUserError } from '../../core/send/userError';
import type { Command } from './commandManager';
import { isAppOnlyKind, type SignInMethodId } from '../../core/auth/signInMethods';
import { COMMAND } from '../../core/commands';


export interface SignInOptions {
  method?: SignInMethodId;
  /** Extra permissions to consent to, e.g. after a 403 ("Sign in again with Directory.ReadWrite.All"). */
  permissions?: string[];
  /** App-only credentials given by a caller (scripts, tests) instead of the input boxes; kept only in SecretStorage. */
  app?: AppCredentials;
  /** Opens the authorize URL for browser sign-in; default: the system browser. (Tests complete it against the sandbox.) */
  openBrowser?: (url: string) => Promise<void>;
}

/** A function, not a constant: vscode.l10n.t is called when the pick opens, not when the module loads. */
const signInMethods = (): Array<vscode.QuickPickItem & { id: SignInMethodId }> => [
  { id: 'deviceCode', label: `$(key) ${vscode.l10n.t('Device code')}`, detail: vscode.l10n.t('Enter a short code in any browser, on any device.') },
  { id: 'browser', label: `$(globe) ${vscode.l10n.t('Browser')}`, detail: vscode.l10n.t('Sign in in your default browser (authorization code with PKCE).') },
  { id: 'clientSecret', label: `$(server) ${vscode.l10n.t('App-only (client secret)')}`, detail: vscode.l10n.t('As an application: client id, tenant and a secret kept only in VS Code\'s secret storage.') },
  { id: 'clientCertificate', label: `$(verified) ${vscode.l10n.t('App-only (certificate)')}`, detail: vscode.l10n.t('As an application: client id, tenant and a PEM (private key + certificate) kept only in VS Code\'s secret storage.') },
];

export class SignInCommand implements Command {
  readonly id = COMMAND.signIn;

  constructor(private readonly accounts: AccountControl) {}

  async execute(options: SignInOptions = {}): Promise<string | undefined> {
    requireTrust(vscode.l10n.t('Signing in'));
    const env = await this.accounts.environment();
    const scopes = (options.permissions ?? []).map(p => `${env.cloud.graphHost}/${p}`);
    if (env.authProvider === 'vscode' && env.kind === 'cloud') {
      return (await this.accounts.signIn({ kind: 'vscode' }, scopes).catch(error => { throw toUserError(error); })).username;
    }
    const methodId = options.method ?? (await vscode.window.showQuickPick(signInMethods(), { title: vscode.l10n.t('Sign in to {0}', env.cloud.label), placeHolder: vscode.l10n.t('How do you want to sign in?') }))?.id;
    if (!methodId) return undefined;
    const appOnly = isAppOnlyKind(methodId);
    const app = appOnly ? options.app ?? await askAppCredentials(env.sandbox?.clientId ?? '', env.tenant, methodId === 'clientSecret' ? 'secret' : 'certificate') : undefined;
    if (appOnly && !app) return undefined;
    const account = await this.signInWithProgress(env.cloud.label, app
      ? ('clientSecret' in app ? { kind: 'clientSecret', ...app } : { kind: 'clientCertificate', ...app })
      : methodId === 'browser' ? { kind: 'browser', openBrowser: options.openBrowser ?? openExternal } : undefined, scopes);
    if (!account) return undefined;
    void vscode.window.setStatusBarMessage(vscode.l10n.t('Signed in as {0}', account.username), 5000);
    return account.username;
  }

  /** Device code when `method` is undefined (its callback needs the progress to report the code). A cancel is not an error. */
  private async signInWithProgress(label: string, method: SignInRequest | undefined, scopes: string[]) {
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Signing in to {0}', label), cancellable: true }, async (progress, token) => {
      const controller = new AbortController();
      const sub = token.onCancellationRequested(() => controller.abort());
      const chosen: SignInRequest = method ?? { kind: 'deviceCode', onCode: prompt => showDeviceCode(prompt, message => progress.report({ message })) };
      if (chosen.kind === 'browser') progress.report({ message: vscode.l10n.t('Continue in your browser…') });
      try { return await this.accounts.signIn(chosen, scopes, controller.signal); } finally { sub.dispose(); }
    }).then(a => a, error => {
      if (isCancellation(error)) return undefined;
      throw toUserError(error);
    });
  }
}

async function openExternal(url: string): Promise<void> {
  if (!await vscode.env.openExternal(vscode.Uri.parse(url))) throw new Error(vscode.l10n.t('Could not open the browser. Try the device code sign-in instead.'));
}
