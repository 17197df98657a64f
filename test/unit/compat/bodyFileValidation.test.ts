import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const CLI = join(process.cwd(), 'dist', 'cli.js');

test('validate checks a < ./body.json against the request body schema: problems in the JSON file, a pointer on the < line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gcg-bodyfile-'));
  mkdirSync(join(dir, 'bodies'));
  writeFileSync(join(dir, 'bodies', 'group.json'), '{\n  "name": "Contoso",\n  "isDefault": true,\n  "region": "nowhere"\n}\n');
  writeFileSync(join(dir, 'create.http'), 'POST https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups\nContent-Type: application/json\n\n< ./bodies/group.json\n');
  const r = spawnSync(process.execPath, [CLI, 'validate', '--json', 'create.http'], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.status, 1, r.stderr);
  const found = JSON.parse(r.stdout) as Array<{ file: string; line: number; code: string; message: string }>;
  const inFile = found.filter(d => d.file === join('bodies', 'group.json'));
  assert.ok(inFile.some(d => d.line === 3), JSON.stringify(found, null, 1)); // the read-only isDefault
  assert.ok(inFile.some(d => d.line === 4), JSON.stringify(found, null, 1)); // the region that is no enum value
  const pointer = found.find(d => d.file === 'create.http');
  assert.equal(pointer?.code, 'graph.body.fileProblems');
  assert.equal(pointer?.line, 4);
});

test('a body file outside the folders is not read by validate: a warning says why', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gcg-bodyfile-'));
  writeFileSync(join(dir, 'create.http'), 'POST https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups\nContent-Type: application/json\n\n< /etc/hostname.json\n');
  writeFileSync(join(dir, 'x'), '');
  const r = spawnSync(process.execPath, [CLI, 'validate', '--json', 'create.http'], { cwd: dir, encoding: 'utf8' });
  const found = JSON.parse(r.stdout) as Array<{ code: string }>;
  assert.ok(found.every(d => d.code !== 'graph.body.fileProblems'));
});
