import type * as vscode from 'vscode';
import type { MsalSettings } from '../../core/auth/msalConfig';
import type { SecretStore } from '../../core/auth/secretStore';
import { redactingLogger, type Logger } from '../../core/send/logger';
import type { ActiveEnvironment } from '../session/environments';

/** MSAL's log lines go to the output channel only after redaction (the core wraps them too: belt and braces). */
export function channelLogger(log: vscode.LogOutputChannel): Logger {
  return redactingLogger({ debug: m => log.debug(m), info: m => log.info(m), warn: m => log.warn(m), error: m => log.error(m) });
}

/** MSAL settings for an environment; the sandbox routes every MSAL request to the emulator through authOverrides. */
export function msalSettingsFor(env: ActiveEnvironment, secretStore: SecretStore, logger: Logger, clientId = env.clientId, tenant = env.tenant): MsalSettings {
  const settings: MsalSettings = { clientId, cloud: env.cloud, tenant, secretStore, logger };
  if (env.sandbox) settings.authOverrides = env.sandbox.msalAuthOptions();
  return settings;
}
