import type { Span } from '../text/lineIndex';
import type { HttpRequest } from '../http/types';
import { findVariableReferences } from '../http/variables';

/** Resolves one variable name to its value, or undefined when the value is not known while editing. */
export type VariableLookup = (name: string) => string | undefined;

/**
 * A request's URL with the file variables it uses substituted, remembering where every character came
 * from, so a problem found in `https://graph.microsoft.com/beta/...` is reported on the text the user wrote
 * (on the whole `{{var}}` when the character came from a variable's value).
 */
export class MappedUrl {
  private constructor(readonly text: string, private readonly origins: Span[], private readonly docOffsets: number[]) {}

  static fromRequest(request: HttpRequest, lookup: VariableLookup): MappedUrl {
    // Document offset of every character of the raw URL (continuation lines are joined without a gap).
    const docOffsets: number[] = [];
    for (const part of request.urlParts) for (let i = 0; i < part.text.length; i++) docOffsets.push(part.offset + i);
    docOffsets.push(request.urlParts.length ? request.urlParts[request.urlParts.length - 1].offset + request.urlParts[request.urlParts.length - 1].text.length : request.urlSpan.end);
    const raw = request.url;
    let text = '';
    const origins: Span[] = [];
    let last = 0;
    for (const ref of findVariableReferences(raw)) {
      const value = lookup(ref.name);
      if (value === undefined) continue;
      for (let i = last; i < ref.span.start; i++) { text += raw[i]; origins.push({ start: i, end: i + 1 }); }
      text += value;
      for (let i = 0; i < value.length; i++) origins.push(ref.span); // per UTF-16 unit, as `text` is indexed (not per code point)
      last = ref.span.end;
    }
    for (let i = last; i < raw.length; i++) { text += raw[i]; origins.push({ start: i, end: i + 1 }); }
    return new MappedUrl(text, origins, docOffsets);
  }

  /** Document span of the substituted text's [start, end). An empty range maps to an empty span. */
  toDocument(start: number, end: number): Span {
    const rawStart = start < this.origins.length ? this.origins[start].start : this.rawLength();
    const rawEnd = end > start ? this.origins[end - 1].end : rawStart;
    return { start: this.docOffsets[rawStart], end: this.docOffsets[rawEnd] };
  }

  private rawLength(): number { return this.docOffsets.length - 1; }
}
