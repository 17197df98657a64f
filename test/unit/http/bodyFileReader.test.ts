import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bodyFileCandidates, findBodyFile, readBodyFileText } from '../../../src/core/http/bodyFileReader';
import { LocalFileRefusedError, readLocalFile } from '../../../src/core/http/dotenvFile';

/** A workspace with the .http file's folder `requests/` in it. */
function workspace() {
  const top = mkdtempSync(join(tmpdir(), 'gcg-bodyfiles-'));
  const dir = join(top, 'requests');
  mkdirSync(dir);
  return { top, dir, folders: { dir, workspace: top } };
}

test('a relative body file is looked for next to the .http file, then in the workspace', () => {
  const { top, dir, folders } = workspace();
  assert.deepEqual(bodyFileCandidates('group.json', folders), [join(dir, 'group.json'), join(top, 'group.json')]);
  assert.deepEqual(bodyFileCandidates('/abs/group.json', folders), ['/abs/group.json']);
  assert.deepEqual(bodyFileCandidates('x.json', { dir: top, workspace: top }), [join(top, 'x.json')]);
  writeFileSync(join(top, 'group.json'), '{"in":"workspace"}');
  assert.deepEqual(findBodyFile('group.json', folders), { path: join(top, 'group.json'), bytes: Buffer.from('{"in":"workspace"}') });
  writeFileSync(join(dir, 'group.json'), '{"in":"folder"}');
  assert.equal(findBodyFile('group.json', folders)?.path, join(dir, 'group.json'));
  assert.equal(findBodyFile(join(top, 'group.json'), folders)?.path, join(top, 'group.json'));
  assert.equal(findBodyFile('missing.json', folders), undefined);
});

test('a body file that exists but must not be read is refused, not replaced by the other folder\'s', () => {
  const { top, dir, folders } = workspace();
  const outside = mkdtempSync(join(tmpdir(), 'gcg-outside-'));
  writeFileSync(join(outside, 'secret.json'), '{"secret":true}');
  symlinkSync(join(outside, 'secret.json'), join(dir, 'body.json'));
  writeFileSync(join(top, 'body.json'), '{"harmless":true}');
  assert.throws(() => findBodyFile('body.json', folders), (err: Error) => err instanceof LocalFileRefusedError && /outside/.test(err.message));
  assert.throws(() => findBodyFile(join(outside, 'secret.json'), folders), LocalFileRefusedError);
  symlinkSync('/dev/null', join(dir, 'device.json'));
  assert.throws(() => findBodyFile('device.json', folders), LocalFileRefusedError);
});

test('readBodyFileText: the text (BOM dropped, or the editor\'s), the refusal, or the missing reason', () => {
  const { dir, folders } = workspace();
  writeFileSync(join(dir, 'bom.json'), '\uFEFF{"a":1}');
  assert.deepEqual(readBodyFileText('bom.json', folders, 'missing'), { text: '{"a":1}', path: join(dir, 'bom.json') });
  assert.deepEqual(readBodyFileText('bom.json', folders, 'missing', () => '{"edited":2}'), { text: '{"edited":2}', path: join(dir, 'bom.json') });
  assert.deepEqual(readBodyFileText('none.json', folders, 'it does not exist.'), { error: 'it does not exist.' });
  const outside = join(mkdtempSync(join(tmpdir(), 'gcg-outside-')), 'body.json');
  writeFileSync(outside, '{}');
  const refused = readBodyFileText(outside, folders, 'missing');
  assert.ok('error' in refused && /outside/.test(refused.error), JSON.stringify(refused));
});

test('a small body file costs its own size in memory, not the 50 MB limit (the bytes a send holds kept a limit-sized buffer alive)', () => {
  const { dir, folders } = workspace();
  writeFileSync(join(dir, 'small.json'), '{"name":"x"}');
  const found = findBodyFile('small.json', folders)!;
  assert.equal(found.bytes.toString(), '{"name":"x"}');
  assert.ok(found.bytes.buffer.byteLength <= 1024, `the bytes sit in a ${found.bytes.buffer.byteLength}-byte buffer`);
});

test('a file whose size reads as 0 (as /proc reports) is still read whole, and still bounded by the limit', () => {
  const status = readLocalFile('/proc/self/status', { roots: ['/proc'], maxBytes: 1024 * 1024, what: 'a test file' });
  assert.match(status!.toString(), /^Name:/);
  assert.ok(status!.length > 100);
  assert.throws(() => readLocalFile('/proc/self/status', { roots: ['/proc'], maxBytes: 64, what: 'a test file' }), (err: Error) => err instanceof LocalFileRefusedError && /larger than 64 bytes/.test(err.message));
});
