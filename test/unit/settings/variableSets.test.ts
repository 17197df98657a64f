import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { activeVariables, variableSetNames } from '../../../src/core/settings/variableSets';

test('the active set overrides $shared', () => {
  const sets = { $shared: { a: '1', b: '2' }, dev: { b: 'dev' } };
  assert.deepEqual(activeVariables(sets, 'dev'), { a: '1', b: 'dev' });
  assert.deepEqual(activeVariables(sets, ''), { a: '1', b: '2' });
});

test('junk in settings is ignored, not thrown on', () => {
  assert.deepEqual(activeVariables(null, 'x'), {});
  assert.deepEqual(activeVariables({ $shared: 5, x: { n: 3, s: 'ok' } }, 'x'), { s: 'ok' });
  assert.deepEqual(variableSetNames({ $shared: {}, dev: {}, prod: {} }), ['dev', 'prod']);
});
