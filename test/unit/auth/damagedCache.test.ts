import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSandbox, type Sandbox } from '../../../src/sandbox/server';
import { cacheKeyFor } from '../../../src/core/auth/cachePlugin';
import { buildMsalConfiguration } from '../../../src/core/auth/msalConfig';
import { MsalTokenSource } from '../../../src/core/auth/msalTokenSource';
import { InMemorySecretStore } from '../../../src/core/auth/secretStore';

const SCOPES = ['https://graph.microsoft.com/Directory.ReadWrite.All', 'offline_access'];

// What a keychain entry looks like after a crash mid-write, or after another tool wrote to it.
const DAMAGED = ['{"Account":{"x":', 'not json at all', '[1,2,3]', '{"AccessToken":5,"Account":"x"}'];

describe('a damaged MSAL cache in the SecretStore (real MSAL, sandbox)', () => {
  let sandbox: Sandbox;
  before(async () => { sandbox = await startSandbox({ tokenLifetimeSec: 3600 }); });
  after(async () => { await sandbox.close(); });

  for (const damaged of DAMAGED) {
    test(`${JSON.stringify(damaged)}: discarded and reported once; sign-in and sign-out work`, async () => {
      const store = new InMemorySecretStore();
      const discarded: string[] = [];
      const settings = {
        clientId: sandbox.publicClientId, tenant: sandbox.tenantId, authOverrides: sandbox.msalAuthOptions(), secretStore: store,
        onCacheDiscarded: (key: string) => { discarded.push(key); },
      };
      const key = buildMsalConfiguration(settings).cachePlugin.key;
      assert.equal(key, cacheKeyFor(sandbox.publicClientId, sandbox.msalAuthOptions().authority!));
      await store.store(key, damaged);

      const source = new MsalTokenSource(settings, { kind: 'deviceCode', deviceCodeCallback: () => undefined });
      assert.deepEqual(await source.listAccounts(), []);
      const token = await source.getToken(SCOPES);
      assert.ok(token.account, 'signed in again');
      assert.deepEqual(discarded, [key], 'reported once');
      assert.notEqual(await store.get(key), damaged, 'the damaged text is gone');
      JSON.parse((await store.get(key))!);

      await store.store(key, damaged);
      await source.signOut();
      assert.equal(await store.get(key), undefined, 'signed out');
    });
  }
});
