import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { sendGraphRequest } from '../../../src/core/send/sendGraphRequest';
import { SendError } from '../../../src/core/net/sendError';
import { staticTokenSource } from '../../../src/core/auth/tokenSource';
import type { HttpTransport, OutgoingRequest, TransportResponse } from '../../../src/core/net/transport';
import { fcParams } from '../fuzz/corpus';
import { json, startLoopback } from '../send/loopback';
import { assertNoSecrets, runSend } from '../faults/helpers';

const TOKEN = 'eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiJvcmlnaW4ifQ.b3JpZ2luLXNpZw';
const USER_AUTH = 'Bearer users-own-credential';

const HOSTS = ['graph.microsoft.com', 'GRAPH.Microsoft.COM', 'graph.microsoft.com.', 'graph.microsoft.com.example.test', 'evilgraph.microsoft.com', 'graph-microsoft.com',
  'graph.microsoft.us', '127.0.0.1', '127.0.0.2', 'localhost', '[::1]', '0x7f.0.0.1', '2130706433', 'xn--grph-microsoft-5hb.com', 'graph.microsoft.com%2eevil.test'];
const URL_ARB: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom('https://', 'http://', 'HTTPS://', '//', 'https:\\\\', 'https:/', 'ws://'), fc.constantFrom('', 'u@', 'u:p@', 'graph.microsoft.com@', '127.0.0.1:4321@'),
    fc.constantFrom(...HOSTS), fc.constantFrom('', ':443', ':80', ':4321', ':4322', ':8443', ':0443'), fc.constantFrom('', '/beta/me', '/v1.0/x?$skiptoken=a', '\\beta', '@evil.test/'))
    .map(([scheme, user, host, port, path]) => `${scheme}${user}${host}${port}${path}`),
  fc.constantFrom('/beta/me', 'beta/me', 'v1.0/external/connections', '/beta/../../x', '?a=b', '../x', '', ' https://graph.microsoft.com/beta/me ', 'graph.microsoft.com/beta/me',
    'graph.microsoft.com.example.test/beta/me', 'javascript:alert(1)', 'file:///etc/passwd', 'data:,x'),
  fc.webUrl(),
);

interface Call { url: string; authorization?: string }

/** An in-memory transport: answers each call with the next redirect in the chain, then 200. */
function fakeTransport(redirects: Array<{ status: number; location: string }>, calls: Call[]): HttpTransport {
  let i = 0;
  return {
    async send(request: OutgoingRequest): Promise<TransportResponse> {
      const auth = Object.entries(request.headers).find(([k]) => k.toLowerCase() === 'authorization')?.[1];
      calls.push({ url: request.url, authorization: auth });
      const r = redirects[i++];
      if (r) return { status: r.status, statusText: 'Redirect', headers: { location: r.location }, bodyBytes: 0 };
      return { status: 200, statusText: 'OK', headers: { 'content-type': 'application/json' }, body: new TextEncoder().encode('{}'), bodyBytes: 2 };
    },
  };
}

const origin = (u: string) => { try { return new URL(u).origin; } catch { return 'invalid'; } };
const hasUserInfo = (u: string) => { try { const x = new URL(u); return Boolean(x.username || x.password); } catch { return false; } };

