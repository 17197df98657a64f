import { rmdirSync, rmSync } from 'node:fs';
import { rm, rmdir } from 'node:fs/promises';
import { basename, dirname } from 'node:path';

/**
 * Deletes a body file the sender spilled, and its folder once it is empty: the sender makes one
 * `graph-connector-groups-*` folder per transport, and one per binary response. `rmdir` refuses a folder
 * that still holds other bodies, so a shared folder goes with its last file. Never throws.
 */
export async function removeBodyFile(file: string): Promise<void> {
  await rm(file, { force: true }).catch(() => undefined);
  const folder = dirname(file);
  if (isOurFolder(folder)) await rmdir(folder).catch(() => undefined);
}

/** The same, synchronously: on deactivation nothing waits for a promise. */
export function removeBodyFileSync(file: string): void {
  try { rmSync(file, { force: true }); } catch { /* already gone */ }
  const folder = dirname(file);
  if (isOurFolder(folder)) try { rmdirSync(folder); } catch { /* not empty, or gone */ }
}

function isOurFolder(folder: string): boolean {
  return basename(folder).startsWith('graph-connector-groups-');
}
