import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createNodeTransport } from '../../../src/core/send/nodeTransport';
import { proxyResolverFromEnvironment } from '../../../src/core/send/proxyAgents';
import { isSendError } from '../../../src/core/net/sendError';
import { MsalTokenSource } from '../../../src/core/auth/msalTokenSource';
import { InMemorySecretStore } from '../../../src/core/auth/secretStore';
import { startSandbox, type Sandbox } from '../../../src/sandbox/server';
import { everythingIsLoopback } from '../send/loopback';
import { closedPort, startProxy, startTlsFront, TEST_ROOT_CA, type TestProxy, type TlsFront } from './proxies';

const GROUPS = '/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups';
const HOSTS = ['graph.gcg.test', 'login.gcg.test'];

let sandbox: Sandbox;
let front: TlsFront;
let token: string;
const graphUrl = () => `https://graph.gcg.test:${front.port}${GROUPS}`;

before(async () => {
  sandbox = await startSandbox({ deviceCodeApproval: 'auto' });
  front = await startTlsFront(sandbox.port);
  token = sandbox.issueToken({ scp: ['Directory.ReadWrite.All'] });
});
after(async () => { await front.close(); await sandbox.close(); });

function transportVia(env: Record<string, string>, extra: { ca?: string; lookup?: typeof everythingIsLoopback } = { ca: TEST_ROOT_CA }) {
  return createNodeTransport({ proxy: proxyResolverFromEnvironment(env), ...extra });
}

async function rejection(p: Promise<unknown>) {
  try { await p; } catch (e) { return e; }
  assert.fail('expected the send to fail');
}

describe('Graph requests through a CONNECT proxy on loopback', () => {
  let proxy: TestProxy;
  before(async () => { proxy = await startProxy({ hosts: HOSTS }); });
  after(() => proxy.close());

  test('HTTPS_PROXY: the request goes through a tunnel, and the proxy sees the host but never the token', async () => {
    const res = await transportVia({ HTTPS_PROXY: proxy.url }).send({ method: 'GET', url: graphUrl(), headers: { Authorization: `Bearer ${token}` } });
    assert.equal(res.status, 200);
    assert.ok(JSON.parse(Buffer.from(res.body!).toString('utf8')).value.length > 0);
    assert.deepEqual(proxy.connects.map(c => c.target), [`graph.gcg.test:${front.port}`]);
    assert.equal(front.seen.at(-1)?.authorization, `Bearer ${token}`, 'the token reached Graph');
    const seenByProxy = proxy.tunnelBytes();
    assert.ok(seenByProxy.length > 1000, 'the proxy carried the exchange');
    for (const secret of [token, token.split('.')[1], 'Bearer', 'Authorization', GROUPS]) {
      assert.equal(seenByProxy.includes(secret), false, `the proxy's view of the tunnel holds no ${secret.slice(0, 20)}`);
    }
  });

  test('lower-case https_proxy works too; connections through the proxy are reused', async () => {
    const before = proxy.connects.length;
    const transport = transportVia({ https_proxy: proxy.url });
    for (let i = 0; i < 3; i++) assert.equal((await transport.send({ method: 'GET', url: graphUrl(), headers: { Authorization: `Bearer ${token}` } })).status, 200);
    assert.equal(proxy.connects.length - before, 1, 'one tunnel for three requests');
  });

  test('NO_PROXY names the host: the request goes direct and the proxy sees nothing', async () => {
    const before = proxy.connects.length;
    for (const noProxy of ['graph.gcg.test', '.gcg.test', '*.gcg.test', `gcg.test:${front.port}`, '*']) {
      const res = await transportVia({ HTTPS_PROXY: proxy.url, NO_PROXY: noProxy }, { ca: TEST_ROOT_CA, lookup: everythingIsLoopback })
        .send({ method: 'GET', url: graphUrl(), headers: { Authorization: `Bearer ${token}` } });
      assert.equal(res.status, 200, noProxy);
    }
    assert.equal(proxy.connects.length, before);
  });

  test('a NO_PROXY entry for another port or host does not bypass', async () => {
    const before = proxy.connects.length;
    await transportVia({ HTTPS_PROXY: proxy.url, no_proxy: `graph.gcg.test:1, example.com` }).send({ method: 'GET', url: graphUrl(), headers: {} });
    assert.equal(proxy.connects.length, before + 1);
  });

  test('the sandbox on loopback is never proxied', async () => {
    const before = proxy.requests.length + proxy.connects.length;
    const res = await transportVia({ HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url }).send({ method: 'GET', url: `${sandbox.graphEndpoint}${GROUPS}`, headers: { Authorization: `Bearer ${token}` } });
    assert.equal(res.status, 200);
    assert.equal(proxy.requests.length + proxy.connects.length, before);
  });

  test('MSAL sign-in (device code) goes through the proxy too, and no token shows in the tunnel', async () => {
    const before = proxy.connects.length;
    const options = sandbox.msalAuthOptions();
    const viaFront = { ...options, authorityMetadata: options.authorityMetadata.replaceAll(sandbox.graphEndpoint, `https://login.gcg.test:${front.port}`) };
    assert.notEqual(viaFront.authorityMetadata, options.authorityMetadata);
    const source = new MsalTokenSource(
      { clientId: sandbox.publicClientId, tenant: sandbox.tenantId, authOverrides: viaFront, secretStore: new InMemorySecretStore(), transport: transportVia({ HTTPS_PROXY: proxy.url }) },
      { kind: 'deviceCode', deviceCodeCallback: () => undefined },
    );
    const signedIn = await source.getToken(['https://graph.microsoft.com/Directory.Read.All']);
    assert.ok(signedIn.accessToken.length > 100);
    assert.ok(proxy.connects.slice(before).some(c => c.target === `login.gcg.test:${front.port}`), 'sign-in went through the proxy');
    assert.ok(front.seen.some(s => /devicecode|token/.test(s.url)), 'the identity endpoints answered through the front');
    assert.equal(proxy.tunnelBytes().includes(signedIn.accessToken), false);
  });
});