describe('security: the token goes only to the Graph endpoint origin', () => {
  test('property: any URL and any redirect chain: the token only ever reaches the endpoint origin, a user-written Authorization never crosses origins', async () => {
    await fc.assert(fc.asyncProperty(
      fc.constantFrom('https://graph.microsoft.com', 'http://127.0.0.1:4321', 'http://127.0.0.1:4321/graph'),
      URL_ARB,
      fc.array(fc.record({ status: fc.constantFrom(301, 302, 303, 307, 308), location: URL_ARB }), { maxLength: 4 }),
      fc.boolean(),
      async (endpoint, url, redirects, userAuth) => {
        const calls: Call[] = [];
        const headers: Record<string, string> = userAuth ? { authorization: USER_AUTH } : {};
        try {
          await sendGraphRequest({ method: 'GET', url, headers }, { transport: fakeTransport(redirects, calls), tokenSource: staticTokenSource(TOKEN), graphEndpoint: endpoint, sleep: async () => {} });
        } catch (err) {
          assert.ok(err instanceof SendError, `only SendErrors escape, got ${String(err)}`);
        }
        const first = calls[0] ? origin(calls[0].url) : undefined;
        let crossed = false;
        for (const call of calls) {
          if (origin(call.url) !== first) crossed = true;
          if (call.authorization === `Bearer ${TOKEN}`) {
            assert.equal(origin(call.url), origin(endpoint), `token sent to ${call.url}`);
            assert.ok(!hasUserInfo(call.url), `token sent to a URL with user info: ${call.url}`);
          } else if (call.authorization !== undefined) {
            assert.equal(call.authorization, USER_AUTH);
            assert.ok(!crossed, `the user's Authorization followed a redirect to ${call.url}`);
          }
        }
      },
    ), fcParams(0.5));
  });

  test('CLI send: a chained @odata.nextLink, a look-alike host and a redirect that point elsewhere get no token (real HTTP)', async () => {
    const other = await startLoopback((_r, res) => json(res, 200, { value: [{ id: 'elsewhere' }] }));
    let graphPort = 0;
    const graph = await startLoopback((req, res) => {
      if (req.url.startsWith('/beta/redirect')) { res.writeHead(302, { location: `${other.origin}/landed` }); res.end(); return; }
      json(res, 200, { value: [{ id: 'g1' }], '@odata.nextLink': `${other.origin}/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups?$skiptoken=p2`, lookalike: `http://localhost:${graphPort}/beta/x` });
    });
    graphPort = graph.port;
    const dir = mkdtempSync(join(tmpdir(), 'gcg-origin-'));
    const file = join(dir, 'paging.http');
    writeFileSync(file, [
      '# @name page', 'GET /beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups', '',
      '###', "GET {{page.response.body.$['@odata.nextLink']}}", '',
      '###', "GET {{page.response.body.$.lookalike}}", '',
      '###', 'GET /beta/redirect', '',
    ].join('\n'));
    try {
      const run = await runSend([file, '--all', '--graph-endpoint', graph.origin, '--json'], { GRAPH_ACCESS_TOKEN: TOKEN });
      assert.equal(run.code, 0, run.stderr);
      assert.deepEqual(graph.seen.map(s => [s.url.split('?')[0], s.headers.host, s.headers.authorization]), [
        ['/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups', `127.0.0.1:${graph.port}`, `Bearer ${TOKEN}`],
        ['/beta/x', `localhost:${graph.port}`, undefined], // same port, another host name: another origin
        ['/beta/redirect', `127.0.0.1:${graph.port}`, `Bearer ${TOKEN}`],
      ]);
      assert.deepEqual(other.seen.map(s => [s.url, s.headers.authorization]), [
        ['/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups?$skiptoken=p2', undefined],
        ['/landed', undefined],
      ]);
      assertNoSecrets(run.stdout + run.stderr, [TOKEN], 'CLI paging');
    } finally { rmSync(dir, { recursive: true, force: true }); await graph.close(); await other.close(); }
  });

  test('regression (found by the property): a redirect to a non-http(s) or unparseable Location is a badUrl SendError, not followed', async () => {
    const calls: Call[] = [];
    const p = sendGraphRequest({ method: 'GET', url: '/beta/me', headers: {} }, { transport: fakeTransport([{ status: 302, location: 'javascript:alert(1)' }, { status: 302, location: '/beta/me' }], calls), tokenSource: staticTokenSource(TOKEN), graphEndpoint: 'https://graph.microsoft.com' });
    await assert.rejects(p, (err: unknown) => err instanceof SendError && err.code === 'badUrl' && /cannot be followed/.test(err.message));
    assert.equal(calls.length, 1, 'a redirect to a non-http(s) URL is not followed');
    const unparseable = sendGraphRequest({ method: 'GET', url: '/beta/me', headers: {} }, { transport: fakeTransport([{ status: 307, location: 'http://[::1' }], []), tokenSource: staticTokenSource(TOKEN), graphEndpoint: 'https://graph.microsoft.com' });
    await assert.rejects(unparseable, (err: unknown) => err instanceof SendError && err.code === 'badUrl');
  });
});
