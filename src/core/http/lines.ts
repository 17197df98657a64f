import type { Span } from '../text/lineIndex';

/** One physical line: `start`..`end` is its content, without the line break. */
export interface SourceLine { start: number; end: number }

/**
 * Splits text into lines once, so the parser can look at each line by index and still
 * report exact offsets. Accepts LF, CRLF and lone CR, as LineIndex does.
 */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  // Fast path (this runs on every keystroke): with no CR at all, indexOf finds line breaks natively.
  if (!text.includes('\r')) {
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      lines.push({ start, end: nl });
      start = nl + 1;
    }
    lines.push({ start, end: text.length });
    return lines;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    lines.push({ start, end: i });
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  lines.push({ start, end: text.length });
  return lines;
}

/** The line without surrounding whitespace, as a span (empty span at line end when blank). */
export function trimmedSpan(text: string, line: SourceLine): Span {
  let s = line.start, e = line.end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

export function isBlank(text: string, line: SourceLine): boolean {
  const t = trimmedSpan(text, line);
  return t.start === t.end;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xfeff; // BOM counts as space so a first line still parses
}
