import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { startSandbox, type Sandbox } from '../../../src/sandbox/server';
import { redactKnownSecrets, redactSecrets } from '../../../src/core/net/redact';
import { toCurl } from '../../../src/core/send/curl';
import { describeError } from '../../../src/core/send/describeError';
import { SendError } from '../../../src/core/net/sendError';
import { redactingLogger } from '../../../src/core/net/logger';
import { formatOutcomeJson, formatOutcomeText } from '../../../src/core/send/formatOutcome';
import { toHistoryEntry } from '../../../src/core/history/historyEntry';
import { fcParams } from '../fuzz/corpus';

/** Real tokens from the sandbox tenant, plus arbitrary JWT-shaped ones, in every place a token can turn up in text. */
const b64url = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), minLength: min, maxLength: max });
const JWT_ARB = fc.tuple(b64url(5, 60), b64url(5, 200), b64url(0, 90)).map(([h, p, s]) => `eyJ${h}.${p}.${s}`);
const OPAQUE = b64url(12, 60).map(s => `0.A${s}`); // refresh tokens, client secrets: not JWT-shaped
const NOISE = fc.string({ maxLength: 20 }).map(s => s.replace(/eyJ|Bearer|secret|token|assertion|password|code|authorization/gi, ''));

/** How a JWT reaches text: headers, JSON, forms, URLs (plain and encoded), prose, MSAL cache entries, glued to other characters. */
const JWT_CONTEXTS: Array<(t: string) => string> = [
  t => `Authorization: Bearer ${t}`, t => `authorization=${t}`, t => `"Authorization": "Bearer ${t}"`, t => `Bearer ${t}`, t => `bearer\t${t}`,
  t => `{"access_token":"${t}","token_type":"Bearer"}`, t => `{"secret": "${t}", "credentialType": "AccessToken"}`, t => `access_token=${t}&expires_in=3600`,
  t => `https://graph.microsoft.com/beta/x?access_token=${t}`, t => `https://h/?next=%2Fcb%3Ftoken%3D${t}`, t => `Authorization%3A%20Bearer%20${t}`,
  t => `token:${t}`, t => `(${t})`, t => `_${t}_`, t => `x${t}`, t => `'${t}'`, t => `Failed with token ${t}.`, t => `id_token=${t}`, t => `client_assertion=${t}`,
];
const OPAQUE_CONTEXTS: Array<(t: string) => string> = [
  t => `Authorization: Bearer ${t}`, t => `Bearer ${t}`, t => `{"refresh_token":"${t}"}`, t => `{"secret":"${t}","credentialType":"RefreshToken"}`,
  t => `refresh_token=${t}&grant_type=refresh_token`, t => `client_secret=${t}`, t => `{"clientSecret": "${t}"}`, t => `device_code=${t}`,
  t => `code=${t}&code_verifier=${t}`, t => `password=${t}`, t => `x-ms-client-secret: ${t}`, t => `Proxy-Authorization: Basic ${t}`,
];

