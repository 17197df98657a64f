import type { Span } from '../text/lineIndex';

/** Where the parts of a parsed Graph URL sit in its (substituted) text. Offsets are into that text. */
export interface UrlLayout {
  version: Span;
  path: Span;
  segments: Span[];
  query: Span;
}

export function layoutUrl(text: string, origin: string | undefined): UrlLayout {
  let i = origin ? origin.length : 0;
  while (text[i] === '/') i++;
  const versionEnd = nextOf(text, i, '/?#');
  const pathEnd = nextOf(text, versionEnd, '?#');
  const segments: Span[] = [];
  let s = versionEnd;
  while (s < pathEnd) {
    while (text[s] === '/' && s < pathEnd) s++;
    if (s >= pathEnd) break;
    const e = nextOf(text, s, '/?#');
    segments.push({ start: s, end: Math.min(e, pathEnd) });
    s = e;
  }
  const queryEnd = nextOf(text, pathEnd, '#');
  return { version: { start: i, end: versionEnd }, path: { start: versionEnd, end: pathEnd }, segments, query: { start: Math.min(pathEnd + 1, queryEnd), end: queryEnd } };
}

/** Index of the next of `chars` (some of '/', '?', '#'); char codes, as this runs for every request. */
function nextOf(text: string, from: number, chars: '/?#' | '?#' | '#'): number {
  const slash = chars === '/?#', query = chars !== '#';
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 35 || query && c === 63 || slash && c === 47) return i;
  }
  return text.length;
}

/** Spans of the comma-separated names in `$select=a,b` within a query string. */
export function selectFields(text: string, query: Span): { name: string; span: Span }[] {
  const q = text.slice(query.start, query.end);
  const m = /(?:^|&)(?:\$|%24)select=([^&]*)/i.exec(q);
  if (!m) return [];
  const out: { name: string; span: Span }[] = [];
  let at = query.start + m.index + m[0].length - m[1].length;
  for (const piece of m[1].split(',')) {
    const lead = piece.length - piece.trimStart().length;
    const name = piece.trim();
    if (name) out.push({ name, span: { start: at + lead, end: at + lead + name.length } });
    at += piece.length + 1;
  }
  return out;
}

/** One `$expand` item: its navigation name and span, and the text of its options in parentheses with their offset. */
export interface ExpandItem { name: string; span: Span; options?: { text: string; at: number } }

/**
 * The navigation names of `$expand` (`manager($select=id),memberOf`): each top-level item's name before its options,
 * with its span. Items with a cast or a path (`microsoft.graph.x/y`, `a/b`) and `*` are left out.
 */
export function expandFields(text: string, query: Span): ExpandItem[] {
  const q = text.slice(query.start, query.end);
  const m = /(?:^|&)(?:\$|%24)expand=([^&]*)/i.exec(q);
  return m ? expandItems(m[1], query.start + m.index + m[0].length - m[1].length) : [];
}

/** The items of an `$expand` value starting at `start` (also an option's inside an item: `x($expand=y($select=z))`). */
export function expandItems(value: string, start: number): ExpandItem[] {
  const out: ExpandItem[] = [];
  let depth = 0, from = 0;
  const push = (to: number) => {
    const piece = value.slice(from, to);
    const name = /^\s*([^($/;\s]*)/.exec(piece)![1];
    const lead = piece.length - piece.trimStart().length;
    const open = piece.indexOf('(');
    const options = open >= 0 && piece.trimEnd().endsWith(')') ? { text: piece.slice(open + 1, piece.trimEnd().length - 1), at: start + from + open + 1 } : undefined;
    if (name && name !== '*' && !name.includes('.') && !/[/]/.test(piece.split('(')[0])) out.push({ name, span: { start: start + from + lead, end: start + from + lead + name.length }, ...(options ? { options } : {}) });
  };
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) { push(i); from = i + 1; }
  }
  push(value.length);
  return out;
}

/** An item's options split at top-level `;` (`$select=id;$expand=y`): each name (`$select`) with its value and the value's offset. */
export function expandOptions(options: { text: string; at: number }): { name: string; value: string; at: number }[] {
  const out: { name: string; value: string; at: number }[] = [];
  let depth = 0, from = 0;
  const push = (to: number) => {
    const piece = options.text.slice(from, to);
    const eq = piece.indexOf('=');
    if (eq > 0) out.push({ name: piece.slice(0, eq).trim().toLowerCase(), value: piece.slice(eq + 1), at: options.at + from + eq + 1 });
  };
  for (let i = 0; i < options.text.length; i++) {
    const c = options.text[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ';' && depth === 0) { push(i); from = i + 1; }
  }
  push(options.text.length);
  return out;
}
