import type { Span } from '../text/lineIndex';
import type { HttpRequest, UrlPart } from '../http/types';
import { findVariableReferences } from '../http/variables';

/** Resolves one variable name to its value, or undefined when the value is not known while editing. */
export type VariableLookup = (name: string) => string | undefined;

/** A run of the substituted text: copied from the raw URL, or the value of the `{{var}}` at rawStart..rawEnd. */
interface Piece { textStart: number; textEnd: number; rawStart: number; rawEnd: number; variable: boolean }

/**
 * A request's URL with the file variables it uses substituted, remembering where every character came
 * from, so a problem found in `https://graph.microsoft.com/beta/...` is reported on the text the user wrote
 * (on the whole `{{var}}` when the character came from a variable's value). Kept as a few pieces, not a map
 * per character: this runs for every request on every keystroke, and most URLs have nothing to report.
 */
export class MappedUrl {
  private constructor(readonly text: string, private readonly pieces: Piece[], private readonly rawLength: number, private readonly parts: UrlPart[], private readonly endOffset: number) {}

  static fromRequest(request: HttpRequest, lookup: VariableLookup): MappedUrl {
    const raw = request.url;
    const parts = request.urlParts;
    const endOffset = parts.length ? parts[parts.length - 1].offset + parts[parts.length - 1].text.length : request.urlSpan.end;
    // No variables (most URLs): the raw URL is the text, one piece, and no closure is made.
    if (!raw.includes('{{')) return new MappedUrl(raw, raw.length ? [{ textStart: 0, textEnd: raw.length, rawStart: 0, rawEnd: raw.length, variable: false }] : [], raw.length, parts, endOffset);
    let text = '';
    const pieces: Piece[] = [];
    const copyRaw = (from: number, to: number) => {
      if (to <= from) return;
      pieces.push({ textStart: text.length, textEnd: text.length + to - from, rawStart: from, rawEnd: to, variable: false });
      text += raw.slice(from, to);
    };
    let last = 0;
    for (const ref of findVariableReferences(raw)) {
      const value = lookup(ref.name);
      if (value === undefined) continue;
      copyRaw(last, ref.span.start);
      // lengths in UTF-16 units, as `text` is indexed (not code points)
      if (value.length) pieces.push({ textStart: text.length, textEnd: text.length + value.length, rawStart: ref.span.start, rawEnd: ref.span.end, variable: true });
      text += value;
      last = ref.span.end;
    }
    copyRaw(last, raw.length);
    return new MappedUrl(text, pieces, raw.length, parts, endOffset);
  }

  /** Document span of the substituted text's [start, end). An empty range maps to an empty span. */
  toDocument(start: number, end: number): Span {
    const rawStart = this.rawAt(start, 'start');
    const rawEnd = end > start ? this.rawAt(end - 1, 'end') : rawStart;
    return { start: this.docOffset(rawStart), end: this.docOffset(rawEnd) };
  }

  /** Raw-URL index where text character `i` starts (or, for 'end', just past where it ends). */
  private rawAt(i: number, edge: 'start' | 'end'): number {
    const piece = this.pieces.find(p => i >= p.textStart && i < p.textEnd);
    if (!piece) return this.rawLength;
    if (piece.variable) return edge === 'start' ? piece.rawStart : piece.rawEnd;
    return piece.rawStart + (i - piece.textStart) + (edge === 'end' ? 1 : 0);
  }

  /** Document offset of a raw-URL index: continuation lines are joined without a gap. */
  private docOffset(rawIndex: number): number {
    let before = 0;
    for (const part of this.parts) {
      if (rawIndex < before + part.text.length) return part.offset + rawIndex - before;
      before += part.text.length;
    }
    return this.endOffset;
  }
}
