import type { RequestOutcome } from './runRequests';
import { isJsonContentType } from './contentType';
import { redactSecrets } from '../net/redact';
import { describeError } from './describeError';

const SHOWN_HEADERS = ['request-id', 'client-request-id', 'content-type', 'location', 'retry-after', 'odata-version'];

function label(o: RequestOutcome): string {
  return `${o.name ? `${o.name} ` : ''}(line ${o.line})`;
}

function prettyBody(body: string | undefined, contentType: string | undefined): string | undefined {
  if (body === undefined || body === '') return undefined;
  if (isJsonContentType(contentType) || /^\s*[[{]/.test(body)) {
    try { return JSON.stringify(JSON.parse(body), null, 2); } catch { /* show as written */ }
  }
  return body;
}

/** Human output: status line, the headers people look for, pretty JSON. */
export function formatOutcomeText(o: RequestOutcome): string {
  const lines = [`### ${label(o)}`, `${o.method} ${redactSecrets(o.url)}`];
  if (o.kind === 'unresolved') {
    lines.push(`Not sent: unresolved variable${o.unresolved.length > 1 ? 's' : ''} ${o.unresolved.map(u => `{{${u}}}`).join(', ')}.`);
    if (o.error.hint) lines.push(`Hint: ${o.error.hint}`);
  } else if (o.kind === 'failed' || o.kind === 'declined') {
    lines.push(`Not sent: ${o.error.message}`);
    if (o.error.hint) lines.push(`Hint: ${o.error.hint}`);
  } else {
    const r = o.response;
    lines.push(`HTTP ${r.status}${r.statusText ? ` ${r.statusText}` : ''} (${r.durationMs} ms${r.retries ? `, ${r.retries} ${r.retries === 1 ? 'retry' : 'retries'}` : ''})`);
    for (const h of SHOWN_HEADERS) if (r.headers[h] !== undefined) lines.push(`${h}: ${redactSecrets(r.headers[h])}`);
    const hint = r.status >= 400 ? describeError(r).hint : undefined;
    if (hint) lines.push(`Hint: ${hint}`);
    const body = prettyBody(r.body, r.contentType);
    if (r.bodyFile) lines.push('', `(${r.bodyBytes} bytes of ${r.contentType ?? 'unknown type'} saved to ${r.bodyFile})`);
    else if (body !== undefined) lines.push('', body);
  }
  return lines.join('\n') + '\n\n';
}

/** `--json`: one object per request, body parsed when it is JSON. */
export function formatOutcomeJson(o: RequestOutcome): string {
  const base = { name: o.name ?? null, method: o.method, url: redactSecrets(o.url) };
  if (o.kind === 'unresolved') return JSON.stringify({ ...base, error: { message: 'Not sent: unresolved variables.', code: 'unresolvedVariables', unresolved: o.unresolved } }) + '\n';
  if (o.kind === 'failed' || o.kind === 'declined') return JSON.stringify({ ...base, error: o.error }) + '\n';
  const r = o.response;
  let body: unknown = r.body ?? null;
  if (r.body !== undefined && isJsonContentType(r.contentType)) { try { body = JSON.parse(r.body); } catch { /* keep text */ } }
  const headers = Object.fromEntries(Object.entries(r.headers).map(([k, v]) => [k, redactSecrets(v)])); // as the text output does
  return JSON.stringify({ ...base, status: r.status, headers, body, ...(r.bodyFile ? { bodyFile: r.bodyFile } : {}), durationMs: r.durationMs }) + '\n';
}
