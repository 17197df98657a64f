import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { sendGraphRequest, type SendDeps } from '../../../src/core/send/sendGraphRequest';
import { createNodeTransport } from '../../../src/core/send/nodeTransport';
import { SendError } from '../../../src/core/net/sendError';
import { CookieJar } from '../../../src/core/send/cookieJar';
import { staticTokenSource } from '../../../src/core/auth/tokenSource';
import { everythingIsLoopback, json, startLoopback } from './loopback';

const TOKEN = 'eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiJ0ZXN0In0.sig-value';
const noSleep = async () => {};

function deps(graphEndpoint: string, extra: Partial<SendDeps> = {}): SendDeps {
  return { transport: createNodeTransport(), tokenSource: staticTokenSource(TOKEN), graphEndpoint, sleep: noSleep, ...extra };
}

async function rejectsWith(p: Promise<unknown>, code: string): Promise<SendError> {
  try { await p; } catch (err) { assert.ok(err instanceof SendError, String(err)); assert.equal(err.code, code, err.message); return err; }
  assert.fail(`expected SendError ${code}`);
}

describe('token origin guard', () => {
  test('token goes to the Graph endpoint, path-only and cloud URLs are rewritten to it', async () => {
    const graph = await startLoopback((_r, res) => json(res, 200, { value: [] }, { 'request-id': 'rid-1' }));
    try {
      const a = await sendGraphRequest({ method: 'GET', url: '/beta/me', headers: {} }, deps(graph.origin));
      const b = await sendGraphRequest({ method: 'GET', url: 'https://graph.microsoft.com/beta/me', headers: {} }, deps(graph.origin));
      assert.equal(a.status, 200);
      assert.equal(a.requestId, 'rid-1');
      assert.equal(b.url, `${graph.origin}/beta/me`);
      assert.deepEqual(graph.seen.map(s => s.headers.authorization), [`Bearer ${TOKEN}`, `Bearer ${TOKEN}`]);
    } finally { await graph.close(); }
  });

  test('look-alike host on the same port gets no token', async () => {
    const srv = await startLoopback((_r, res) => json(res, 200, {}));
    try {
      const d = deps(`http://graph.microsoft.com:${srv.port}`, { transport: createNodeTransport({ lookup: everythingIsLoopback }) });
      await sendGraphRequest({ method: 'GET', url: `http://graph.microsoft.com.example.test:${srv.port}/beta/me`, headers: {} }, d);
      await sendGraphRequest({ method: 'GET', url: `http://graph.microsoft.com:${srv.port}/beta/me`, headers: {} }, d);
      assert.equal(srv.seen[0].headers.authorization, undefined);
      assert.equal(srv.seen[0].headers.host, `graph.microsoft.com.example.test:${srv.port}`);
      assert.equal(srv.seen[1].headers.authorization, `Bearer ${TOKEN}`);
    } finally { await srv.close(); }
  });

  test('another port and a nextLink elsewhere get no token', async () => {
    const graph = await startLoopback((_r, res) => json(res, 200, {}));
    const other = await startLoopback((_r, res) => json(res, 200, {}));
    try {
      await sendGraphRequest({ method: 'GET', url: `${other.origin}/beta/connectorGroups?$skiptoken=x`, headers: {} }, deps(graph.origin));
      assert.equal(other.seen[0].headers.authorization, undefined);
      assert.equal(graph.seen.length, 0);
    } finally { await graph.close(); await other.close(); }
  });

  test('a redirect to another origin drops the Authorization header (token and user-written)', async () => {
    const other = await startLoopback((_r, res) => json(res, 200, { landed: true }));
    const graph = await startLoopback((req, res) => {
      if (req.url.startsWith('/beta/hop')) { res.writeHead(302, { location: '/beta/final' }); res.end(); return; }
      if (req.url.startsWith('/beta/final')) { res.writeHead(307, { location: `${other.origin}/elsewhere` }); res.end(); return; }
      json(res, 404, {});
    });
    try {
      const r = await sendGraphRequest({ method: 'GET', url: '/beta/hop', headers: {} }, deps(graph.origin));
      assert.equal(r.status, 200);
      assert.equal(r.url, `${other.origin}/elsewhere`);
      assert.equal(graph.seen[1].headers.authorization, `Bearer ${TOKEN}`); // same-origin redirect keeps it
      assert.equal(other.seen[0].headers.authorization, undefined);

      const mine = await sendGraphRequest({ method: 'GET', url: '/beta/final', headers: { Authorization: 'Bearer users-own' } }, deps(graph.origin));
      assert.equal(mine.status, 200);
      assert.equal(graph.seen.at(-1)!.headers.authorization, 'Bearer users-own'); // the user's header is kept where they sent it
      assert.equal(other.seen[1].headers.authorization, undefined);
    } finally { await graph.close(); await other.close(); }
  });

  test('the session cookie jar: each hop gets its own origin\'s cookies, a Set-Cookie on a redirect is kept, none go to another origin', async () => {
    const other = await startLoopback((_r, res) => { res.writeHead(200, { 'set-cookie': 'o=1; Path=/' }); res.end(); });
    const graph = await startLoopback((req, res) => {
      if (req.url === '/login') { res.writeHead(302, { location: '/home', 'set-cookie': 'session=abc; Path=/' }); res.end(); return; }
      if (req.url === '/away') { res.writeHead(302, { location: `${other.origin}/landing` }); res.end(); return; }
      json(res, 200, {});
    });
    try {
      const cookies = new CookieJar();
      await sendGraphRequest({ method: 'GET', url: `${graph.origin}/login`, headers: {} }, deps('https://graph.invalid', { cookies }));
      assert.equal(graph.seen[1].headers.cookie, 'session=abc'); // /home, right after the Set-Cookie
      await sendGraphRequest({ method: 'GET', url: `${graph.origin}/away`, headers: {} }, deps('https://graph.invalid', { cookies }));
      assert.equal(graph.seen[2].headers.cookie, 'session=abc');
      assert.equal(other.seen[0].headers.cookie, undefined); // the other origin gets none of them
      await sendGraphRequest({ method: 'GET', url: `${other.origin}/again`, headers: {} }, deps('https://graph.invalid', { cookies }));
      assert.equal(other.seen[1].headers.cookie, 'o=1');
      await sendGraphRequest({ method: 'GET', url: `${graph.origin}/plain`, headers: {} }, deps('https://graph.invalid'));
      assert.equal(graph.seen.at(-1)!.headers.cookie, undefined); // no jar (# @no-cookie-jar): nothing added
    } finally { await graph.close(); await other.close(); }
  });

  test('redirect loops stop after 5', async () => {
    const graph = await startLoopback((_r, res) => { res.writeHead(302, { location: '/beta/again' }); res.end(); });
    try {
      await rejectsWith(sendGraphRequest({ method: 'GET', url: '/beta/again', headers: {} }, deps(graph.origin)), 'tooManyRedirects');
      assert.equal(graph.seen.length, 6);
    } finally { await graph.close(); }
  });
});

