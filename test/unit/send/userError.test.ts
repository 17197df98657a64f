import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { SendError } from '../../../src/core/net/sendError';
import { isCancellation, toUserError } from '../../../src/core/send/userError';

test('errors become redacted messages with a hint', () => {
  const e = toUserError(new SendError('network', 'Could not reach 127.0.0.1: connection refused (ECONNREFUSED).'));
  assert.match(e.message, /connection refused.*Check the network/);
  const leaked = toUserError(new Error('failed with Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln'));
  assert.doesNotMatch(leaked.message, /eyJ/);
});

test('cancels are recognised, failures are not', () => {
  assert.equal(isCancellation(new SendError('cancelled', 'The request was cancelled.')), true);
  assert.equal(isCancellation(Object.assign(new Error('x'), { errorCode: 'user_cancelled' })), true);
  assert.equal(isCancellation(new SendError('timeout', 'Timed out')), false);
  assert.equal(isCancellation(undefined), false);
});
