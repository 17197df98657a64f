import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSendArgs } from '../../../src/cli/commands/sendArgs';

test('send flags', () => {
  assert.deepEqual(parseSendArgs(['a.http']), { ok: true, args: { file: 'a.http', select: { kind: 'default' }, target: { kind: 'cloud' }, json: false, verbose: false, vars: {}, allowEnv: [], yes: false, waitOperations: false } });
  const r = parseSendArgs(['--line=12', 'a.http', '--graph-endpoint', 'http://127.0.0.1:4000/', '--json', '--cloud', 'China', '--tenant', 'contoso.cn']);
  assert.deepEqual(r, { ok: true, args: { file: 'a.http', select: { kind: 'line', line: 12 }, target: { kind: 'endpoint', url: 'http://127.0.0.1:4000' }, json: true, verbose: false, vars: {}, allowEnv: [], yes: false, waitOperations: false, cloud: 'China', tenant: 'contoso.cn' } });
  assert.deepEqual((parseSendArgs(['a.http', '--var', 'groupId=abc', '--var=q=a=b']) as any).args.vars, { groupId: 'abc', q: 'a=b' });
  assert.equal((parseSendArgs(['a.http', '--name', 'created', '--sandbox']) as any).args.target.kind, 'sandbox');
  assert.deepEqual((parseSendArgs(['a.http', '--allow-env', 'BUILD_ID', '--allow-env=HOME']) as any).args.allowEnv, ['BUILD_ID', 'HOME']);
  for (const bad of [[], ['a.http', 'b.http'], ['a.http', '--line', '0'], ['a.http', '--name'], ['a.http', '--all', '--line', '3'], ['a.http', '-x'], ['a.http', '--var', 'novalue'], ['a.http', '--allow-env'], ['a.http', '--allow-env', 'A,B']]) {
    assert.equal(parseSendArgs(bad).ok, false, bad.join(' '));
  }
});

test('--yes confirms # @note requests', () => {
  const r = parseSendArgs(['a.http', '--yes']);
  assert.equal(r.ok && r.args.yes, true);
});
