// What the editor does with a `{{$aadToken}}` / `{{$aadV2Token}}` (REST Client's README, "System Variables": `new`
// forces a new token, `scopes:` the scopes that must be consented, `aud:` the audience, default the request's domain):
// which ones stand for the extension's own Graph sign-in, and where a token may go (only its audience's origin; a
// Graph token also to the endpoint standing in for Graph). Pure parts, from src/core/send/aadTokens.ts.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { aadAllowedOrigins, aadTargetAllowed, parseAadExpression, standsForOwnSignIn } from '../../../src/core/send/aadTokens';

const GRAPH = 'https://graph.microsoft.com';
const SANDBOX = 'http://127.0.0.1:4000';
const url = `${GRAPH}/v1.0/me`;

test('only a plain Graph token (no scopes:, no new) stands for the extension\'s own sign-in', () => {
  const own = (e: string, u = url) => standsForOwnSignIn(parseAadExpression(e, u, GRAPH), GRAPH);
  assert.equal(own('$aadV2Token'), true);
  assert.equal(own('$aadToken'), true, 'the audience defaults to the request\'s own domain: Graph');
  assert.equal(own('$aadToken aud:graph.microsoft.com'), true);
  assert.equal(own('$aadV2Token appOnly'), true, 'app-only: the app sign-in\'s Graph token');
  assert.equal(own('$aadV2Token new'), false, 'new: a fresh token of its own');
  assert.equal(own('$aadV2Token scopes:User.Read'), false, 'scopes: exactly those scopes');
  assert.equal(own('$aadV2Token scopes:https://graph.microsoft.com/.default'), false);
  assert.equal(own('$aadToken aud:api.contoso.com'), false, 'another audience');
  assert.equal(own('$aadToken', 'https://api.contoso.com/orders'), false, 'the default audience of another host is that host');
});

test('scopes: names the audience; appOnly asks <audience>/.default whatever the scopes say (REST Client: not applicable)', () => {
  assert.deepEqual(parseAadExpression('$aadV2Token scopes:https://api.contoso.com/Orders.Read', url, GRAPH), {
    scopes: ['https://api.contoso.com/Orders.Read'], audience: 'https://api.contoso.com', forceNew: false, appOnly: false, scopesGiven: true,
  });
  assert.deepEqual(parseAadExpression('$aadV2Token new appOnly scopes:https://api.contoso.com/Orders.Read', url, GRAPH).scopes, ['https://api.contoso.com/.default']);
  assert.deepEqual(parseAadExpression('$aadToken aud:api.contoso.com', url, GRAPH).scopes, ['https://api.contoso.com/.default']);
  assert.throws(() => parseAadExpression('$aadToken aud:6ba7b810-9dad-11d1-80b4-00c04fd430c8', url, GRAPH), /names no https origin/);
  assert.throws(() => parseAadExpression('$aadV2Token scopes:https://a.contoso.com/x,https://b.contoso.com/y', url, GRAPH), /one https origin/);
});

test('a token goes only to its audience\'s origin; a Graph token also to the endpoint standing in for Graph', () => {
  assert.deepEqual(aadAllowedOrigins('https://api.contoso.com', GRAPH, SANDBOX), ['https://api.contoso.com']);
  assert.deepEqual(aadAllowedOrigins(GRAPH, GRAPH, SANDBOX), [GRAPH, SANDBOX]);
  assert.equal(aadTargetAllowed('https://api.contoso.com', 'https://api.contoso.com/orders?token=x', GRAPH, SANDBOX), true);
  assert.equal(aadTargetAllowed('https://api.contoso.com', 'https://api.contoso.com:8443/orders', GRAPH, SANDBOX), false, 'another port is another origin');
  assert.equal(aadTargetAllowed('https://api.contoso.com', 'http://api.contoso.com/orders', GRAPH, SANDBOX), false, 'another scheme too');
  assert.equal(aadTargetAllowed('https://api.contoso.com', `${GRAPH}/v1.0/me`, GRAPH, SANDBOX), false, 'not to Graph either');
  assert.equal(aadTargetAllowed('https://api.contoso.com', 'https://api.contoso.com@evil.example/x', GRAPH, SANDBOX), false);
  assert.equal(aadTargetAllowed(GRAPH, `${GRAPH}/v1.0/me`, GRAPH, SANDBOX), true, 'a Graph URL is sent to the sandbox');
  assert.equal(aadTargetAllowed(GRAPH, '/v1.0/me', GRAPH, SANDBOX), true);
  assert.equal(aadTargetAllowed(GRAPH, 'https://api.contoso.com/x', GRAPH, SANDBOX), false);
});
