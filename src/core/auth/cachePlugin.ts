import type { ICachePlugin, TokenCacheContext } from '@azure/msal-node';
import type { SecretStore } from './secretStore';
import type { MsalSettings } from './msalConfig';
import { authorityFor, CLOUDS } from './clouds';
import { GRAPH_CLI_TOOLS_CLIENT_ID } from './clientIds';

/** One cache per client id and authority, so switching tenant or cloud never mixes refresh tokens. */
export function cacheKeyFor(clientId: string, authority: string): string {
  return `msal-cache:${clientId}:${authority.toLowerCase().replace(/\/+$/, '')}`;
}

/** The client id and authority MSAL is configured with (buildMsalConfiguration), without loading msal-node. */
export function msalIdentity(settings: Pick<MsalSettings, 'authOverrides' | 'clientId' | 'cloud' | 'tenant'>): { clientId: string; authority: string } {
  const clientId = settings.authOverrides?.clientId ?? settings.clientId ?? GRAPH_CLI_TOOLS_CLIENT_ID;
  const authority = settings.authOverrides?.authority ?? authorityFor(settings.cloud ?? CLOUDS.Global, settings.tenant);
  return { clientId, authority };
}

/** Where these settings' token cache is kept in the SecretStore. */
export function msalCacheKey(settings: Pick<MsalSettings, 'authOverrides' | 'clientId' | 'cloud' | 'tenant'>): string {
  const { clientId, authority } = msalIdentity(settings);
  return cacheKeyFor(clientId, authority);
}

const SECTIONS = ['Account', 'IdToken', 'AccessToken', 'RefreshToken', 'AppMetadata'];

/** The shape MSAL's serializer writes: an object of sections, each an object of entry objects. */
function looksLikeMsalCache(data: string): boolean {
  let parsed: unknown;
  try { parsed = JSON.parse(data); } catch { return false; }
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(parsed)) return false;
  return SECTIONS.every(s => parsed[s] === undefined || (isObject(parsed[s]) && Object.values(parsed[s]).every(isObject)));
}

/**
 * MSAL's cache persisted in a SecretStore (the pattern VS Code's own Microsoft sign-in uses):
 * load before every cache access, write back only when MSAL says it changed and the text differs.
 * A damaged entry (a crash mid-write, another tool) would make every sign-in and sign-out fail with a
 * JSON parser's message: it is deleted instead, `onDiscarded` says so, and the user signs in again.
 */
export class SecretStoreCachePlugin implements ICachePlugin {
  private lastWritten: string | undefined;

  constructor(private readonly store: SecretStore, readonly key: string, private readonly onDiscarded?: (key: string) => void) {}

  async beforeCacheAccess(context: TokenCacheContext): Promise<void> {
    const data = await this.store.get(this.key);
    if (!data) return;
    if (looksLikeMsalCache(data)) {
      try {
        context.tokenCache.deserialize(data);
        this.lastWritten = data;
        return;
      } catch { /* discarded below */ }
    }
    await this.store.delete(this.key);
    this.lastWritten = undefined;
    this.onDiscarded?.(this.key);
  }

  async afterCacheAccess(context: TokenCacheContext): Promise<void> {
    if (!context.cacheHasChanged) return;
    const data = context.tokenCache.serialize();
    if (data === this.lastWritten) return;
    await this.store.store(this.key, data);
    this.lastWritten = data;
  }

  async clear(): Promise<void> {
    await this.store.delete(this.key);
    this.lastWritten = undefined;
  }
}
