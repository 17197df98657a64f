import { vscode } from '../api';
import { checkSettings, type CheckedSettings, type SettingsCheck } from '../../core/settings/checkSettings';
import { SETTINGS_SECTION } from '../../core/settings/section';

/** The settings this layer reads, as plain data (nothing `vscode` leaks past this file), already checked by the core. */
export type SessionSettings = CheckedSettings;

export function readSettings(): SessionSettings {
  return checkedSettings().settings;
}

/**
 * One reading per synchronous run (activation asks a dozen times): the configuration cannot change within a run, as a
 * change reaches the extension host as a message, handled after the current run and its microtasks. Read-only.
 */
let reading: SettingsCheck | undefined;

/** The settings and what was wrong with them (each bad value is replaced by its default). */
export function checkedSettings(): SettingsCheck {
  if (reading) return reading;
  const c = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  reading = checkSettings(key => c.get(key));
  queueMicrotask(() => { reading = undefined; });
  return reading;
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
