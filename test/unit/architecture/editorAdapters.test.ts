// src/vscode holds adapters only: every file there uses the VS Code API (`vscode`, or the one re-export in
// src/vscode/api.ts). A file that does not is pure logic or a type, and belongs in src/core, where the lint ban
// keeps it runnable in plain Node (the CLI, the unit tests), or beside the adapter that uses it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { sourceFiles } from '../../../scripts/l10n-strings.mjs';
import { read, root } from '../manifest/manifestFiles';

const USES_VSCODE = /\bfrom\s+['"]vscode['"]|\brequire\(\s*['"]vscode['"]\s*\)|\bfrom\s+['"](?:\.\.?\/)+api['"]/;

test('every file in src/vscode imports vscode (or ../api)', () => {
  const files = sourceFiles(join(root, 'src', 'vscode')).map((f: string) => f.slice(root.length + 1));
  assert.ok(files.length > 50, `found only ${files.length} files under src/vscode`);
  assert.deepEqual(files.filter((f: string) => !USES_VSCODE.test(read(f))), []);
});

test('the rule tells an adapter from pure code', () => {
  assert.ok(USES_VSCODE.test("import { vscode } from '../api';"));
  assert.ok(USES_VSCODE.test("import type * as vscode from 'vscode';"));
  assert.ok(USES_VSCODE.test("import vscode = require('vscode');"));
  assert.ok(!USES_VSCODE.test("import type { TenantNode } from '../../core/tenant/nodes';"));
  assert.ok(!USES_VSCODE.test("import { api } from './graphApi';"));
});
