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
const SLOT = Symbol.for('graphConnectorGroups.parsedFiles.v2');
interface Entry { text: string; file: HttpFile }
/** Oldest first. Not a Map keyed by text: V8 hashes a string longer than 16,383 characters by its length alone, so
 * the texts of one large document (an edit apart, often of one length) all collide and each lookup compared every one
 * of them up to the edit. Here a text is compared only with those of its length that agree at a few sampled places. */
const recent = ((globalThis as { [SLOT]?: Entry[] })[SLOT] ??= []);

export function parsedHttpFile(text: string): HttpFile {
  for (let i = recent.length - 1; i >= 0; i--) {
    const entry = recent[i];
    if (entry.text.length !== text.length || !samplesAgree(entry.text, text) || entry.text !== text) continue;
    // Most recently used last, so the oldest goes first.
    if (i !== recent.length - 1) { recent.splice(i, 1); recent.push(entry); }
    return entry.file;
  }
  const last = recent[recent.length - 1];
  const file = last && closeInSize(last.text, text) ? parseHttpFileAfterEdit(last.text, last.file, text) : parseHttpFile(text);
  recent.push({ text, file });
  if (recent.length > KEEP) recent.shift();
  return file;
}

/** Two texts of one length agree at 32 places spread over them (an edit moves or changes what follows it). */
function samplesAgree(a: string, b: string): boolean {
  const step = Math.max(1, Math.floor(a.length / 32));
  for (let i = a.length - 1; i >= 0; i -= step) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

/** Worth trying as an edit: another document's text rarely shares much with this one, and costs a compare. */
function closeInSize(a: string, b: string): boolean {
  return Math.abs(a.length - b.length) <= Math.max(a.length, b.length) / 2;
}
