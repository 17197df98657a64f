import { redactSecrets } from '../net/redact';
import { l10n } from '../text/l10n';

/**
 * Turns a response into the text of the read-only response document: a JSONC comment block with the
 * status line, timing, size, request-id, headers and (for errors) the explanation, then the body
 * pretty-printed so the JSON language gives folding. Pure, so the layout is unit-tested.
 */
export interface ResponseSummary {
  method: string;
  url: string;
  status: number;
  statusText: string;
  headers: Record<string, string>;
  durationMs: number;
  bodyBytes: number;
  requestId?: string;
  retries?: number;
  body?: string;
  /** Set when the body is in a file (large or binary) instead of `body`. */
  bodyFile?: string;
  /** A preview of bodyFile (its first bytes), when it is text. */
  bodyPreview?: string;
  error?: { code?: string; message: string; hint?: string };
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/** Pretty JSON when the text is JSON; otherwise the text as it came. */
export function prettyBody(text: string): { text: string; isJson: boolean } {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return { text, isJson: false };
  try {
    return { text: JSON.stringify(JSON.parse(trimmed), null, 2), isJson: true };
  } catch {
    return { text, isJson: false };
  }
}

/** `// ` before every line, so a multi-line message cannot break out of the comment block. */
function comment(line: string): string[] {
  return line.split(/\r?\n/).map(l => `// ${l}`.trimEnd());
}

/** Long prose (error messages, hints) wrapped at word boundaries, so it reads in a half-width editor. */
function wrapped(text: string, width = 64): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && line.length + word.length + 1 > width) { out.push(line); line = `   ${word}`; } else line = line ? `${line} ${word}` : word;
    }
    out.push(line);
  }
  return out.flatMap(comment);
}

export function formatResponseDocument(r: ResponseSummary): { text: string; language: 'jsonc' | 'plaintext' } {
  const head: string[] = [];
  head.push(...comment(`${r.status} ${r.statusText}`.trim()));
  head.push(...comment(`${r.method} ${redactSecrets(r.url)}`));
  const facts = [l10n.t('{0} ms', r.durationMs), formatBytes(r.bodyBytes)];
  if (r.retries) facts.push(r.retries === 1 ? l10n.t('1 retry') : l10n.t('{0} retries', r.retries));
  head.push(...comment(facts.join(' · ')));
  if (r.requestId) head.push(...comment(`request-id: ${r.requestId}`));
  if (r.error) {
    head.push('//');
    // The status line is already the first line: do not repeat it before Graph's message.
    const message = r.error.message.replace(new RegExp(`^${r.status}(\\s+${escapeRegExp(r.statusText)})?:\\s*`), '');
    head.push(...wrapped(r.error.code ? l10n.t('Error {0}: {1}', r.error.code, redactSecrets(message)) : l10n.t('Error: {0}', redactSecrets(message))));
    if (r.error.hint) head.push(...wrapped(l10n.t('Hint: {0}', redactSecrets(r.error.hint))));
  }
  head.push('//', `// ${l10n.t('Headers:')}`);
  for (const [name, value] of Object.entries(r.headers).sort(([a], [b]) => a.localeCompare(b))) {
    head.push(...comment(`  ${name}: ${redactSecrets(value)}`));
  }
  if (r.bodyFile) {
    head.push('//');
    head.push(...comment(l10n.t('The body ({0}) was saved to {1}', formatBytes(r.bodyBytes), r.bodyFile)));
    if (r.bodyPreview !== undefined) head.push(...comment(l10n.t('Below: its beginning, as received. Use "Open full body" to see all of it.')));
    else head.push(...comment(l10n.t('It is not text, so it is not shown here. Use "Save Response Body…" to keep it.')));
  }
  const bodyText = r.body ?? r.bodyPreview ?? '';
  const { text, isJson } = r.body !== undefined ? prettyBody(bodyText) : { text: bodyText, isJson: false };
  const language = isJson || (r.bodyFile !== undefined && /^\s*[[{]/.test(bodyText)) || bodyText.trim() === '' ? 'jsonc' : 'plaintext';
  return { text: `${head.join('\n')}\n${text}${text.endsWith('\n') || text === '' ? '' : '\n'}`, language };
}

/** The `@odata.nextLink` of a JSON collection page, if any. */
export function findNextLink(body: string | undefined): string | undefined {
  if (!body) return undefined;
  try {
    const parsed = JSON.parse(body) as { '@odata.nextLink'?: unknown };
    return typeof parsed?.['@odata.nextLink'] === 'string' ? parsed['@odata.nextLink'] : undefined;
  } catch {
    return undefined;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
