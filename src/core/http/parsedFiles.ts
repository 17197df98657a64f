import type { HttpFile } from './types';
import { parseHttpFile, parseHttpFileAfterEdit } from './parser';

/**
 * One parse per text, shared by every feature: diagnostics, CodeLenses, completion, hover, quick fixes and send
 * each ask for the document's parse on the same keystroke, and all but the first get the same (read-only) result.
 * Keyed by the text itself, so it needs no document versions and works for the CLI as for the editor; a lookup
 * costs a string hash and compare. A new text is parsed as an edit of the text asked for last (usually the same
 * document a keystroke ago): only the `###` blocks the edit touches are parsed again. The few most recent texts
 * are kept (the open documents being typed in), never more.
 */
const KEEP = 8;
// On globalThis: the extension's CodeLenses (extension.js) and its validator (intelligence.js, a bundle of its own) share it.
const SLOT = Symbol.for('graphConnectorGroups.parsedFiles');
const shared = globalThis as { [SLOT]?: Map<string, HttpFile> };
const recent = (shared[SLOT] ??= new Map<string, HttpFile>());

export function parsedHttpFile(text: string): HttpFile {
  const hit = recent.get(text);
  if (hit) {
    // Most recently used last, so the oldest goes first.
    recent.delete(text);
    recent.set(text, hit);
    return hit;
  }
  let last: [string, HttpFile] | undefined;
  for (const entry of recent) last = entry;
  const file = last && closeInSize(last[0], text) ? parseHttpFileAfterEdit(last[0], last[1], text) : parseHttpFile(text);
  recent.set(text, file);
  if (recent.size > KEEP) recent.delete(recent.keys().next().value!);
  return file;
}

/** Worth trying as an edit: another document's text rarely shares much with this one, and costs a compare. */
function closeInSize(a: string, b: string): boolean {
  return Math.abs(a.length - b.length) <= Math.max(a.length, b.length) / 2;
}
