import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNodeSystemVariableProvider } from '../../../src/core/http/nodeSystemVariables';
import { DotenvRefusedError, readDotenvText } from '../../../src/core/http/dotenvFile';

/** The `.env` reader the extension and the CLI share, fed what a hostile repository can commit. */
describe('.env reader: hostile files', () => {
  function folder(): { dir: string; dispose(): void } {
    const dir = mkdtempSync(join(tmpdir(), 'gcg-dotenv-'));
    return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
  }

  test('.env -> /dev/zero: refused without reading (the extension host used to read until memory ran out)', () => {
    const { dir, dispose } = folder();
    try {
      symlinkSync('/dev/zero', join(dir, '.env'));
      const system = createNodeSystemVariableProvider({ dotenvPath: join(dir, '.env') });
      assert.throws(() => system.dotenv('X'), DotenvRefusedError);
      // Even with / allowed as a root, a device is not a regular file.
      assert.throws(() => readDotenvText(join(dir, '.env'), ['/']), /not a regular file/);
    } finally { dispose(); }
  });

  test('a FIFO named .env does not block the reader', { skip: process.platform === 'win32' }, () => {
    const { dir, dispose } = folder();
    try {
      execFileSync('mkfifo', [join(dir, '.env')]);
      assert.throws(() => readDotenvText(join(dir, '.env')), /not a regular file/);
    } finally { dispose(); }
  });

  test('a symlink out of the folder is refused; one inside it is followed; no .env is no values', () => {
    const { dir, dispose } = folder();
    const outside = folder();
    try {
      const system = createNodeSystemVariableProvider({ dotenvPath: join(dir, '.env') });
      assert.equal(system.dotenv('X'), undefined);
      writeFileSync(join(outside.dir, 'credentials'), 'X=stolen\n');
      symlinkSync(join(outside.dir, 'credentials'), join(dir, '.env'));
      assert.throws(() => createNodeSystemVariableProvider({ dotenvPath: join(dir, '.env') }).dotenv('X'), /outside/);
      rmSync(join(dir, '.env'));
      writeFileSync(join(dir, 'real.env'), 'X=fine\n');
      symlinkSync(join(dir, 'real.env'), join(dir, '.env'));
      assert.equal(createNodeSystemVariableProvider({ dotenvPath: join(dir, '.env') }).dotenv('X'), 'fine');
    } finally { dispose(); outside.dispose(); }
  });

  test('over 1 MB: refused', () => {
    const { dir, dispose } = folder();
    try {
      writeFileSync(join(dir, '.env'), `X=${'a'.repeat(1024 * 1024)}`);
      assert.throws(() => readDotenvText(join(dir, '.env')), /larger than 1 MB/);
    } finally { dispose(); }
  });
});
