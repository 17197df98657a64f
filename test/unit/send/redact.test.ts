import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redactKnownSecrets, redactSecrets } from '../../../src/core/net/redact';
import { toCurl } from '../../../src/core/send/curl';

const JWT = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL2dyYXBoLm1pY3Jvc29mdC5jb20ifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ';

test('redacts bearer tokens, JWTs, form secrets and JSON secrets', () => {
  const cases: Array<[string, string]> = [
    [`Authorization: Bearer ${JWT}`, 'Authorization: Bearer <redacted>'],
    [`sending with Bearer abc.def-ghi`, 'sending with Bearer <redacted>'],
    [`token ${JWT} here`, 'token <redacted> here'],
    ['grant_type=client_credentials&client_secret=s3cr3t~x&scope=x', 'grant_type=client_credentials&client_secret=<redacted>&scope=x'],
    ['code=0.AAAbbb&state=1', 'code=<redacted>&state=1'],
    ['refresh_token=1.AQ-xyz', 'refresh_token=<redacted>'],
    ['{"secret":"rt-value","credential_type":"RefreshToken"}', '{"secret":"<redacted>","credential_type":"RefreshToken"}'],
    ['{"access_token": "abc", "token_type":"Bearer"}', '{"access_token": "<redacted>", "token_type":"Bearer"}'],
    ['{"error":{"code":"Authorization_RequestDenied"}}', '{"error":{"code":"Authorization_RequestDenied"}}'],
    ['encode=keep', 'encode=keep'],
  ];
  for (const [input, expected] of cases) assert.equal(redactSecrets(input), expected, input);
});

test('redacts a known secret verbatim', () => {
  assert.equal(redactKnownSecrets('secret is plain-s3cret-value!', ['plain-s3cret-value']), 'secret is <redacted>!');
});

test('toCurl redacts Authorization unless asked, and quotes for the shell', () => {
  const req = { method: 'post', url: "https://graph.microsoft.com/beta/x?$filter=name eq 'a'", headers: { Authorization: `Bearer ${JWT}`, 'Content-Type': 'application/json' }, body: '{"name":"it\'s"}' };
  const safe = toCurl(req);
  assert.ok(!safe.includes(JWT));
  assert.ok(safe.includes(`-H 'Authorization: Bearer <redacted>'`));
  assert.ok(safe.startsWith(`curl -X POST 'https://graph.microsoft.com/beta/x?$filter=name eq '\\''a'\\'''`));
  assert.ok(safe.includes(`--data-raw '{"name":"it'\\''s"}'`));
  assert.ok(toCurl(req, { includeToken: true }).includes(JWT));
});

test('each pattern still applies in any letter case and position, and text holding none of them comes back as it is', () => {
  const cases: Array<[string, string]> = [
    ['PROXY-AUTHORIZATION: Basic dXNlcjpwYXNz', 'PROXY-AUTHORIZATION: Basic <redacted>'],
    ['Ocp-Apim-Subscription-Key=k3y-value', 'Ocp-Apim-Subscription-Key=<redacted>'],
    ['https://login.example/cb?Code=abc&STATE=1&Client_Secret=s', 'https://login.example/cb?Code=<redacted>&STATE=1&Client_Secret=<redacted>'],
    ['x=1;ACCESS_TOKEN=abc', 'x=1;ACCESS_TOKEN=<redacted>'],
    ['{"refreshToken" : "r"}', '{"refreshToken" : "<redacted>"}'],
    [`%3D${JWT}`, '%3D<redacted>'],
  ];
  for (const [input, expected] of cases) assert.equal(redactSecrets(input), expected, input);
  for (const plain of ['application/json;odata.metadata=minimal;charset=utf-8', 'https://graph.microsoft.com/beta/users?$filter=startswith(displayName,\'a\')&$top=5', 'e895aba1-8673-4d06-b29d-e44cd19e48f0', 'encode=keep', '']) {
    assert.equal(redactSecrets(plain), plain, plain);
  }
});
