import type { FileVariable, HttpFile, HttpRequest, ParseProblem } from './types';
import { splitLines, type SourceLine } from './lines';
import { parseRegion } from './regionParser';
import { l10n } from '../text/l10n';

export { findRequestAtLine, findRequestAtOffset } from './findRequest';

/**
 * Parses a `.http` file written in REST Client's syntax into requests with exact offsets,
 * so diagnostics, code lenses and "send request under cursor" can all map back to the text.
 * Never throws: malformed lines become ParseProblems on the request (or the file).
 */
export function parseHttpFile(text: string): HttpFile {
  const lines = splitLines(text);
  const requests: HttpRequest[] = [];
  const variables: FileVariable[] = [];
  let first = 0;
  for (let i = 0; i <= lines.length; i++) {
    const atEnd = i === lines.length;
    if (!atEnd && !isSeparator(text, lines[i])) continue;
    if (i > first) {
      const region = parseRegion(text, lines, first, i - 1, requests.length);
      variables.push(...region.variables);
      if (region.request) requests.push(region.request);
    }
    first = i + 1;
  }
  return { requests, variables, problems: findDuplicates(requests, variables) };
}

/** `###` after optional spaces (lineKinds.SEPARATOR), checked by hand: it runs on every line of the file. */
function isSeparator(text: string, line: SourceLine): boolean {
  let i = line.start;
  while (i < line.end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return line.end - i >= 3 && text.startsWith('###', i);
}

/** Two requests (or variables) with one name: REST Client silently uses one of them, so say so. */
function findDuplicates(requests: HttpRequest[], variables: FileVariable[]): ParseProblem[] {
  const problems: ParseProblem[] = [];
  const names = new Set<string>();
  for (const r of requests) {
    if (!r.name || !r.nameSpan) continue;
    if (names.has(r.name)) {
      problems.push({ code: 'http.duplicateRequestName', message: l10n.t('Another request is already named "{0}".', r.name), span: r.nameSpan, severity: 'warning' });
    }
    names.add(r.name);
  }
  const vars = new Set<string>();
  for (const v of variables) {
    if (vars.has(v.name)) {
      problems.push({ code: 'http.duplicateVariable', message: l10n.t('File variable "{0}" is defined again; the last definition wins.', v.name), span: v.nameSpan, severity: 'warning' });
    }
    vars.add(v.name);
  }
  return problems;
}
