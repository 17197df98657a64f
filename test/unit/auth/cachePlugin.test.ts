import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TokenCacheContext } from '@azure/msal-node';
import { cacheKeyFor, msalCacheKey, SecretStoreCachePlugin } from '../../../src/core/auth/cachePlugin';
import { buildMsalConfiguration } from '../../../src/core/auth/msalConfig';
import { CLOUDS } from '../../../src/core/auth/clouds';
import { InMemorySecretStore } from '../../../src/core/auth/secretStore';

function context(state: { data: string }, changed: boolean): TokenCacheContext {
  return { cacheHasChanged: changed, tokenCache: { serialize: () => state.data, deserialize: (d: string) => { state.data = d; } } } as unknown as TokenCacheContext;
}

test('loads before access, writes only changed caches, clears', async () => {
  const store = new InMemorySecretStore();
  const key = cacheKeyFor('client', 'https://login.microsoftonline.com/Contoso/');
  assert.equal(key, 'msal-cache:client:https://login.microsoftonline.com/contoso');
  await store.store(key, '{"a":1}');
  const plugin = new SecretStoreCachePlugin(store, key);
  const cache = { data: '' };
  await plugin.beforeCacheAccess(context(cache, false));
  assert.equal(cache.data, '{"a":1}');
  cache.data = '{"a":2}';
  await plugin.afterCacheAccess(context(cache, false));
  assert.equal(await store.get(key), '{"a":1}', 'unchanged according to MSAL: not written');
  await plugin.afterCacheAccess(context(cache, true));
  assert.equal(await store.get(key), '{"a":2}');
  await plugin.clear();
  assert.equal(await store.get(key), undefined);
});

test('msalCacheKey names the entry the configured cache plugin reads (the editor looks for it before loading msal-node)', () => {
  const secretStore = new InMemorySecretStore();
  const variants = [
    { secretStore },
    { secretStore, clientId: '0b9d7c3e-6a1f-4e2d-b8c5-7f4a3e2d1c0b', tenant: 'contoso.onmicrosoft.com', cloud: CLOUDS.USGovL4 },
    { secretStore, clientId: 'c', authOverrides: { clientId: 'override', authority: 'https://login.sandbox.example/Tenant/' } },
  ];
  for (const settings of variants) assert.equal(msalCacheKey(settings), buildMsalConfiguration(settings).cachePlugin.key);
});
