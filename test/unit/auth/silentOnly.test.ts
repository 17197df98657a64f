import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { TokenSource } from '../../../src/core/auth/tokenSource';
import { silentOnly } from '../../../src/core/auth/silentOnly';

/** A fake MSAL: silent works while `cached` holds a token; otherwise it starts a device-code prompt and waits. */
function fakeMsal(state: { cached?: string; prompts: number }) {
  return (deviceCodeCallback: () => void): TokenSource => ({
    getToken: (_scopes, signal, options) => new Promise((resolve, reject) => {
      if (state.cached && !options?.forceRefresh) { resolve({ accessToken: state.cached }); return; }
      state.prompts++;
      signal?.addEventListener('abort', () => reject(Object.assign(new Error('cancelled'), { errorCode: 'user_cancelled' })));
      deviceCodeCallback();
    }),
  });
}

test('silent tokens pass through', async () => {
  const source = silentOnly(fakeMsal({ cached: 'a', prompts: 0 }));
  assert.equal((await source.getToken(['s'])).accessToken, 'a');
});

test('a prompt is stopped and reported as sign-in required', async () => {
  const state = { prompts: 0 };
  await assert.rejects(silentOnly(fakeMsal(state)).getToken(['s']), (e: { errorCode?: string }) => e.errorCode === 'login_required');
  assert.equal(state.prompts, 1);
});

test('a failed forced refresh keeps the token the send already had', async () => {
  const source = silentOnly(fakeMsal({ cached: 'old', prompts: 0 }));
  await source.getToken(['s']);
  assert.equal((await source.getToken(['s'], undefined, { forceRefresh: true })).accessToken, 'old');
});

test('the caller\'s own cancel is passed on as is', async () => {
  const controller = new AbortController();
  const state = { prompts: 0 };
  const pending = silentOnly(() => ({ getToken: (_s, signal) => new Promise((_r, reject) => signal?.addEventListener('abort', () => reject(new Error('mine')))) })).getToken(['s'], controller.signal);
  controller.abort();
  await assert.rejects(pending, /mine/);
  assert.equal(state.prompts, 0);
});
