import type { Span } from '../text/lineIndex';

export type CompletionKind = 'property' | 'value' | 'method' | 'path' | 'snippet';

/** A completion item in plain data; the editor adapter maps it to its own type. */
export interface GraphCompletion {
  label: string;
  kind: CompletionKind;
  /** Text to insert; a snippet (`$1`, `${1|a,b|}`) when `isSnippet`. */
  insertText: string;
  isSnippet?: boolean;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  sortText?: string;
  /** Text the item replaces (offsets into the document); absent: the word at the cursor. */
  replaceSpan?: Span;
  /**
   * What the editor matches the typed text against. Needed whenever `replaceSpan` starts before the label's first
   * character (a JSON string's opening quote): editors filter by the text from the span's start to the cursor
   * (`"`, `"re`), which no bare label matches, so they would show nothing. It is the JSON text of the label.
   */
  filterText?: string;
  /** `deprecated`: what Graph's metadata deprecates, offered last and struck through. */
  tags?: 'deprecated'[];
}
