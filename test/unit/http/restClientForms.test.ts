import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { aadTokenRefusal, parseAadExpression } from '../../../src/core/send/aadTokens';
import { CookieJar } from '../../../src/core/send/cookieJar';
import { parseCurlCommand } from '../../../src/core/http/curlCommand';
import { encodeFormBody } from '../../../src/core/http/formBody';
import { effectiveHostUrl } from '../../../src/core/http/requestUrl';
import { parseHttpFile } from '../../../src/core/http/parser';

const GRAPH = 'https://graph.microsoft.com';

describe('$aadToken / $aadV2Token options (REST Client README, System Variables)', () => {
  test('$aadV2Token: scopes name the audience; unqualified scopes and no scopes are Graph', () => {
    assert.deepEqual(parseAadExpression('$aadV2Token scopes:https://management.azure.com/user_impersonation', 'https://x', GRAPH).audience, 'https://management.azure.com');
    assert.equal(parseAadExpression('$aadV2Token scopes:User.Read,Group.Read.All', 'https://x', GRAPH).audience, GRAPH);
    assert.deepEqual(parseAadExpression('$aadV2Token new appOnly', 'https://x', GRAPH), { scopes: [`${GRAPH}/.default`], audience: GRAPH, forceNew: true, appOnly: true });
    assert.throws(() => parseAadExpression('$aadV2Token scopes:https://a.example/x,https://b.example/y', 'https://x', GRAPH), /one https origin/);
  });
  test('$aadToken: aud: names the audience, else the request\'s origin; an app id audience is refused', () => {
    const t = parseAadExpression('$aadToken new public contoso.com aud:graph.microsoft.com', 'https://x.example/a', GRAPH);
    assert.deepEqual([t.audience, t.cloud, t.tenant, t.forceNew], [GRAPH, 'Global', 'contoso.com', true]);
    assert.equal(parseAadExpression('$aadToken', 'https://management.azure.com/subscriptions', GRAPH).audience, 'https://management.azure.com');
    assert.throws(() => parseAadExpression('$aadToken aud:00000003-0000-0000-c000-000000000000', 'https://x', GRAPH), /names no https origin/);
  });
});

describe('what our sign-in can stand for (the editor\'s and the CLI\'s $aadToken)', () => {
  const facts = { graphHost: GRAPH, appOnly: false, tenant: 'aaaaaaaa-0000-0000-0000-000000000001', tenantNames: ['organizations', 'contoso.com'], clientId: 'c1', cloud: 'Global' };
  const refusal = (e: string, f = facts) => aadTokenRefusal(parseAadExpression(e, `${GRAPH}/v1.0/me`, GRAPH), e.startsWith('$aadV2Token'), f);
  test('the signed-in tenant, by id or by a domain of the user, its app and cloud: served', () => {
    assert.equal(refusal('$aadV2Token tenantid:aaaaaaaa-0000-0000-0000-000000000001 clientid:C1'), undefined);
    assert.equal(refusal('$aadToken contoso.com aud:graph.microsoft.com'), undefined);
    assert.equal(refusal('$aadV2Token tenantid:common'), undefined);
  });
  test('another tenant, app or cloud, or appOnly from a user: refused with the reason, never a wrong token', () => {
    assert.match(refusal('$aadV2Token tenantid:fabrikam.com')!, /tenant fabrikam\.com differs from the one signed in to \(aaaaaaaa-0000-0000-0000-000000000001\)/);
    assert.match(refusal('$aadV2Token clientid:other')!, /client id other differs/);
    assert.match(refusal('$aadToken us aud:graph.microsoft.com')!, /USGovL4 cloud differs/);
    assert.match(refusal('$aadV2Token appOnly')!, /appOnly needs an app-only sign-in/);
    assert.match(refusal('$aadV2Token scopes:User.Read', { ...facts, appOnly: true })!, /only ask for \.default/);
  });
});

describe('cookie jar', () => {
  test('a Set-Cookie goes back to its host and path, not to another host; expired ones are dropped', () => {
    const jar = new CookieJar(() => Date.UTC(2020, 0, 1));
    jar.store('https://a.example/app/login', 's=1; Path=/app, t=2; Expires=Wed, 21 Oct 2015 07:28:00 GMT, u=3');
    assert.equal(jar.withCookies('https://a.example/app/x', {}).Cookie, 's=1; u=3');
    assert.deepEqual(jar.withCookies('https://b.example/app/x', {}), {});
    assert.equal(jar.withCookies('https://a.example/app/x', { cookie: 'mine=0' }).cookie, 'mine=0; s=1; u=3');
    jar.store('https://a.example/', 'v=1; Domain=evil.example');
    assert.ok(!jar.withCookies('https://evil.example/', {}).Cookie);
  });
  test('never across origins: not to another port, scheme or the hosts a Domain names; Secure only from https', () => {
    const jar = new CookieJar();
    jar.store('http://127.0.0.1:4000/login', 's=1; Path=/');
    assert.equal(jar.withCookies('http://127.0.0.1:4000/x', {}).Cookie, 's=1');
    assert.deepEqual(jar.withCookies('http://127.0.0.1:4001/x', {}), {});
    assert.deepEqual(jar.withCookies('https://127.0.0.1:4000/x', {}), {});
    jar.store('https://login.example.com/', 'd=1; Domain=example.com; Path=/');
    assert.equal(jar.withCookies('https://login.example.com/a', {}).Cookie, 'd=1');
    assert.deepEqual(jar.withCookies('https://graph.example.com/a', {}), {});
    jar.store('http://plain.example/', 'sec=1; Secure; Path=/');
    assert.deepEqual(jar.withCookies('http://plain.example/', {}), {});
  });
});

test('curl: quoting, continuation lines, -d defaults (POST, form content type, as curl sends)', () => {
  const c = parseCurlCommand(`curl 'https://h/x?a=1' \\\n  -H "X-A: b c" --data-raw '{"k": "v"}'`);
  assert.deepEqual(c, { method: 'POST', url: 'https://h/x?a=1', headers: [{ name: 'X-A', value: 'b c' }, { name: 'Content-Type', value: 'application/x-www-form-urlencoded' }], body: '{"k": "v"}' });
  assert.equal(parseCurlCommand('curl -I https://h').method, 'HEAD');
});

test('form bodies: encoded unless already encoded', () => {
  assert.equal(encodeFormBody('a=b c&scope=https://g/.default&x=%20y'), 'a=b%20c&scope=https%3A%2F%2Fg%2F.default&x=%20y');
});

test('Host header and scheme-less URLs', () => {
  assert.equal(effectiveHostUrl('/p', [{ name: 'Host', value: 'example.com:8443' }]), 'https://example.com:8443/p');
  assert.equal(effectiveHostUrl('/beta/me', []), undefined);
  assert.equal(effectiveHostUrl('localhost:4000/v1', []), 'http://localhost:4000/v1');
  assert.equal(effectiveHostUrl('graph.microsoft.com/beta/me', []), 'https://graph.microsoft.com/beta/me');
  assert.equal(effectiveHostUrl('v1.0/me', []), undefined);
});

test('per-request settings and pasted responses', () => {
  const f = parseHttpFile('# @note careful\n# @prompt id  The id\n# @no-redirect\n# @no-cookie-jar\nDELETE https://h/{{id}}\n\n###\nHTTP/1.1 200 OK\n\n{}');
  assert.equal(f.requests.length, 1);
  assert.deepEqual(f.requests[0].settings, { note: 'careful', prompts: [{ name: 'id', description: 'The id' }], noRedirect: true, noCookieJar: true });
});
