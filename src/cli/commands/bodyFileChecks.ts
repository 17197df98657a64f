import { dirname, isAbsolute, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { readLocalFile, LocalFileRefusedError } from '../../core/http/dotenvFile';
import type { BodyFileContext } from '../../core/intelligence/bodySource';
import type { GraphDiagnostic } from '../../core/intelligence';
import { BODY_FILE_MAX_BYTES, localRoots } from './sendDeps';

/**
 * For `validate`: a `< ./body.json` is read as `send` reads it (relative to the `.http` file, else the current
 * directory; a regular file inside them, capped) and checked as the request's body; its problems are reported
 * in that file (`report`), and the request points at them.
 */
export function bodyFileChecks(httpPath: string, cwd: string, report: (path: string, text: string, found: GraphDiagnostic[]) => void): Pick<BodyFileContext, 'readBodyFile' | 'onBodyFileProblems'> {
  const roots = localRoots(httpPath, cwd);
  return {
    readBodyFile: path => {
      const candidates = isAbsolute(path) ? [path] : [resolve(dirname(httpPath), path), resolve(cwd, path)];
      const found = candidates.find(p => existsSync(p)) ?? candidates[0];
      try {
        const bytes = readLocalFile(found, { roots, maxBytes: BODY_FILE_MAX_BYTES, what: 'a request body file' });
        return bytes ? { text: bytes.toString('utf8').replace(/^\uFEFF/, ''), path: found } : { error: 'it does not exist.' };
      } catch (err) {
        if (err instanceof LocalFileRefusedError) return { error: err.message };
        throw err;
      }
    },
    onBodyFileProblems: report,
  };
}
