import { test } from 'node:test';
import assert from 'node:assert/strict';
import { onFirstUse } from '../../../src/core/onFirstUse';

test('makes the value on first use, once, however many ask at the same time', async () => {
  let made = 0;
  const value = onFirstUse(async () => ({ n: ++made }));
  assert.equal(made, 0);
  const [a, b] = await Promise.all([value(), value()]);
  assert.equal(a, b);
  assert.equal(await value(), a);
  assert.equal(made, 1);
});

test('a make that failed is tried again on the next use', async () => {
  let calls = 0;
  const value = onFirstUse(async () => {
    if (++calls === 1) throw new Error('not yet');
    return 'made';
  });
  await assert.rejects(value(), /not yet/);
  assert.equal(await value(), 'made');
  assert.equal(await value(), 'made');
  assert.equal(calls, 2);
});
