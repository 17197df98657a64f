import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { findNextLink, formatResponseDocument } from '../../../src/core/response/formatResponse';

const base = { method: 'GET', url: 'https://graph.microsoft.com/beta/x', status: 200, statusText: 'OK', durationMs: 12, bodyBytes: 20 };

test('a JSON body is pretty-printed under a comment header', () => {
  const { text, language } = formatResponseDocument({ ...base, headers: { 'request-id': 'r-1' }, requestId: 'r-1', body: '{"value":[{"id":"1"}]}' });
  assert.equal(language, 'jsonc');
  assert.match(text, /^\/\/ 200 OK\n/);
  assert.match(text, /\/\/ request-id: r-1/);
  assert.ok(text.endsWith('{\n  "value": [\n    {\n      "id": "1"\n    }\n  ]\n}\n'), text);
});

test('errors show code, message and hint; multi-line text stays inside comments', () => {
  const { text } = formatResponseDocument({ ...base, status: 403, statusText: 'Forbidden', headers: {}, body: '{}',
    error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges\nsecond line', hint: 'Needs Directory.ReadWrite.All' } });
  assert.match(text, /\/\/ Error Authorization_RequestDenied: Insufficient privileges\n\/\/ second line\n/);
  const long = formatResponseDocument({ ...base, status: 400, statusText: 'Bad Request', headers: {}, error: { message: 'word '.repeat(60) } }).text;
  assert.ok(long.split('\n').every(l => l.length <= 72), long);
  const dup = formatResponseDocument({ ...base, status: 400, statusText: 'Bad Request', headers: {}, error: { code: 'BadRequest', message: '400 Bad Request: Resource not found' } }).text;
  assert.match(dup, /\/\/ Error BadRequest: Resource not found/);
  assert.match(text, /\/\/ Hint: Needs Directory.ReadWrite.All/);
});

test('a body in a file is referenced, and binary bodies are not rendered', () => {
  const { text } = formatResponseDocument({ ...base, headers: {}, bodyBytes: 5_000_000, bodyFile: '/tmp/a.bin' });
  assert.match(text, /saved to \/tmp\/a.bin/);
  assert.match(text, /not text/);
});

test('nextLink is found only in JSON', () => {
  assert.equal(findNextLink('{"@odata.nextLink":"https://n"}'), 'https://n');
  assert.equal(findNextLink('nope'), undefined);
  assert.equal(findNextLink(undefined), undefined);
});
