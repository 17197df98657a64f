// One answer to "is this app-only?", for a method by name or with its data, and for an account signed in.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { appOnlyAccount, isAppOnlyAccount, isAppOnlyKind, isAppOnlyMethod } from '../../../src/core/auth/signInMethods';

test('client credentials are app-only; device code and browser sign in a user', () => {
  assert.deepEqual(['deviceCode', 'browser', 'clientSecret', 'clientCertificate'].map(isAppOnlyKind), [false, false, true, true]);
  assert.equal(isAppOnlyMethod({ kind: 'clientSecret', clientSecret: 's' }), true);
  assert.equal(isAppOnlyMethod({ kind: 'deviceCode' }), false);
});

test('an app-only account is recognised as one; a user account and no account are not', () => {
  const app = appOnlyAccount('0b9d7c3e-6a1f-4e2d-b8c5-7f4a3e2d1c0b', 'contoso.onmicrosoft.com');
  assert.equal(isAppOnlyAccount(app), true);
  assert.equal(app.tenantId, 'contoso.onmicrosoft.com');
  assert.equal(isAppOnlyAccount({ homeAccountId: 'uid.utid', username: 'adele@contoso.com', tenantId: 't' }), false);
  assert.equal(isAppOnlyAccount(undefined), false);
});
