import type { HttpFile } from './types';
import { parseHttpFile } from './parser';

/**
 * One parse per text, shared by every feature: diagnostics, CodeLenses, completion, hover, quick fixes and send
 * each ask for the document's parse on the same keystroke, and all but the first get the same (read-only) result.
 * Keyed by the text itself, so it needs no document versions and works for the CLI as for the editor; a lookup
 * costs a string hash and compare, a parse costs a walk of every line. The few most recent texts are kept (the
 * open documents being typed in), never more.
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
  const file = parseHttpFile(text);
  recent.set(text, file);
  if (recent.size > KEEP) recent.delete(recent.keys().next().value!);
  return file;
}
