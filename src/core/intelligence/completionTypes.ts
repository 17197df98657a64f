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
}
