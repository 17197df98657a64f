import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { addToHistory, HISTORY_BODY_LIMIT, HISTORY_LIMIT, parseHistory, toHistoryEntry } from '../../../src/core/history/historyEntry';

const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';

test('credentials never reach a history entry', () => {
  const e = toHistoryEntry({
    method: 'POST', url: `https://graph.microsoft.com/beta/x?access_token=${TOKEN}`, time: 1,
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json', 'X-Note': `Bearer ${TOKEN}` },
    body: JSON.stringify({ client_secret: 'hunter2-secret', name: 'g' }),
  });
  const text = JSON.stringify(e);
  assert.ok(!text.includes(TOKEN), text);
  assert.ok(!text.includes('hunter2-secret'), text);
  assert.equal(e.headers.Authorization, undefined);
  assert.equal(e.headers['Content-Type'], 'application/json');
});

test('bodies are truncated and the list is capped', () => {
  const e = toHistoryEntry({ method: 'POST', url: 'https://x/y', time: 1, headers: {}, body: 'a'.repeat(HISTORY_BODY_LIMIT * 3) });
  assert.equal(e.body?.length, HISTORY_BODY_LIMIT);
  assert.equal(e.bodyTruncated, true);
  let list = parseHistory([]);
  for (let i = 0; i < HISTORY_LIMIT + 5; i++) list = addToHistory(list, toHistoryEntry({ method: 'GET', url: `https://x/${i}`, time: i, headers: {} }));
  assert.equal(list.length, HISTORY_LIMIT);
  assert.equal(list[0].url, `https://x/${HISTORY_LIMIT + 4}`);
});

test('corrupt entries are skipped, good ones kept', () => {
  const good = { method: 'GET', url: 'https://x/1', time: 5, headers: { Accept: 'application/json' } };
  const list = parseHistory([null, 42, 'x', { method: 'GET' }, { ...good, time: 'soon' }, good, { ...good, headers: 'junk' }]);
  assert.equal(list.length, 2);
  assert.deepEqual(list[0].headers, { Accept: 'application/json' });
  assert.deepEqual(list[1].headers, {});
  assert.deepEqual(parseHistory({ not: 'an array' }), []);
});

test('# @no-redirect / # @no-cookie-jar are kept as flags (only true ones, nothing else), and survive a read', () => {
  const e = toHistoryEntry({ method: 'GET', url: 'https://x/y', time: 1, headers: {}, settings: { noRedirect: true, noCookieJar: false, token: 'x' } as never });
  assert.deepEqual(e.settings, { noRedirect: true });
  assert.equal(toHistoryEntry({ method: 'GET', url: 'https://x/y', time: 1, headers: {} }).settings, undefined);
  const read = parseHistory(JSON.parse(JSON.stringify([e, { method: 'GET', url: 'https://x/z', time: 2, headers: {}, settings: { noCookieJar: true, noRedirect: 'yes' } }])));
  assert.deepEqual(read.map(r => r.settings), [{ noRedirect: true }, { noCookieJar: true }]);
});

test('a body cut (or not kept) when stored stays marked after a read, so it is not resent as if whole', () => {
  const cut = toHistoryEntry({ method: 'POST', url: 'https://x/y', time: 1, headers: {}, body: 'a'.repeat(HISTORY_BODY_LIMIT * 2) });
  const read = parseHistory(JSON.parse(JSON.stringify([cut, { method: 'POST', url: 'https://x/z', time: 2, headers: {}, bodyTruncated: true }])));
  assert.deepEqual(read.map(r => r.bodyTruncated), [true, true]);
});
