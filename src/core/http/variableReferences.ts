import type { Span } from '../text/lineIndex';

/** One `{{...}}` in some text. `span` covers the braces; `nameSpan` the trimmed name inside them. */
export interface VariableReference { name: string; span: Span; nameSpan: Span }

// Single-line, no braces inside, so `{{a}}{{b}}` is two references and `{{}} {{x}}` finds only `x`.
const REFERENCE = /\{\{([^{}\r\n]*)\}\}/g;

/** Finds every `{{name}}` in `text`; offsets are shifted by `baseOffset` so they point into the whole document. */
export function findVariableReferences(text: string, baseOffset = 0): VariableReference[] {
  const refs: VariableReference[] = [];
  for (const m of text.matchAll(REFERENCE)) {
    const inner = m[1];
    const name = inner.trim();
    if (!name) continue;
    const start = baseOffset + (m.index ?? 0);
    const nameStart = start + 2 + inner.indexOf(name);
    refs.push({ name, span: { start, end: start + m[0].length }, nameSpan: { start: nameStart, end: nameStart + name.length } });
  }
  return refs;
}
