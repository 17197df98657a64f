import { LogLevel, type Configuration, type NodeAuthOptions, type NodeSystemOptions } from '@azure/msal-node';
import type { Logger } from '../net/logger';
import { redactSecrets } from '../net/redact';
import type { Cloud } from './clouds';
import { cacheKeyFor, msalIdentity, SecretStoreCachePlugin } from './cachePlugin';
import type { SecretStore } from './secretStore';
import type { HttpTransport } from '../net/transport';
import { transportNetworkClient } from './msalNetworkClient';

import { GRAPH_CLI_TOOLS_CLIENT_ID } from './clientIds';

export { GRAPH_CLI_TOOLS_CLIENT_ID };

export interface MsalSettings {
  clientId?: string;
  cloud?: Cloud;
  /** Tenant id or domain; default 'organizations' (public client) — app-only sign-in needs a real tenant. */
  tenant?: string;
  /**
   * Spread over MSAL's `auth` options last: the sandbox's `msalAuthOptions()` (authority, knownAuthorities,
   * authorityMetadata) goes here, as would a custom authority.
   */
  authOverrides?: Partial<NodeAuthOptions>;
  system?: Partial<NodeSystemOptions>;
  /** MSAL's requests go through it (msalNetworkClient.ts), so sign-in takes the proxy and CAs Graph requests take. */
  transport?: HttpTransport;
  secretStore: SecretStore;
  logger?: Logger;
  /** Told when the stored cache was damaged and has been deleted (the user has to sign in again). */
  onCacheDiscarded?: (key: string) => void;
}

export interface BuiltMsalConfig {
  configuration: Configuration;
  cachePlugin: SecretStoreCachePlugin;
  clientId: string;
  authority: string;
}

/** One MSAL Configuration from our settings: cache in the SecretStore, logging scrubbed, no PII. */
export function buildMsalConfiguration(settings: MsalSettings, credentials: Partial<NodeAuthOptions> = {}): BuiltMsalConfig {
  const { clientId, authority } = msalIdentity(settings);
  const cachePlugin = new SecretStoreCachePlugin(settings.secretStore, cacheKeyFor(clientId, authority), settings.onCacheDiscarded);
  const logger = settings.logger;
  const configuration: Configuration = {
    auth: { ...settings.authOverrides, ...credentials, clientId, authority },
    cache: { cachePlugin },
    system: {
      ...(settings.transport ? { networkClient: transportNetworkClient(settings.transport) } : {}),
      ...settings.system,
      loggerOptions: {
        piiLoggingEnabled: false,
        logLevel: LogLevel.Warning,
        loggerCallback: (level, message, containsPii) => {
          if (containsPii || !logger) return;
          const text = `MSAL: ${redactSecrets(message)}`;
          if (level === LogLevel.Error) logger.error(text); else if (level === LogLevel.Warning) logger.warn(text); else logger.debug(text);
        },
      },
    },
  };
  return { configuration, cachePlugin, clientId, authority };
}
