import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { treeSend } from '../../../src/core/tenant/treeSend';

test('treeSend passes an answer kept in memory through, headers included', async () => {
  const send = treeSend(async () => ({ status: 202, body: '{}', headers: { Location: 'https://graph/op' } }));
  assert.deepEqual(await send({ method: 'GET', url: '/x' }), { status: 202, body: '{}', headers: { Location: 'https://graph/op' } });
});

test('treeSend reads a body the sender kept in a file, then deletes the file and its folder', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'graph-connector-groups-'));
  const file = join(folder, 'body.json');
  writeFileSync(file, '{"value":[1,2,3]}');
  let asked: unknown;
  const send = treeSend(async (request) => { asked = request; return { status: 200, headers: {}, bodyFile: file }; });
  const answer = await send({ method: 'GET', url: '/onPremisesPublishingProfiles/applicationProxy/connectorGroups' });
  assert.deepEqual(asked, { method: 'GET', url: '/onPremisesPublishingProfiles/applicationProxy/connectorGroups' });
  assert.deepEqual(answer, { status: 200, body: '{"value":[1,2,3]}', headers: {} });
  assert.equal(existsSync(file), false);
  assert.equal(existsSync(folder), false);
});
