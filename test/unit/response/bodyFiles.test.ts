import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeBodyFile, removeBodyFileSync } from '../../../src/core/response/bodyFiles';

describe('spilled body files are removed with their folder once it is empty', () => {
  for (const [name, remove] of [['async', removeBodyFile], ['sync (deactivation)', removeBodyFileSync]] as const) {
    test(name, async () => {
      const folder = mkdtempSync(join(tmpdir(), 'graph-connector-groups-'));
      const a = join(folder, 'response-1.bin'), b = join(folder, 'response-2.bin');
      writeFileSync(a, 'a');
      writeFileSync(b, 'b');
      await remove(a);
      assert.equal(existsSync(a), false);
      assert.equal(existsSync(folder), true, 'another body still lives there');
      await remove(b);
      assert.equal(existsSync(folder), false, 'the last body takes the folder with it');
      await remove(b); // gone already: no throw
    });
  }

  test('a folder that is not ours is left alone', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'someone-else-'));
    const file = join(folder, 'x.bin');
    writeFileSync(file, 'x');
    await removeBodyFile(file);
    assert.equal(existsSync(folder), true);
  });
});