describe('proxy failures say what to set', () => {
  test('a proxy that wants credentials: 407 named, with where to put them; with them in the URL it works', async () => {
    const proxy = await startProxy({ hosts: HOSTS, credentials: 'alice:s3cr@t' });
    try {
      const err = await rejection(transportVia({ HTTPS_PROXY: proxy.url }).send({ method: 'GET', url: graphUrl(), headers: {} }));
      assert.ok(isSendError(err) && err.code === 'proxy');
      assert.match((err as Error).message, new RegExp(`The proxy http://127.0.0.1:${proxy.port} wants credentials to reach graph.gcg.test:${front.port} \\(407`));
      assert.match((err as Error).message, /HTTPS_PROXY=http:\/\/user:password@host:port/);
      const withCredentials = proxy.url.replace('http://', 'http://alice:s3cr%40t@');
      const res = await transportVia({ HTTPS_PROXY: withCredentials }).send({ method: 'GET', url: graphUrl(), headers: { Authorization: `Bearer ${token}` } });
      assert.equal(res.status, 200);
      assert.equal(proxy.connects.at(-1)?.proxyAuthorization, `Basic ${Buffer.from('alice:s3cr@t').toString('base64')}`);
      assert.doesNotMatch((err as Error).message, /alice|s3cr/);
    } finally { await proxy.close(); }
  });

  test('a proxy that refuses the tunnel: its status, not a Graph 403', async () => {
    const proxy = await startProxy({ hosts: HOSTS, refuseWith: 403 });
    try {
      const err = await rejection(transportVia({ HTTPS_PROXY: proxy.url }).send({ method: 'GET', url: graphUrl(), headers: { Authorization: `Bearer ${token}` } }));
      assert.ok(isSendError(err) && err.code === 'proxy');
      assert.match((err as Error).message, /The proxy http:\/\/127\.0\.0\.1:\d+ refused the connection to graph\.gcg\.test:\d+ \(403 Forbidden\)/);
    } finally { await proxy.close(); }
  });

  test('a proxy that is not there: named as the proxy, not as Graph', async () => {
    const port = await closedPort();
    const err = await rejection(transportVia({ HTTPS_PROXY: `127.0.0.1:${port}` }).send({ method: 'GET', url: graphUrl(), headers: {} }));
    assert.ok(isSendError(err) && err.code === 'proxy');
    assert.match((err as Error).message, new RegExp(`Could not reach the proxy http://127.0.0.1:${port} \\(on the way to graph.gcg.test:\\d+\\): connection refused`));
  });

  test('a proxy URL that is not a URL: a proxy error, nothing sent', async () => {
    const err = await rejection(transportVia({ HTTPS_PROXY: 'http://[bad' }).send({ method: 'GET', url: graphUrl(), headers: {} }));
    assert.ok(isSendError(err) && err.code === 'proxy');
    assert.match((err as Error).message, /HTTPS_PROXY is not a URL/);
  });

  test('a TLS-inspecting proxy whose root CA is not trusted: the host and NODE_EXTRA_CA_CERTS named', async () => {
    const proxy = await startProxy({ hosts: HOSTS });
    try {
      const err = await rejection(transportVia({ HTTPS_PROXY: proxy.url }, {}).send({ method: 'GET', url: graphUrl(), headers: { Authorization: `Bearer ${token}` } }));
      assert.ok(isSendError(err) && err.code === 'tls', String(err));
      assert.match((err as Error).message, new RegExp(`The certificate of graph.gcg.test:${front.port} is not trusted \\(`));
      assert.match((err as Error).message, /NODE_EXTRA_CA_CERTS/);
      assert.match((err as Error).message, /system certificate store/);
    } finally { await proxy.close(); }
  });
});
