import { isAbsolute, resolve } from 'node:path';
import { readLocalFile, LocalFileRefusedError } from './dotenvFile';

/** A request body file bigger than this is refused: a send holds the body in memory, and so does validation. */
export const BODY_FILE_MAX_BYTES = 50 * 1024 * 1024;

/** Where a `.http` file's `< ./file` / `<@ ./file` are looked for. */
export interface BodyFileFolders {
  /** The `.http` file's own folder: a relative path is looked for here first. */
  dir: string;
  /** Then here: the editor's workspace folder, the CLI's current directory (REST Client reads relative to the file or the workspace). */
  workspace: string;
}

/** The paths a body file is looked for at, in order. */
export function bodyFileCandidates(written: string, folders: BodyFileFolders): string[] {
  return isAbsolute(written) ? [written] : [...new Set([resolve(folders.dir, written), resolve(folders.workspace, written)])];
}

/**
 * The one reader of body files, for the CLI's and the editor's sends and validations: the first candidate that
 * exists, under the `.env` rules (readLocalFile: a regular file inside the two folders after symlinks, an absolute
 * path too, at most BODY_FILE_MAX_BYTES). Undefined when none exists; LocalFileRefusedError when one exists but must
 * not be read. A candidate that cannot even be resolved (other than "no such file") is refused, not skipped: the CLI
 * used to skip it (existsSync) and the editor refused it; the stricter rule holds for both, so a file that is there
 * but unreadable is never silently replaced by a same-named one in the other folder.
 */
export function findBodyFile(written: string, folders: BodyFileFolders): { path: string; bytes: Buffer } | undefined {
  const roots = [...new Set([folders.dir, folders.workspace])];
  for (const candidate of bodyFileCandidates(written, folders)) {
    const bytes = readLocalFile(candidate, { roots, maxBytes: BODY_FILE_MAX_BYTES, what: 'a request body file' });
    if (bytes) return { path: candidate, bytes };
  }
  return undefined;
}

/**
 * For validation: the body file as text (a UTF-8 BOM dropped; `textOf` can give the text an editor holds instead,
 * after the same rules passed), or why it was not read (`missing` when it does not exist, the refusal otherwise).
 */
export function readBodyFileText(
  written: string, folders: BodyFileFolders, missing: string, textOf?: (path: string) => string | undefined,
): { text: string; path: string } | { error: string } {
  let found;
  try { found = findBodyFile(written, folders); } catch (err) {
    if (err instanceof LocalFileRefusedError) return { error: err.message };
    throw err;
  }
  if (!found) return { error: missing };
  return { text: textOf?.(found.path) ?? found.bytes.toString('utf8').replace(/^\uFEFF/, ''), path: found.path };
}
