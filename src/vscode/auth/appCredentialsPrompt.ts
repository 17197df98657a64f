import { vscode } from '../api';

import { readCertificatePem } from '../../core/auth/certificatePem';

/** App-only credentials: a client secret, or a certificate (PEM with the private key and the certificate). */
export type AppCredentials = { clientId: string; tenant: string } & ({ clientSecret: string } | { certificatePem: string });

const GENERIC_TENANTS = ['organizations', 'common', 'consumers'];

/** The secret is typed into a password box and handed straight to the auth layer, which keeps it in SecretStorage only. */
export async function askAppCredentials(defaultClientId: string, defaultTenant: string, kind: 'secret' | 'certificate' = 'secret'): Promise<AppCredentials | undefined> {
  const clientId = await vscode.window.showInputBox({ title: vscode.l10n.t('App-only sign-in (1/3)'), prompt: vscode.l10n.t('Client (application) id of the app registration'), value: defaultClientId, ignoreFocusOut: true, validateInput: v => /^[0-9a-f-]{36}$/i.test(v.trim()) ? undefined : vscode.l10n.t('A GUID such as 00000000-0000-0000-0000-000000000000') });
  if (!clientId) return undefined;
  const generic = GENERIC_TENANTS.includes(defaultTenant.toLowerCase());
  const tenant = await vscode.window.showInputBox({ title: vscode.l10n.t('App-only sign-in (2/3)'), prompt: vscode.l10n.t('Tenant id or domain (app-only needs a specific tenant)'), value: generic ? '' : defaultTenant, ignoreFocusOut: true, validateInput: v => v.trim() && !GENERIC_TENANTS.includes(v.trim().toLowerCase()) ? undefined : vscode.l10n.t('A tenant id or domain, e.g. contoso.onmicrosoft.com') });
  if (!tenant) return undefined;
  if (kind === 'certificate') {
    const certificatePem = await askCertificatePem();
    return certificatePem ? { clientId: clientId.trim(), tenant: tenant.trim(), certificatePem } : undefined;
  }
  const clientSecret = await vscode.window.showInputBox({ title: vscode.l10n.t('App-only sign-in (3/3)'), prompt: vscode.l10n.t('Client secret (stored only in VS Code\'s secret storage)'), password: true, ignoreFocusOut: true, validateInput: v => v ? undefined : vscode.l10n.t('Enter the secret') });
  if (!clientSecret) return undefined;
  return { clientId: clientId.trim(), tenant: tenant.trim(), clientSecret };
}

/** The PEM is read once and then kept only in SecretStorage; the file itself is not touched again. */
async function askCertificatePem(): Promise<string | undefined> {
  const picked = await vscode.window.showOpenDialog({ title: vscode.l10n.t('App-only sign-in (3/3): PEM with the private key and the certificate'), canSelectMany: false, filters: { 'PEM': ['pem', 'crt', 'key'] } });
  if (!picked?.[0]) return undefined;
  const pem = new TextDecoder().decode(await vscode.workspace.fs.readFile(picked[0]));
  const checked = readCertificatePem(pem);
  if ('error' in checked) { void vscode.window.showErrorMessage(checked.error); return undefined; }
  return pem;
}
