import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as http from 'node:http';
import { sendGraphRequest } from '../../../src/core/send/sendGraphRequest';
import { createNodeTransport } from '../../../src/core/send/nodeTransport';
import { staticTokenSource } from '../../../src/core/auth/tokenSource';
import { nextPageRequest } from '../../../src/core/send/nextPage';
import { startSandbox, type Sandbox } from '../../../src/sandbox/server';
import { createValidator } from '../../../src/core/intelligence';
import { toHistoryEntry } from '../../../src/core/history/historyEntry';
import { graph as sandboxCall, PROFILE } from '../sandbox/helpers';
import { json, startLoopback, type Loopback } from '../send/loopback';

/** Issue 11 (low): what a hostile server, page link or request body could get out of the sender, the sandbox and history. */
const TOKEN = 'eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiJob3N0aWxlIn0.c2lnbmF0dXJl';
const USER_CREDENTIALS: Record<string, string> = {
  Authorization: 'Basic dXNlcjpwYXNz',
  Cookie: 'session=abc123cookie',
  'Ocp-Apim-Subscription-Key': 'apim-key-0123456789',
  'X-MS-Client-Secret': 'client-secret-0123456789',
  'Proxy-Authorization': 'Basic cHJveHk6cGFzcw==',
  'X-API-Key': 'x-api-key-0123456789',
  'api-key': 'azure-openai-key-0123456789',
  'x-functions-key': 'functions-key-0123456789',
  'Private-Token': 'gitlab-token-0123456789',
};
const CREDENTIAL_VALUES = Object.values(USER_CREDENTIALS);

function assertNoCredentials(seen: { headers: http.IncomingHttpHeaders }[], where: string): void {
  for (const s of seen) {
    const text = JSON.stringify(s.headers);
    for (const v of [TOKEN, ...CREDENTIAL_VALUES]) assert.ok(!text.includes(v), `${where} received ${v}: ${text}`);
  }
}

describe('a server on another origin gets no credential header', () => {
  let graph: Loopback, attacker: Loopback;
  before(async () => {
    graph = await startLoopback((req, res) => {
      if (req.url.startsWith('/beta/redirect')) { res.writeHead(307, { location: `${attacker.origin}/landed` }); res.end(); return; }
      if (req.url.startsWith('/beta/page')) { json(res, 200, { value: [1], '@odata.nextLink': `${attacker.origin}/beta/page2?$skiptoken=x` }); return; }
      json(res, 200, { value: [] });
    });
    attacker = await startLoopback((_req, res) => json(res, 200, { value: [] }));
  });
  after(async () => { await graph.close(); await attacker.close(); });

  test('a cross-origin redirect drops Cookie, Ocp-Apim-Subscription-Key, X-MS-Client-Secret, Proxy-Authorization, API keys; keeps the rest', async () => {
    attacker.seen.length = 0;
    const headers = { ...USER_CREDENTIALS, Accept: 'application/json', 'X-Note': 'kept' };
    const res = await sendGraphRequest({ method: 'GET', url: '/beta/redirect', headers }, { transport: createNodeTransport(), tokenSource: staticTokenSource(TOKEN), graphEndpoint: graph.origin });
    assert.equal(res.status, 200);
    assert.equal(attacker.seen.length, 1);
    assertNoCredentials(attacker.seen, 'the redirect target');
    assert.equal(attacker.seen[0].headers['x-note'], 'kept');
    assert.equal(attacker.seen[0].headers.accept, 'application/json');
  });

  test('"Load next page" to an @odata.nextLink on another origin drops every credential header, a user-written Authorization included', async () => {
    attacker.seen.length = 0;
    const headers = { ...USER_CREDENTIALS, 'Content-Type': 'application/json' };
    const first = await sendGraphRequest({ method: 'GET', url: '/beta/page', headers }, { transport: createNodeTransport(), graphEndpoint: graph.origin });
    const nextLink = JSON.parse(first.body!)['@odata.nextLink'];
    const next = nextPageRequest({ url: first.url, headers }, nextLink);
    assert.equal(next.headers['Content-Type'], undefined);
    await sendGraphRequest(next, { transport: createNodeTransport(), tokenSource: staticTokenSource(TOKEN), graphEndpoint: graph.origin });
    assert.equal(attacker.seen.length, 1);
    assertNoCredentials(attacker.seen, 'the nextLink origin');
  });

  test('a same-origin @odata.nextLink keeps the user-written headers', () => {
    const next = nextPageRequest({ url: `${graph.origin}/beta/page`, headers: { Authorization: 'Basic x', 'Content-Length': '3' } }, `${graph.origin}/beta/page?$skiptoken=2`);
    assert.deepEqual(next, { method: 'GET', url: `${graph.origin}/beta/page?$skiptoken=2`, headers: { Authorization: 'Basic x' } });
  });
});

