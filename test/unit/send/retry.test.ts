import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backoffMs, describeWait, parseRetryAfter } from '../../../src/core/send/retry';

test('Retry-After: seconds, fractional seconds, HTTP date, garbage', () => {
  const now = Date.parse('2026-11-23T18:00:00Z');
  assert.equal(parseRetryAfter('2', now), 2000);
  assert.equal(parseRetryAfter('2.128', now), 2128);
  assert.equal(parseRetryAfter('Mon, 23 Nov 2026 18:00:05 GMT', now), 5000);
  assert.equal(parseRetryAfter('Mon, 23 Nov 2026 17:00:05 GMT', now), 0);
  assert.equal(parseRetryAfter('soon', now), undefined);
  assert.equal(parseRetryAfter('-3', now), undefined);
  assert.equal(parseRetryAfter(undefined, now), undefined);
});

test('exponential backoff is capped', () => {
  assert.deepEqual([1, 2, 3, 4].map(a => backoffMs(a)), [1000, 2000, 4000, 8000]);
  assert.equal(backoffMs(20), 32_000);
});

test('progress text', () => {
  assert.equal(describeWait(429, 2128, 1, 3), 'Throttled (429): retrying in 2.1 s (1/3)');
});
