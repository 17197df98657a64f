import { COMMENT } from './lineKinds';

/** `< ./file` (sent as it is) or `<@ ./file` / `<@latin1 ./file` (read as text, variables substituted). */
export const FILE_REFERENCE = /^<(@([\w-]*))?\s+(.+?)\s*$/;

export interface FileReference { path: string; substitute: boolean; encoding: BufferEncoding }

/** A body line that names a file, or undefined. */
export function fileReference(line: string): FileReference | undefined {
  const m = FILE_REFERENCE.exec(line);
  if (!m) return undefined;
  const encoding = (m[2] || 'utf8').toLowerCase();
  return { path: m[3], substitute: m[1] !== undefined, encoding: (Buffer.isEncoding(encoding) ? encoding : 'utf8') as BufferEncoding };
}

/** The body's lines as REST Client sends them: every `#` / `//` comment line dropped. */
export function bodyLines(text: string): string[] {
  return text.split(/\r?\n|\r/).filter(line => !COMMENT.test(line));
}

/** The body's line break: CRLF when the file uses it, LF otherwise. */
export function bodyLineBreak(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** True when a body is only a file reference (and comments): its content lives in that file. */
export function bodyFileReference(text: string): FileReference | undefined {
  // A reference line starts with `<` (FILE_REFERENCE): a body without one is none, found without splitting it.
  if (!text.includes('<')) return undefined;
  const lines = bodyLines(text).filter(l => l.trim() !== '');
  return lines.length === 1 ? fileReference(lines[0].trim()) : undefined;
}
