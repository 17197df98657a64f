import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { isSameOrigin, mayCarryToken, resolveTargetUrl } from '../../../src/core/send/origin';

describe('resolveTargetUrl', () => {
  const sandbox = 'http://127.0.0.1:4321';
  test('rewrites the cloud Graph host to the active endpoint', () => {
    assert.deepEqual(resolveTargetUrl('https://graph.microsoft.com/beta/me?$select=id', sandbox), { ok: true, url: 'http://127.0.0.1:4321/beta/me?$select=id', rewritten: true });
  });
  test('path-only and version-only URLs go to the endpoint', () => {
    assert.equal((resolveTargetUrl('/beta/me', sandbox) as any).url, 'http://127.0.0.1:4321/beta/me');
    assert.equal((resolveTargetUrl('v1.0/me', sandbox) as any).url, 'http://127.0.0.1:4321/v1.0/me');
    assert.equal((resolveTargetUrl('/beta/me', 'http://127.0.0.1:1/graph/') as any).url, 'http://127.0.0.1:1/graph/beta/me');
  });
  test('leaves other hosts alone, including look-alikes', () => {
    assert.equal((resolveTargetUrl('https://graph.microsoft.com.example.test/beta/me', sandbox) as any).url, 'https://graph.microsoft.com.example.test/beta/me');
    assert.equal((resolveTargetUrl('http://graph.microsoft.com/beta/me', sandbox) as any).rewritten, false);
  });
  test('no rewrite when the endpoint is the cloud host itself', () => {
    assert.deepEqual(resolveTargetUrl('https://graph.microsoft.com/beta/me', 'https://graph.microsoft.com'), { ok: true, url: 'https://graph.microsoft.com/beta/me', rewritten: false });
  });
  test('national cloud host', () => {
    assert.equal((resolveTargetUrl('https://graph.microsoft.us/beta/me', sandbox, 'https://graph.microsoft.us') as any).url, 'http://127.0.0.1:4321/beta/me');
  });
  test('scheme-less host means https', () => {
    assert.equal((resolveTargetUrl('graph.microsoft.com/beta/me', 'https://graph.microsoft.com') as any).url, 'https://graph.microsoft.com/beta/me');
  });
  test('bad input is a result, not a throw', () => {
    assert.equal(resolveTargetUrl('', sandbox).ok, false);
    assert.equal(resolveTargetUrl('ftp://x/y', sandbox).ok, false);
    assert.equal(resolveTargetUrl('/beta/me', 'not a url').ok, false);
  });
});

describe('token origin guard', () => {
  const graph = 'https://graph.microsoft.com';
  test('same origin only', () => {
    assert.ok(mayCarryToken('https://graph.microsoft.com/beta/me', graph));
    assert.ok(mayCarryToken('https://GRAPH.microsoft.com:443/beta/me', graph));
    assert.ok(!mayCarryToken('https://graph.microsoft.com.example.test/beta/me', graph));
    assert.ok(!mayCarryToken('http://graph.microsoft.com/beta/me', graph));
    assert.ok(!mayCarryToken('https://graph.microsoft.com:8443/beta/me', graph));
    assert.ok(!mayCarryToken('https://graph.microsoft.com@evil.example/beta/me', graph));
    assert.ok(!mayCarryToken('https://user@graph.microsoft.com/beta/me', graph));
    assert.ok(!mayCarryToken('https://evil.example/graph.microsoft.com', graph));
    assert.ok(!isSameOrigin('not a url', graph));
  });
});
