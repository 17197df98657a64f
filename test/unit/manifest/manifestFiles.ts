// The extension's own manifest files as the manifest tests read them: found from the (bundled) test's folder, so
// the tests run from out/ as from the sources.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root: the nearest folder above this test that holds our package.json. */
function repoRoot(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const p = join(dir, 'package.json');
    if (existsSync(p) && JSON.parse(readFileSync(p, 'utf8')).name === 'graph-connector-groups') return dir;
  }
  throw new Error(`package.json of graph-connector-groups not found above ${__dirname}`);
}

export const root = repoRoot();
/** A file of the repository as text. */
export const read = (relativePath: string): string => readFileSync(join(root, relativePath), 'utf8');
export const pkg = JSON.parse(read('package.json'));
/** package.nls.json: the manifest's `%key%` texts. */
export const nls: Record<string, string> = JSON.parse(read('package.nls.json'));