describe('sandbox: DNS rebinding and prototype property names', () => {
  let sandbox: Sandbox;
  before(async () => { sandbox = await startSandbox(); });
  after(async () => { await sandbox.close(); });

  function withHost(host: string, path: string, method = 'GET', body?: string): Promise<number> {
    return new Promise((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: sandbox.port, path, method, headers: { Host: host, ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) } }, res => { res.resume(); resolve(res.statusCode ?? 0); });
      req.on('error', reject);
      req.end(body);
    });
  }

  test('a Host other than its own loopback address and port (a rebound DNS name) gets 421, token endpoint included', async () => {
    const form = `grant_type=client_credentials&client_id=${sandbox.clientId}&client_secret=${sandbox.clientSecret}&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default`;
    for (const host of ['evil.example', `evil.example:${sandbox.port}`, `127.0.0.1:${sandbox.port + 1}`, `rebind.127.0.0.1.nip.io:${sandbox.port}`]) {
      assert.equal(await withHost(host, `/${sandbox.tenantId}/oauth2/v2.0/token`, 'POST', form), 421, host);
      assert.equal(await withHost(host, '/'), 421, host);
    }
    assert.equal(await withHost(`127.0.0.1:${sandbox.port}`, '/'), 200);
    assert.equal(await withHost(`localhost:${sandbox.port}`, '/'), 200);
  });

  for (const name of ['constructor', 'toString', '__proto__', 'valueOf', 'hasOwnProperty']) {
    test(`an unknown property named ${name}: the sandbox answers 400 as Graph does, the validator flags it`, async () => {
      const body = `{"name": "proto test", "${name}": "x"}`;
      const res = await sandboxCall(sandbox, 'POST', `/beta${PROFILE}/connectorGroups`, body);
      assert.equal(res.status, 400, res.text);
      assert.match(res.body.error.message, new RegExp(`property '${name}' does not exist`));
      const text = `POST https://graph.microsoft.com/beta${PROFILE}/connectorGroups\nContent-Type: application/json\n\n${body}\n`;
      const codes = createValidator().validate(text).map(d => d.code);
      assert.ok(codes.includes('graph.body.unknownProperty'), JSON.stringify(codes));
    });
  }
});

describe('validator: look-alike Graph hosts', () => {
  for (const host of ['graph.microsoft.co', 'graph.microsoft.com.evil.example', 'graph-microsoft.com', 'graph.microsoft.com.cn', 'graph.rnicrosoft.com']) {
    test(`${host}: a warning that the request goes to a third party, without a token`, () => {
      const text = `GET https://${host}/beta${PROFILE}/connectorGroups\n`;
      const d = createValidator().validate(text).filter(x => x.code === 'graph.url.lookAlikeHost');
      assert.equal(d.length, 1, JSON.stringify(createValidator().validate(text)));
      assert.equal(d[0].severity, 'warning');
      assert.match(d[0].message, new RegExp(`${host.replace(/\./g, '\\.')} is not Microsoft Graph.*third party.*without a token`));
      assert.equal(text.slice(d[0].span.start, d[0].span.end), host);
    });
  }
  test('real Graph hosts and unrelated hosts get no such warning', () => {
    for (const url of ['https://graph.microsoft.com/beta/me', 'https://graph.microsoft.us/v1.0/me', 'https://microsoftgraph.chinacloudapi.cn/v1.0/me', 'https://dod-graph.microsoft.us/v1.0/me', 'https://example.com/api', 'http://127.0.0.1:3000/beta/me']) {
      const codes = createValidator().validate(`GET ${url}\n`).map(d => d.code);
      assert.ok(!codes.includes('graph.url.lookAlikeHost'), `${url}: ${codes}`);
    }
  });
});

describe('history: one credential rule for headers and query secrets', () => {
  test('X-API-Key, api-key, x-functions-key, Private-Token are dropped; ?sig= ?apikey= ?code= are redacted', () => {
    const e = toHistoryEntry({
      method: 'GET', time: 1, headers: { ...USER_CREDENTIALS, Accept: 'application/json' },
      url: 'https://store.blob.core.windows.net/c/b?sv=2024&sig=SASsignature0123456789&apikey=k-0123456789&code=fn-code-0123456789&$select=id',
    });
    const text = JSON.stringify(e);
    for (const v of [...CREDENTIAL_VALUES, 'SASsignature0123456789', 'k-0123456789', 'fn-code-0123456789']) assert.ok(!text.includes(v), `${v} in ${text}`);
    assert.deepEqual(e.headers, { Accept: 'application/json' });
    assert.match(e.url, /\?sv=2024&sig=<redacted>&apikey=<redacted>&code=<redacted>&\$select=id$/);
  });
});
