import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anyProxyConfigured, bypassesProxy, isLoopbackHost, proxyForUrl } from '../../../src/core/send/proxyEnvironment';

const u = (s: string) => new URL(s);

test('HTTPS_PROXY for https URLs, HTTP_PROXY for http URLs, ALL_PROXY for either; lower case wins', () => {
  assert.equal(proxyForUrl(u('https://graph.microsoft.com/beta'), { HTTPS_PROXY: 'http://p:8080' })?.href, 'http://p:8080/');
  assert.equal(proxyForUrl(u('https://graph.microsoft.com/beta'), { https_proxy: 'http://lower:1', HTTPS_PROXY: 'http://upper:2' })?.host, 'lower:1');
  assert.equal(proxyForUrl(u('https://graph.microsoft.com/beta'), { HTTP_PROXY: 'http://p:8080' }), undefined, 'HTTP_PROXY is not for https');
  assert.equal(proxyForUrl(u('http://example.com/'), { http_proxy: 'http://p:3128' })?.host, 'p:3128');
  assert.equal(proxyForUrl(u('https://graph.microsoft.com/'), { ALL_PROXY: 'http://all:1' })?.host, 'all:1');
  assert.equal(proxyForUrl(u('https://graph.microsoft.com/'), { HTTPS_PROXY: 'proxy.corp:8080' })?.href, 'http://proxy.corp:8080/', 'no scheme: http');
  assert.equal(proxyForUrl(u('https://graph.microsoft.com/'), { HTTPS_PROXY: '  ' }), undefined);
  assert.equal(proxyForUrl(u('https://graph.microsoft.com/'), {}), undefined);
});

test('NO_PROXY: exact names, domains with or without a leading dot or *., ports, * and spaces', () => {
  const graph = u('https://graph.microsoft.com/beta');
  for (const yes of ['graph.microsoft.com', 'microsoft.com', '.microsoft.com', '*.microsoft.com', 'GRAPH.MICROSOFT.COM', 'x, graph.microsoft.com', 'x graph.microsoft.com', '*', 'graph.microsoft.com:443']) {
    assert.equal(bypassesProxy(graph, yes), true, yes);
  }
  for (const no of ['', 'soft.com', 'graph.microsoft.com:8443', 'login.microsoftonline.com', 'graph.microsoft.co']) {
    assert.equal(bypassesProxy(graph, no), false, no);
  }
  assert.equal(proxyForUrl(graph, { HTTPS_PROXY: 'http://p:1', no_proxy: '.microsoft.com' }), undefined);
  assert.equal(proxyForUrl(graph, { HTTPS_PROXY: 'http://p:1', NO_PROXY: 'example.com' })?.host, 'p:1');
});

test('loopback is never proxied', () => {
  for (const h of ['localhost', '127.0.0.1', '127.8.9.10', '[::1]', 'sandbox.localhost']) assert.equal(isLoopbackHost(u(`http://${h}:1/`).hostname), true, h);
  assert.equal(isLoopbackHost('graph.microsoft.com'), false);
  assert.equal(proxyForUrl(u('http://127.0.0.1:5000/beta'), { HTTP_PROXY: 'http://p:1', ALL_PROXY: 'http://p:1' }), undefined);
});

test('a proxy value that is not a URL is an error naming the variable', () => {
  assert.throws(() => proxyForUrl(u('https://graph.microsoft.com/'), { HTTPS_PROXY: 'http://[x' }), /HTTPS_PROXY is not a URL/);
});

test('anyProxyConfigured: only a set HTTPS_PROXY, HTTP_PROXY or ALL_PROXY (either case, not blank) routes anything through a proxy', () => {
  assert.equal(anyProxyConfigured({}), false);
  assert.equal(anyProxyConfigured({ NO_PROXY: '*', HTTPS_PROXY: '  ' }), false);
  for (const env of [{ HTTPS_PROXY: 'http://p:3128' }, { http_proxy: 'p:3128' }, { ALL_PROXY: 'http://p' }]) {
    assert.equal(anyProxyConfigured(env), true, JSON.stringify(env));
  }
});
