import { dirname } from 'node:path';
import { readBodyFileText } from '../../core/http/bodyFileReader';
import type { BodyFileContext } from '../../core/intelligence/bodySource';
import type { GraphDiagnostic } from '../../core/intelligence';

/**
 * For `validate`: a `< ./body.json` is read as `send` reads it (relative to the `.http` file, else the current
 * directory, under the core's rules: readBodyFileText) and checked as the request's body; its problems are reported
 * in that file (`report`), and the request points at them.
 */
export function bodyFileChecks(httpPath: string, cwd: string, report: (path: string, text: string, found: GraphDiagnostic[]) => void): Pick<BodyFileContext, 'readBodyFile' | 'onBodyFileProblems'> {
  const folders = { dir: dirname(httpPath), workspace: cwd };
  return {
    readBodyFile: path => readBodyFileText(path, folders, 'it does not exist.'),
    onBodyFileProblems: report,
  };
}
