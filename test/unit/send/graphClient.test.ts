import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createGraphClient } from '../../../src/core/send/graphClient';
import { createNodeTransport } from '../../../src/core/send/nodeTransport';
import type { TokenSource } from '../../../src/core/auth/tokenSource';
import { json, startLoopback } from './loopback';

test('asks for the operation\'s least-privileged permission on the cloud host, per request', async () => {
  const graph = await startLoopback((_r, res) => json(res, 200, {}));
  const asked: string[][] = [];
  const tokens: TokenSource = { getToken: async scopes => { asked.push(scopes); return { accessToken: 'tok' }; } };
  try {
    const client = createGraphClient({ transport: createNodeTransport(), tokenSource: tokens, graphEndpoint: graph.origin, cloudGraphHost: 'https://graph.microsoft.us' });
    await client.send({ method: 'GET', url: 'https://graph.microsoft.us/beta/onPremisesPublishingProfiles/applicationProxy/connectors', headers: {} });
    await client.send({ method: 'GET', url: '/beta/unknown', headers: {} }, { scopes: ['https://graph.microsoft.us/User.Read'] });
    assert.deepEqual(asked, [
      ['https://graph.microsoft.us/Directory.ReadWrite.All', 'offline_access'],
      ['offline_access', 'https://graph.microsoft.us/User.Read'],
    ]);
    assert.deepEqual(graph.seen.map(s => s.url), ['/beta/onPremisesPublishingProfiles/applicationProxy/connectors', '/beta/unknown']);
  } finally { await graph.close(); }
});

test('a client bound once per environment signs each send with the sign-in that send names', async () => {
  const graph = await startLoopback((_r, res) => json(res, 200, {}));
  const source = (token: string): TokenSource => ({ getToken: async () => ({ accessToken: token }) });
  try {
    const client = createGraphClient({ transport: createNodeTransport(), graphEndpoint: graph.origin, cloudGraphHost: 'https://graph.microsoft.com' });
    await client.send({ method: 'GET', url: '/beta/a', headers: {} }, { tokenSource: source('first') });
    await client.send({ method: 'GET', url: '/beta/b', headers: {} }, { tokenSource: source('second') });
    assert.deepEqual(graph.seen.map(s => s.headers.authorization), ['Bearer first', 'Bearer second']);
  } finally { await graph.close(); }
});

test('a fixed token (ignoresScopes, as GRAPH_ACCESS_TOKEN\'s) is asked with the default scope: no route lookup per request', async () => {
  const graph = await startLoopback((_r, res) => json(res, 200, {}));
  const asked: string[][] = [];
  const fixed: TokenSource = { getToken: async scopes => { asked.push(scopes); return { accessToken: 'fixed' }; }, ignoresScopes: true };
  try {
    const client = createGraphClient({ transport: createNodeTransport(), tokenSource: fixed, graphEndpoint: graph.origin, cloudGraphHost: 'https://graph.microsoft.us' });
    await client.send({ method: 'GET', url: 'https://graph.microsoft.us/beta/onPremisesPublishingProfiles/applicationProxy/connectors', headers: {} }, { scopes: ['https://graph.microsoft.us/User.Read'] });
    assert.deepEqual(asked, [['https://graph.microsoft.us/.default']]);
    assert.deepEqual(graph.seen.map(s => s.headers.authorization), ['Bearer fixed']);
  } finally { await graph.close(); }
});