describe('throttling', () => {
  test('429 with Retry-After is waited out and retried', async () => {
    let n = 0;
    const graph = await startLoopback((_r, res) => {
      if (n++ < 2) { json(res, 429, { error: { code: 'TooManyRequests', message: 'Please retry again later.' } }, { 'retry-after': n === 1 ? '2.128' : '1' }); return; }
      json(res, 201, { id: 'x' });
    });
    const waits: number[] = [];
    const progress: string[] = [];
    try {
      const r = await sendGraphRequest({ method: 'POST', url: '/beta/x', headers: { 'Content-Type': 'application/json' }, body: '{"a":1}' },
        deps(graph.origin, { sleep: async ms => { waits.push(ms); }, onProgress: m => progress.push(m) }));
      assert.equal(r.status, 201);
      assert.equal(r.retries, 2);
      assert.deepEqual(waits, [2128, 1000]);
      assert.deepEqual(progress, ['Throttled (429): retrying in 2.1 s (1/3)', 'Throttled (429): retrying in 1.0 s (2/3)']);
      assert.deepEqual(graph.seen.map(s => s.body), ['{"a":1}', '{"a":1}', '{"a":1}']);
    } finally { await graph.close(); }
  });

  test('gives up after maxRetries or when the total wait would exceed the cap, returning the last response', async () => {
    const graph = await startLoopback((_r, res) => json(res, 429, { error: { code: 'TooManyRequests', message: 'x' } }, { 'retry-after': '10' }));
    try {
      const r = await sendGraphRequest({ method: 'GET', url: '/beta/x', headers: {} }, deps(graph.origin, { retry: { maxRetries: 2, maxTotalWaitMs: 60_000 } }));
      assert.equal(r.status, 429);
      assert.equal(r.retries, 2);
      const capped = await sendGraphRequest({ method: 'GET', url: '/beta/x', headers: {} }, deps(graph.origin, { retry: { maxRetries: 5, maxTotalWaitMs: 15_000 } }));
      assert.equal(capped.retries, 1);
    } finally { await graph.close(); }
  });

  test('503 without Retry-After backs off exponentially', async () => {
    let n = 0;
    const graph = await startLoopback((_r, res) => { if (n++ < 2) { res.writeHead(503); res.end(); } else json(res, 200, {}); });
    const waits: number[] = [];
    try {
      const r = await sendGraphRequest({ method: 'GET', url: '/beta/x', headers: {} }, deps(graph.origin, { sleep: async ms => { waits.push(ms); } }));
      assert.equal(r.status, 200);
      assert.deepEqual(waits, [1000, 2000]);
    } finally { await graph.close(); }
  });
});

