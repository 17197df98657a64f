// The files the UI steps type into, from test/ui/fixtures/. A fixture marks the places a step puts the cursor
// with ‸ (U+2038); the copy in the workspace has no marks, and markers(name) says where they were (1-based,
// as "Go to Line/Column" takes them).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../install-host.mjs';

const SOURCE = join(REPO_ROOT, 'test/ui/fixtures');
const MARK = '\u2038';
export const FIXTURE_FOLDER = 'ui';

const positions = new Map();

export function writeFixtures(workspace) {
  mkdirSync(join(workspace, FIXTURE_FOLDER), { recursive: true });
  for (const name of readdirSync(SOURCE)) {
    const text = readFileSync(join(SOURCE, name), 'utf8');
    const marks = [];
    let clean = '';
    for (const [i, line] of text.split('\n').entries()) {
      let out = '';
      for (const ch of line) {
        if (ch === MARK) marks.push({ line: i + 1, column: [...out].length + 1 });
        else out += ch;
      }
      clean += (i ? '\n' : '') + out;
    }
    positions.set(name, marks);
    writeFileSync(join(workspace, FIXTURE_FOLDER, name), clean);
  }
}

/** The ‸ positions of a fixture, in file order. */
export function markers(name) {
  const m = positions.get(name);
  if (!m) throw new Error(`no fixture ${name} in test/ui/fixtures`);
  return m;
}

/** The workspace-relative path of a fixture. */
export const fixture = (name) => `${FIXTURE_FOLDER}/${name}`;
