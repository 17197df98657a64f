import { vscode } from '../api';

export const SETTINGS_SECTION = 'graphConnectorGroups';

/** The settings this layer reads, as plain data (nothing `vscode` leaks past this file). */
export interface SessionSettings {
  environment: 'sandbox' | 'cloud';
  cloud: string;
  tenant: string;
  clientId: string;
  authProvider: 'msal' | 'vscode';
  environmentVariables: unknown;
  activeVariableSet: string;
  requestTimeoutSeconds: number;
  maxRetries: number;
  sandboxSeedFile: string;
  sandboxPort: number;
}

export function readSettings(): SessionSettings {
  const c = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  return {
    environment: c.get('environment') === 'sandbox' ? 'sandbox' : 'cloud',
    cloud: c.get<string>('cloud') || 'Global',
    tenant: c.get<string>('tenant') || 'organizations',
    clientId: c.get<string>('clientId') || '14d82eec-204b-4c2f-b7e8-296a70dab67e',
    authProvider: c.get('authProvider') === 'vscode' ? 'vscode' : 'msal',
    environmentVariables: c.get('environmentVariables'),
    activeVariableSet: c.get<string>('activeVariableSet') ?? '',
    requestTimeoutSeconds: Math.max(1, c.get<number>('requestTimeoutSeconds') ?? 100),
    maxRetries: Math.min(10, Math.max(0, c.get<number>('maxRetries') ?? 3)),
    sandboxSeedFile: c.get<string>('sandbox.seedFile') ?? '',
    sandboxPort: c.get<number>('sandbox.port') ?? 0,
  };
}

/** Writes to the workspace when one is open (a per-project choice), else to the user settings. */
export async function updateSetting(key: string, value: unknown): Promise<void> {
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await vscode.workspace.getConfiguration(SETTINGS_SECTION).update(key, value, target);
}

export function affectsSession(e: vscode.ConfigurationChangeEvent): boolean {
  return ['environment', 'cloud', 'tenant', 'clientId', 'authProvider', 'sandbox.seedFile', 'sandbox.port']
    .some(k => e.affectsConfiguration(`${SETTINGS_SECTION}.${k}`));
}