describe('401', () => {
  test('one retry with a fresh token, then the 401 is returned', async () => {
    const graph = await startLoopback((_r, res) => json(res, 401, { error: { code: 'InvalidAuthenticationToken', message: 'Access token has expired or is not yet valid.' } }));
    const asked: Array<boolean | undefined> = [];
    const tokens = { getToken: async (_s: string[], _sig?: AbortSignal, o?: { forceRefresh?: boolean }) => { asked.push(o?.forceRefresh); return { accessToken: `t${asked.length}` }; } };
    try {
      const r = await sendGraphRequest({ method: 'GET', url: '/beta/x', headers: {} }, deps(graph.origin, { tokenSource: tokens }));
      assert.equal(r.status, 401);
      assert.deepEqual(asked, [undefined, true]);
      assert.deepEqual(graph.seen.map(s => s.headers.authorization), ['Bearer t1', 'Bearer t2']);
    } finally { await graph.close(); }
  });

  test('a user-written Authorization header is not second-guessed', async () => {
    const graph = await startLoopback((_r, res) => json(res, 401, {}));
    try {
      const r = await sendGraphRequest({ method: 'GET', url: '/beta/x', headers: { authorization: 'Bearer mine' } }, deps(graph.origin));
      assert.equal(r.status, 401);
      assert.equal(graph.seen.length, 1);
    } finally { await graph.close(); }
  });
});

