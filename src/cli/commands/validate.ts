import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { bodyFileChecks } from './bodyFileChecks';
import type { CliCommand } from '../io';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from '../io';
import type { GraphDiagnostic } from '../../core/intelligence';
import { LineIndex } from '../../core/text/lineIndex';

const USAGE = `Usage: graph-connector-groups validate [--json] [--cloud NAME] FILE...

Checks .http files the way the editor does: each request's URL against the Microsoft Graph routes
(version, path, method, $select) and its JSON body against the resource's schema.

Output: one line per problem, 'file:line:column severity message' (1-based line and column).
  --json  a JSON array of {file, line, column, endLine, endColumn, severity, message, code}
          (1-based; severity is error, warning, info or hint), and tags: ["deprecated"] on
          what Graph's metadata deprecates.
  --cloud the national cloud path-only URLs (/v1.0/...) go to: Global (default), USGovL4,
          USGovL5 or China; a resource that cloud lacks gets a warning naming it.
Exit codes: 0 no errors (warnings allowed), 1 at least one error,
  2 usage error (no files, unknown option) or a file that cannot be read.
`;

/** One problem in the CLI's stable output shape (1-based positions). */
export interface CliDiagnostic {
  file: string; line: number; column: number; endLine: number; endColumn: number;
  severity: GraphDiagnostic['severity']; message: string; code: string;
  /** Only when the finding has tags (an addition: readers of the first format see the same keys). */
  tags?: GraphDiagnostic['tags'];
}

export function toCliDiagnostic(file: string, index: LineIndex, d: GraphDiagnostic): CliDiagnostic {
  const s = index.positionAt(d.span.start), e = index.positionAt(d.span.end);
  return { file, line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1, severity: d.severity, message: d.message, code: d.code, ...(d.tags?.length ? { tags: d.tags } : {}) };
}

const CLOUDS = ['Global', 'USGovL4', 'USGovL5', 'China'];

function parseArgs(args: string[]): { json: boolean; cloud?: string; files: string[] } | { error: string } {
  let json = false;
  let cloud: string | undefined;
  const files: string[] = [];
  let optionsEnded = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!optionsEnded && a === '--') optionsEnded = true;
    else if (!optionsEnded && a === '--json') json = true;
    else if (!optionsEnded && (a === '--cloud' || a.startsWith('--cloud='))) {
      const v = a === '--cloud' ? args[++i] : a.slice('--cloud='.length);
      cloud = CLOUDS.find(c => c.toLowerCase() === (v ?? '').toLowerCase());
      if (!cloud) return { error: `--cloud needs ${CLOUDS.join(', ')}` };
    }
    else if (!optionsEnded && a.startsWith('-') && a !== '-') return { error: `unknown option '${a}'` };
    else files.push(a);
  }
  if (!files.length) return { error: 'no files given' };
  return { json, cloud, files };
}

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'Check .http files against the Graph routes and body schemas (for CI)',
  usage: USAGE,
  async run(args, io) {
    const parsed = parseArgs(args);
    if ('error' in parsed) { io.stderr.write(`validate: ${parsed.error}\n\n${USAGE}`); return EXIT_USAGE; }
    // Request intelligence is a file of its own (scripts/bundle.mjs, LAZY_PARTS): `send` never compiles it.
    const { createValidator } = await import('../../core/intelligence');
    const validator = createValidator({ cloud: parsed.cloud });
    const all: CliDiagnostic[] = [];
    let unreadable = false;
    for (const file of parsed.files) {
      let text: string;
      try { text = readFileSync(resolve(io.cwd, file), 'utf8').replace(/^\uFEFF/, ''); } catch (err) {
        io.stderr.write(`validate: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
        unreadable = true;
        continue;
      }
      const index = new LineIndex(text);
      const bodyFiles = bodyFileChecks(resolve(io.cwd, file), io.cwd, (path, json, found) => {
        const jsonIndex = new LineIndex(json);
        all.push(...found.map(d => toCliDiagnostic(relative(io.cwd, path) || path, jsonIndex, d)));
      });
      all.push(...validator.validate(text, { bodyFiles }).map(d => toCliDiagnostic(file, index, d)));
    }
    if (parsed.json) io.stdout.write(JSON.stringify(all, null, 2) + '\n');
    else for (const d of all) io.stdout.write(`${d.file}:${d.line}:${d.column} ${d.severity} ${d.message}\n`);
    if (unreadable) return EXIT_USAGE;
    return all.some(d => d.severity === 'error') ? EXIT_FAILURE : EXIT_OK;
  },
};
