// The command ids in code are src/core/commands.ts's, and they are exactly what package.json contributes: a command
// renamed on one side only would register nothing, or leave a menu entry that runs nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { COMMAND } from '../../../src/core/commands';
import { sourceFiles } from '../../../scripts/l10n-strings.mjs';
import { pkg, read, root } from './manifestFiles';

test('COMMAND holds every contributed command, and nothing else', () => {
  const contributed = (pkg.contributes.commands as { command: string }[]).map(c => c.command).sort();
  assert.deepEqual(Object.values(COMMAND).sort(), contributed);
  for (const [key, id] of Object.entries(COMMAND)) assert.equal(id, `graphConnectorGroups.${key}`);
});

test('no source file spells a command id as a string literal (they come from COMMAND)', () => {
  const ids = new Set<string>(Object.values(COMMAND));
  const spelled = sourceFiles(join(root, 'src'))
    .map(f => f.slice(root.length + 1))
    .filter(f => f !== join('src', 'core', 'commands.ts'))
    .flatMap(f => [...read(f).matchAll(/'(graphConnectorGroups\.[A-Za-z]+)'/g)].filter(m => ids.has(m[1])).map(m => `${f}: ${m[1]}`));
  assert.deepEqual(spelled, []);
});
