import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, sep } from 'node:path';

/** A `.env` bigger than this is not a list of variables; reading it would only cost memory. */
export const DOTENV_MAX_BYTES = 1024 * 1024;

/** A `.env` file that exists but must not be read: a clear message for the user, never its content. */
export class DotenvRefusedError extends Error {
  override readonly name = 'DotenvRefusedError';
}

/**
 * Reads a `.env` file for `{{$dotenv}}` only when it is safe to: a repository can commit `.env` as a
 * symlink (to `~/.aws/credentials`, `/dev/zero`, a FIFO). After resolving links the file must be a
 * regular file inside one of `roots` (default: the folder `path` is in) and at most DOTENV_MAX_BYTES.
 * Returns undefined when there is no such file (REST Client reads nothing then); throws DotenvRefusedError otherwise.
 * The size is checked on the open descriptor and the read is bounded, so nothing can make it read more.
 */
export function readDotenvText(path: string, roots: string[] = [dirname(path)]): string | undefined {
  let real: string;
  try { real = realpathSync(path); } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new DotenvRefusedError(`Cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`);
  }
  const realRoots = [...new Set(roots.map(r => { try { return realpathSync(r); } catch { return undefined; } }).filter((r): r is string => !!r))];
  if (!realRoots.some(root => isInside(real, root))) {
    throw new DotenvRefusedError(`${path} is not read: it resolves to ${real}, outside ${realRoots.join(' and ') || 'its folder'}, and a .env is read only from inside ${realRoots.length > 1 ? 'those folders' : 'that folder'}.`);
  }
  // O_NONBLOCK: opening a FIFO must not wait for a writer; fstat below refuses it anyway.
  let fd: number;
  try { fd = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)); } catch (err) {
    throw new DotenvRefusedError(`Cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new DotenvRefusedError(`${path} is not read: it is not a regular file.`);
    if (stat.size > DOTENV_MAX_BYTES) throw new DotenvRefusedError(`${path} is not read: it is larger than 1 MB (${stat.size} bytes).`);
    const buffer = Buffer.alloc(DOTENV_MAX_BYTES + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > DOTENV_MAX_BYTES) throw new DotenvRefusedError(`${path} is not read: it is larger than 1 MB.`);
    }
    return buffer.toString('utf8', 0, length);
  } finally { closeSync(fd); }
}

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
