import { vscode } from '../api';
import type { MsalSettings } from '../../core/auth/msalConfig';
import type { SecretStore } from '../../core/auth/secretStore';
import { redactingLogger, type Logger } from '../../core/net/logger';
import type { ActiveEnvironment } from '../../core/auth/activeEnvironment';
import { COMMAND } from '../../core/commands';

/** MSAL's log lines go to the output channel only after redaction (the core wraps them too: belt and braces). */
export function channelLogger(log: vscode.LogOutputChannel): Logger {
  return redactingLogger({ debug: m => log.debug(m), info: m => log.info(m), warn: m => log.warn(m), error: m => log.error(m) });
}

/** A damaged sign-in cache was deleted (core/auth/cachePlugin): say so, once per cache entry. */
function reportDiscardedCache(logger: Logger): (key: string) => void {
  return () => {
    const message = vscode.l10n.t('The saved sign-in (the token cache in VS Code\'s secret storage) was damaged and has been discarded. Sign in again.');
    logger.warn(message);
    void vscode.window.showWarningMessage(message, vscode.l10n.t('Sign In')).then(a => a && vscode.commands.executeCommand(COMMAND.signIn));
  };
}

/** MSAL settings for an environment; the sandbox routes every MSAL request to the emulator through authOverrides. */
export function msalSettingsFor(env: ActiveEnvironment, secretStore: SecretStore, logger: Logger, clientId = env.clientId, tenant = env.tenant): MsalSettings {
  const settings: MsalSettings = { clientId, cloud: env.cloud, tenant, secretStore, logger, onCacheDiscarded: reportDiscardedCache(logger) };
  if (env.sandbox) settings.authOverrides = env.sandbox.msalAuthOptions();
  return settings;
}