describe('failures become clear errors', () => {
  test('cancel while waiting for a response', async () => {
    const graph = await startLoopback(() => { /* never answers */ });
    try {
      const ac = new AbortController();
      const p = sendGraphRequest({ method: 'GET', url: '/beta/slow', headers: {} }, deps(graph.origin, { signal: ac.signal }));
      setImmediate(() => ac.abort());
      await rejectsWith(p, 'cancelled');
    } finally { await graph.close(); }
  });

  test('cancel during a throttling wait', async () => {
    const graph = await startLoopback((_r, res) => json(res, 429, {}, { 'retry-after': '30' }));
    try {
      const ac = new AbortController();
      const p = sendGraphRequest({ method: 'GET', url: '/beta/x', headers: {} }, deps(graph.origin, { signal: ac.signal, sleep: undefined, onProgress: () => ac.abort() }));
      await rejectsWith(p, 'cancelled');
    } finally { await graph.close(); }
  });

  test('timeout', async () => {
    const graph = await startLoopback(() => { /* never answers */ });
    try {
      const err = await rejectsWith(sendGraphRequest({ method: 'GET', url: '/beta/slow', headers: {} }, deps(graph.origin, { timeoutMs: 50 })), 'timeout');
      assert.match(err.message, /within 0\.1 s|within 0\.0 s|within/);
    } finally { await graph.close(); }
  });

  test('dead port', async () => {
    const graph = await startLoopback(() => {});
    const origin = graph.origin;
    await graph.close();
    const err = await rejectsWith(sendGraphRequest({ method: 'GET', url: '/beta/x', headers: {} }, deps(origin)), 'network');
    assert.match(err.message, /connection refused/);
  });

  test('connection reset mid-body', async () => {
    const graph = await startLoopback((_r, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"value":[');
      setImmediate(() => res.socket?.destroy());
    });
    try {
      await rejectsWith(sendGraphRequest({ method: 'GET', url: '/beta/x', headers: {} }, deps(graph.origin)), 'connectionReset');
    } finally { await graph.close(); }
  });

  test('malformed JSON is still a response (the body is kept as text)', async () => {
    const graph = await startLoopback((_r, res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end('{"value": [1, 2'); });
    try {
      const r = await sendGraphRequest({ method: 'GET', url: '/beta/x', headers: {} }, deps(graph.origin));
      assert.equal(r.body, '{"value": [1, 2');
    } finally { await graph.close(); }
  });

  test('token source failure is an auth SendError without the secret', async () => {
    const graph = await startLoopback((_r, res) => json(res, 200, {}));
    try {
      const failing = { getToken: async () => { throw Object.assign(new Error(`AADSTS7000215: bad client_secret=abc123 for ${TOKEN}`), { errorCode: 'invalid_client' }); } };
      const err = await rejectsWith(sendGraphRequest({ method: 'GET', url: '/beta/x', headers: {} }, deps(graph.origin, { tokenSource: failing })), 'auth');
      assert.ok(!err.message.includes('abc123') && !err.message.includes(TOKEN));
      assert.equal(graph.seen.length, 0);
    } finally { await graph.close(); }
  });
});

describe('large and binary bodies', () => {
  test('a 40 MB body streams to a temp file', async () => {
    const size = 40 * 1024 * 1024;
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    const graph = await startLoopback((_r, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      let sent = 0;
      const pump = () => {
        while (sent < size) { sent += chunk.length; if (!res.write(chunk)) { res.once('drain', pump); return; } }
        res.end();
      };
      pump();
    });
    try {
      const r = await sendGraphRequest({ method: 'GET', url: '/beta/big', headers: {} }, deps(graph.origin));
      assert.equal(r.body, undefined);
      assert.ok(r.bodyFile);
      assert.equal(r.bodyBytes, size);
      assert.equal(statSync(r.bodyFile).size, size);
      rmSync(dirname(r.bodyFile), { recursive: true, force: true });
    } finally { await graph.close(); }
  });

  test('over the hard cap: a clear error, no file left behind', async () => {
    const graph = await startLoopback((_r, res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(Buffer.alloc(3000, 'b')); });
    try {
      const err = await rejectsWith(sendGraphRequest({ method: 'GET', url: '/beta/big', headers: {} },
        deps(graph.origin, { transport: createNodeTransport({ memoryLimitBytes: 1000, maxBodyBytes: 2000 }) })), 'tooLarge');
      assert.match(err.message, /limit/);
    } finally { await graph.close(); }
  });

  test('binary content is kept as bytes in a file', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x00]);
    const graph = await startLoopback((_r, res) => { res.writeHead(200, { 'content-type': 'image/png' }); res.end(png); });
    try {
      const r = await sendGraphRequest({ method: 'GET', url: '/beta/me/photo/$value', headers: {} }, deps(graph.origin));
      assert.equal(r.body, undefined);
      assert.deepEqual(readFileSync(r.bodyFile!), png);
      rmSync(dirname(r.bodyFile!), { recursive: true, force: true });
    } finally { await graph.close(); }
  });
});
