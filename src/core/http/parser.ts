import type { FileVariable, HttpFile, HttpRequest, ParseProblem } from './types';
import { splitLines, type SourceLine } from './lines';
import { parseRegion } from './regionParser';
import { shiftRequest, shiftVariable } from './shiftParse';
import { l10n } from '../text/l10n';

export { findRequestAtLine, findRequestAtOffset } from './findRequest';

/**
 * One `###`-delimited block of a parse: its first line (a separator, or line 0 of the file) and the region after
 * it, with what the region yielded. An edit re-parses only the blocks it touches (parseHttpFileAfterEdit).
 */
interface Block {
  /** Offset of the block's first line, and of the next block's first line (or the text's end). */
  start: number;
  end: number;
  /** Offset after the first line's line break (where the line after it starts), or `end`. */
  firstLineEnd: number;
  startLine: number;
  lineCount: number;
  request?: HttpRequest;
  variables: FileVariable[];
}

/**
 * The blocks each parse was made of, for the next edit of the same text. On globalThis, as parsedFiles' cache is:
 * the extension's bundles each hold a copy of this module and hand each other parses.
 */
const SLOT = Symbol.for('graphConnectorGroups.parseBlocks');
const shared = globalThis as { [SLOT]?: WeakMap<HttpFile, Block[]> };
const blocksOf = (shared[SLOT] ??= new WeakMap<HttpFile, Block[]>());
const IDENTITY = Symbol.for('graphConnectorGroups.requestIdentity');
const identities = ((globalThis as { [IDENTITY]?: WeakMap<HttpRequest, object> })[IDENTITY] ??= new WeakMap<HttpRequest, object>());

/**
 * A token that stands for the request's text: a request taken over by an incremental parse (moved or not) has the
 * token of the one it was taken from, so a cache can tell an unchanged request without comparing its text. Two
 * requests with different tokens may still have the same text (a fresh parse makes new tokens).
 */
export function requestIdentity(request: HttpRequest): object {
  let token = identities.get(request);
  if (!token) identities.set(request, token = {});
  return token;
}

/**
 * Parses a `.http` file written in REST Client's syntax into requests with exact offsets,
 * so diagnostics, code lenses and "send request under cursor" can all map back to the text.
 * Never throws: malformed lines become ParseProblems on the request (or the file).
 */
export function parseHttpFile(text: string): HttpFile {
  const lines = splitLines(text);
  return assemble(parseBlocks(text, lines, 0, lines.length, text.length, 0));
}

/**
 * The parse of `text`, an edit of `previous` (whose parse is `previousFile`): equal to parseHttpFile(text), but the
 * blocks before and after the edited range are taken over (those after it shifted to their new offsets, lines and
 * indexes) and only the blocks the edit touches are parsed again. A block is taken over only when its text and the
 * separator lines bounding it are unchanged, so what it yields cannot differ.
 */
