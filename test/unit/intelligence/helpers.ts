import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineIndex } from '../../../src/core/text/lineIndex';
import type { GraphDiagnostic } from '../../../src/core/intelligence';

export function fixture(name: string): string {
  return readFileSync(join('test/unit/intelligence/fixtures', name), 'utf8');
}

/** `code L:C-L:C` with 1-based lines and columns, as the CLI prints them. */
export function where(text: string, d: GraphDiagnostic): string {
  const idx = new LineIndex(text);
  const s = idx.positionAt(d.span.start), e = idx.positionAt(d.span.end);
  return `${d.code} ${s.line + 1}:${s.character + 1}-${e.line + 1}:${e.character + 1}`;
}

/** Offset of the n-th occurrence (0-based) of `needle`, plus `delta`. */
export function offsetOf(text: string, needle: string, delta = 0, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`not found: ${needle}`);
  return at + delta;
}
