import type { ICachePlugin, TokenCacheContext } from '@azure/msal-node';
import type { SecretStore } from './secretStore';

/** One cache per client id and authority, so switching tenant or cloud never mixes refresh tokens. */
export function cacheKeyFor(clientId: string, authority: string): string {
  return `msal-cache:${clientId}:${authority.toLowerCase().replace(/\/+$/, '')}`;
}

/**
 * MSAL's cache persisted in a SecretStore (the pattern VS Code's own Microsoft sign-in uses):
 * load before every cache access, write back only when MSAL says it changed and the text differs.
 */
export class SecretStoreCachePlugin implements ICachePlugin {
  private lastWritten: string | undefined;

  constructor(private readonly store: SecretStore, readonly key: string) {}

  async beforeCacheAccess(context: TokenCacheContext): Promise<void> {
    const data = await this.store.get(this.key);
    if (data) {
      context.tokenCache.deserialize(data);
      this.lastWritten = data;
    }
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
