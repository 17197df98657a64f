import { closeSync, constants, existsSync, fstatSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';

/** A `.env` bigger than this is not a list of variables; reading it would only cost memory. */
export const DOTENV_MAX_BYTES = 1024 * 1024;

/** A local file (a `.env`, a request body's `< ./file`) that exists but must not be read: a clear message, never its content. */
export class LocalFileRefusedError extends Error {
  override readonly name: string = 'LocalFileRefusedError';
}

/** A `.env` file that exists but must not be read: a clear message for the user, never its content. */
export class DotenvRefusedError extends LocalFileRefusedError {
  override readonly name = 'DotenvRefusedError';
}

export interface LocalFileRules {
  /** Folders the file may resolve into, after symlinks (default: its own folder). */
  roots?: string[];
  maxBytes: number;
  /** What the file is, for messages: "a .env", "a request body file". */
  what: string;
  refused?: (message: string) => LocalFileRefusedError;
}

/**
 * Reads a `.env` file for `{{$dotenv}}` only when it is safe to: a repository can commit `.env` as a
 * symlink (to `~/.aws/credentials`, `/dev/zero`, a FIFO). After resolving links the file must be a
 * regular file inside one of `roots` (default: the folder `path` is in) and at most DOTENV_MAX_BYTES.
 * Returns undefined when there is no such file (REST Client reads nothing then); throws DotenvRefusedError otherwise.
 */
export function readDotenvText(path: string, roots: string[] = [dirname(path)]): string | undefined {
  return readLocalFile(path, { roots, maxBytes: DOTENV_MAX_BYTES, what: 'a .env', refused: m => new DotenvRefusedError(m) })?.toString('utf8');
}

/**
 * The one rule for every local read a `.http` file can cause: after resolving links the file must be a regular
 * file inside one of `roots` and at most `maxBytes`. Undefined when there is no file; LocalFileRefusedError
 * otherwise. The size is checked on the open descriptor and the read is bounded, so nothing can make it read more.
 */
export function readLocalFile(path: string, rules: LocalFileRules): Buffer | undefined {
  const refused = rules.refused ?? (m => new LocalFileRefusedError(m));
  const roots = rules.roots ?? [dirname(path)];
  const limit = rules.maxBytes;
  const size = limit >= 1024 * 1024 ? `${Math.round(limit / 1024 / 1024)} MB` : `${limit} bytes`;
  let real: string;
  try { real = realpathSync(path); } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw refused(`Cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`);
  }
  const realRoots = [...new Set(roots.map(r => { try { return realpathSync(r); } catch { return undefined; } }).filter((r): r is string => !!r))];
  if (!realRoots.some(root => isInside(real, root))) {
    throw refused(`${path} is not read: it resolves to ${real}, outside ${realRoots.join(' and ') || 'its folder'}, and ${rules.what} is read only from inside ${realRoots.length > 1 ? 'those folders' : 'that folder'}.`);
  }
  // O_NONBLOCK: opening a FIFO must not wait for a writer; fstat below refuses it anyway.
  let fd: number;
  try { fd = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)); } catch (err) {
    throw refused(`Cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw refused(`${path} is not read: it is not a regular file.`);
    if (stat.size > limit) throw refused(`${path} is not read: it is larger than ${size} (${stat.size} bytes).`);
    // Sized to the file, not to the limit: a buffer of limit + 1 bytes (50 MB for a body file) was allocated for every
    // read, however small the file, and the returned slice kept it alive. A file that grows after fstat (or reports
    // size 0, as /proc does) gets a bigger buffer, never beyond limit + 1, so the read stays bounded.
    let buffer = Buffer.alloc(Math.min(stat.size, limit) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        const bigger = Buffer.alloc(Math.min(Math.max(buffer.length * 2, 8192), limit + 1));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > limit) throw refused(`${path} is not read: it is larger than ${size}.`);
    }
    return buffer.subarray(0, length);
  } finally { closeSync(fd); }
}

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/**
 * The `.env` for a `.http` file in `dir`: the nearest one in `dir` or a folder above it, up to `top`
 * (the workspace or the current directory), as REST Client looks for it. Undefined when there is none.
 * Only the path is found here; readDotenvText still applies every rule when it is read.
 */
export function findDotenvPath(dir: string, top: string): string | undefined {
  const inTop = (d: string) => d === top || isInside(d, top);
  for (let d = dir; ; d = dirname(d)) {
    const candidate = join(d, '.env');
    if (existsSync(candidate) || isSymlink(candidate)) return candidate;
    if (!inTop(d) || d === top || dirname(d) === d) return undefined;
  }
}

function isSymlink(path: string): boolean {
  try { return lstatSync(path).isSymbolicLink(); } catch { return false; }
}