export function parseHttpFileAfterEdit(previous: string, previousFile: HttpFile, text: string): HttpFile {
  const blocks = blocksOf.get(previousFile);
  if (!blocks || blocks.length < 3) return parseHttpFile(text);
  const prefix = commonPrefix(previous, text);
  const suffix = commonSuffix(previous, text, Math.min(previous.length, text.length) - prefix);
  // Blocks kept as they are: the separator line that ends each, with its line break, is before the edit.
  let k = 0;
  while (k + 1 < blocks.length && blocks[k + 1].firstLineEnd <= prefix) k++;
  // Blocks kept, shifted: each starts after the edit, with the line break before its separator line unchanged too.
  const unchangedFrom = previous.length - suffix;
  let m = blocks.length;
  while (m - 1 > k && blocks[m - 1].start - 1 >= unchangedFrom) m--;
  const delta = text.length - previous.length;
  const from = blocks[k].start;
  const to = m < blocks.length ? blocks[m].start + delta : text.length;
  const relative = splitLines(text.slice(from, to));
  if (m < blocks.length) {
    const tail = relative.pop()!; // the empty "line" after the line break before the next kept block
    if (tail.start !== tail.end) return parseHttpFile(text);
  }
  const firstLine = blocks[k].startLine;
  const lines: SourceLine[] = new Array(firstLine + relative.length);
  for (let i = 0; i < relative.length; i++) lines[firstLine + i] = { start: from + relative[i].start, end: from + relative[i].end };
  const before = blocks.slice(0, k);
  const requestsBefore = before.reduce((n, b) => n + (b.request ? 1 : 0), 0);
  const middle = parseBlocks(text, lines, firstLine, lines.length, to, requestsBefore);
  const after = blocks.slice(m);
  if (after.length) {
    const dLine = lines.length - after[0].startLine;
    const firstIndex = after.find(b => b.request)?.request!.index;
    const dIndex = firstIndex === undefined ? 0 : requestsBefore + middle.reduce((n, b) => n + (b.request ? 1 : 0), 0) - firstIndex;
    if (delta !== 0 || dLine !== 0 || dIndex !== 0) {
      for (let i = 0; i < after.length; i++) after[i] = shiftBlock(after[i], delta, dLine, dIndex);
    }
  }
  return assemble([...before, ...middle, ...after]);
}

function shiftBlock(b: Block, by: number, lines: number, index: number): Block {
  return {
    start: b.start + by, end: b.end + by, firstLineEnd: b.firstLineEnd + by, startLine: b.startLine + lines, lineCount: b.lineCount,
    ...(b.request ? { request: moved(b.request, shiftRequest(b.request, by, lines, index)) } : {}),
    variables: b.variables.length ? b.variables.map(v => shiftVariable(v, by, lines)) : b.variables,
  };
}

function moved(from: HttpRequest, to: HttpRequest): HttpRequest {
  identities.set(to, requestIdentity(from));
  return to;
}

/** The blocks of lines `first` up to `end` (exclusive); `endOffset` is where the last of them ends. */
function parseBlocks(text: string, lines: SourceLine[], first: number, end: number, endOffset: number, index: number): Block[] {
  const blocks: Block[] = [];
  let start = first;
  for (let i = first + 1; i <= end; i++) {
    if (i < end && !isSeparator(text, lines[i])) continue;
    const regionFirst = isSeparator(text, lines[start]) ? start + 1 : start;
    const block: Block = {
      start: lines[start].start,
      end: i < end ? lines[i].start : endOffset,
      firstLineEnd: start + 1 < end ? lines[start + 1].start : endOffset,
      startLine: start, lineCount: i - start, variables: [],
    };
    if (regionFirst <= i - 1) {
      const region = parseRegion(text, lines, regionFirst, i - 1, index);
      block.variables = region.variables;
      if (region.request) { block.request = region.request; index++; }
    }
    blocks.push(block);
    start = i;
  }
  return blocks;
}

function assemble(blocks: Block[]): HttpFile {
  const requests: HttpRequest[] = [];
  const variables: FileVariable[] = [];
  for (const b of blocks) {
    if (b.request) requests.push(b.request);
    for (const v of b.variables) variables.push(v);
  }
  const file: HttpFile = { requests, variables, problems: findDuplicates(requests, variables) };
  blocksOf.set(file, blocks);
  return file;
}

/** Length of the common start of a and b, compared a chunk at a time (native string compares), then by character. */
function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  const CHUNK = 1024;
  let i = 0;
  while (i + CHUNK <= max && a.substring(i, i + CHUNK) === b.substring(i, i + CHUNK)) i += CHUNK;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common end of a and b, at most `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  const CHUNK = 1024;
  let n = 0;
  while (n + CHUNK <= max && a.substring(a.length - n - CHUNK, a.length - n) === b.substring(b.length - n - CHUNK, b.length - n)) n += CHUNK;
  while (n < max && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
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
