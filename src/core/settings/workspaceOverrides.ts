/**
 * The sign-in settings a workspace may set (`.vscode/settings.json`, committed by anyone): a cloned repository
 * could point sign-in at its own app registration or tenant. Pure: the values arrive as VS Code's `inspect()`
 * gives them.
 */
export const SIGN_IN_SETTINGS = ['environment', 'cloud', 'tenant', 'clientId', 'authProvider'] as const;

export interface SettingInspection {
  defaultValue?: unknown;
  globalValue?: unknown;
  workspaceValue?: unknown;
  workspaceFolderValue?: unknown;
}

export interface WorkspaceOverride { key: string; workspace: unknown; user: unknown }

/** The sign-in settings whose workspace (or folder) value differs from the user's own (or the default). */
export function workspaceOverrides(inspect: (key: string) => SettingInspection | undefined): WorkspaceOverride[] {
  const out: WorkspaceOverride[] = [];
  for (const key of SIGN_IN_SETTINGS) {
    const i = inspect(key);
    const workspace = i?.workspaceFolderValue ?? i?.workspaceValue;
    const user = i?.globalValue ?? i?.defaultValue;
    if (workspace !== undefined && JSON.stringify(workspace) !== JSON.stringify(user)) out.push({ key, workspace, user });
  }
  return out;
}

/** One line per setting, e.g. `graphConnectorGroups.clientId: "x" (yours: "y")`. */
export function describeOverrides(overrides: WorkspaceOverride[]): string {
  return overrides.map(o => `graphConnectorGroups.${o.key}: ${JSON.stringify(o.workspace)} (yours: ${JSON.stringify(o.user) ?? 'unset'})`).join('\n');
}