describe('security: redaction of real and arbitrary tokens', () => {
  let sandbox: Sandbox;
  let issued: string[];
  before(async () => {
    sandbox = await startSandbox();
    issued = [
      sandbox.issueToken({ scp: ['Directory.ReadWrite.All'] }),
      sandbox.issueToken({ scp: ['ExternalItem.ReadWrite.OwnedBy', 'ExternalConnection.ReadWrite.OwnedBy'], expiresInSec: 5 }),
      sandbox.issueToken({ roles: ['Directory.ReadWrite.All'] }),
      sandbox.issueToken({ scp: [] }),
    ];
  });
  after(async () => { await sandbox.close(); });

  test('property: redactSecrets removes every sandbox-issued and JWT-shaped token, wherever it sits in the text', () => {
    fc.assert(fc.property(fc.oneof(fc.nat().map(i => issued[i % issued.length]), JWT_ARB), fc.nat(), NOISE, NOISE, (token, which, pre, post) => {
      const text = `${pre} ${JWT_CONTEXTS[which % JWT_CONTEXTS.length](token)} ${post}`;
      const out = redactSecrets(text);
      assert.ok(!out.includes(token), `leaked in ${JSON.stringify(text.slice(0, 80))}`);
      assert.doesNotMatch(out, /eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\./);
      assert.equal(redactSecrets(out), out, 'redaction is idempotent');
    }), fcParams(0.5));
  });

  test('property: opaque secrets (refresh tokens, client secrets, codes) are redacted where they are named', () => {
    fc.assert(fc.property(OPAQUE, fc.nat(), NOISE, NOISE, (secret, which, pre, post) => {
      const text = `${pre} ${OPAQUE_CONTEXTS[which % OPAQUE_CONTEXTS.length](secret)} ${post}`;
      assert.ok(!redactSecrets(text).includes(secret), `leaked in ${JSON.stringify(text.slice(0, 80))}`);
      // A known secret (e.g. the configured client secret) is removed verbatim anywhere, even unnamed.
      assert.ok(!redactKnownSecrets(`${pre}${secret}${post}`, [secret]).includes(secret));
    }), fcParams(0.5));
  });

  test('property: the default cURL export never carries a token: not in Authorization, other headers, the URL or the body', () => {
    fc.assert(fc.property(fc.oneof(fc.nat().map(i => issued[i % issued.length]), JWT_ARB), fc.constantFrom('GET', 'POST', 'PATCH'), fc.nat(), (token, method, where) => {
      const request = {
        method, url: where % 3 === 0 ? `https://graph.microsoft.com/beta/me?access_token=${token}` : 'https://graph.microsoft.com/beta/me',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...(where % 2 ? { Cookie: `s=${token}`, 'X-Forwarded-Authorization': `Bearer ${token}` } : {}) },
        body: method === 'GET' ? undefined : JSON.stringify({ name: 'x', note: `token ${token}`, access_token: token }),
      };
      const curl = toCurl(request);
      assert.ok(!curl.includes(token), curl);
      assert.match(curl, /-H 'Authorization: Bearer <redacted>'/);
      assert.ok(toCurl(request, { includeToken: true }).includes(`Bearer ${token}`), 'only an explicit opt-in exports the token');
    }), fcParams(0.3));
  });

  test('error descriptions, log lines, CLI output and history hold no issued token', () => {
    const lines: string[] = [];
    const log = redactingLogger({ debug: m => lines.push(m), info: m => lines.push(m), warn: m => lines.push(m), error: m => lines.push(m) });
    for (const token of issued) {
      const texts: string[] = [];
      const body = JSON.stringify({ error: { code: 'InvalidAuthenticationToken', message: `Access token ${token} has expired. Bearer ${token}` } });
      const response = { status: 401, statusText: 'Unauthorized', headers: { 'www-authenticate': `Bearer error="invalid_token", token="${token}"` }, body, bodyBytes: body.length, url: 'https://graph.microsoft.com/beta/me', method: 'GET', retries: 0, durationMs: 3 };
      texts.push(JSON.stringify(describeError(response)));
      texts.push(JSON.stringify(describeError(new SendError('auth', `Could not get a token: Bearer ${token}`))));
      texts.push(JSON.stringify(describeError(Object.assign(new Error(`AADSTS50173: grant ${token} revoked`), { errorCode: 'invalid_grant', errorMessage: `refresh_token=${token}` }))));
      texts.push(JSON.stringify(describeError(new Error(`socket hang up after sending Authorization: Bearer ${token}`))));
      log.error(`MSAL: acquireTokenSilent returned ${token}`); log.info(`{"access_token":"${token}"}`); log.debug(`Authorization: Bearer ${token}`);
      texts.push(...lines);
      const request = { method: 'GET', url: `https://graph.microsoft.com/beta/me?access_token=${token}`, headers: { Authorization: `Bearer ${token}` } };
      // Response bodies and headers are printed as Graph sent them (they are data, not ours to rewrite); Graph never echoes the token.
      const graphBody = JSON.stringify({ error: { code: 'InvalidAuthenticationToken', message: 'Access token has expired or is not yet valid.' } });
      const sent = { kind: 'sent' as const, line: 1, method: 'GET', url: request.url, request, response: { ...response, body: graphBody, headers: { 'request-id': 'r', 'content-type': 'application/json', location: `https://graph.microsoft.com/beta/me?access_token=${token}` } } };
      texts.push(formatOutcomeText(sent), formatOutcomeJson(sent));
      texts.push(JSON.stringify(toHistoryEntry({ ...request, body: `{"access_token":"${token}"}`, status: 401, time: 1 })));
      for (const t of texts) assert.ok(!t.includes(token), `token leaked: ${t.slice(0, 160)}`);
    }
  });
});
