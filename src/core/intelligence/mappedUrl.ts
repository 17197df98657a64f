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
  /** originStart[i]/originEnd[i]: the raw-URL span that character i of `text` came from (plain numbers: this runs per keystroke). */
  private constructor(readonly text: string, private readonly originStart: number[], private readonly originEnd: number[], private readonly docOffsets: number[]) {}

  static fromRequest(request: HttpRequest, lookup: VariableLookup): MappedUrl {
    // Document offset of every character of the raw URL (continuation lines are joined without a gap).
    const docOffsets: number[] = [];
    for (const part of request.urlParts) for (let i = 0; i < part.text.length; i++) docOffsets.push(part.offset + i);
    docOffsets.push(request.urlParts.length ? request.urlParts[request.urlParts.length - 1].offset + request.urlParts[request.urlParts.length - 1].text.length : request.urlSpan.end);
    const raw = request.url;
    let text = '';
    const starts: number[] = [], ends: number[] = [];
    const copyRaw = (from: number, to: number) => {
      text += raw.slice(from, to);
      for (let i = from; i < to; i++) { starts.push(i); ends.push(i + 1); }
    };
    let last = 0;
    if (raw.includes('{{')) {
      for (const ref of findVariableReferences(raw)) {
        const value = lookup(ref.name);
        if (value === undefined) continue;
        copyRaw(last, ref.span.start);
        text += value;
        // per UTF-16 unit, as `text` is indexed (not per code point)
        for (let i = 0; i < value.length; i++) { starts.push(ref.span.start); ends.push(ref.span.end); }
        last = ref.span.end;
      }
    }
    copyRaw(last, raw.length);
    return new MappedUrl(text, starts, ends, docOffsets);
  }

  /** Document span of the substituted text's [start, end). An empty range maps to an empty span. */
  toDocument(start: number, end: number): Span {
    const rawStart = start < this.originStart.length ? this.originStart[start] : this.rawLength();
    const rawEnd = end > start ? this.originEnd[end - 1] : rawStart;
    return { start: this.docOffsets[rawStart], end: this.docOffsets[rawEnd] };
  }

  private rawLength(): number { return this.docOffsets.length - 1; }
}
