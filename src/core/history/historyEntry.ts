import { redactSecrets } from '../net/redact';
import { redactCredentialParams, withoutCredentialHeaders } from '../send/credentials';
import { l10n } from '../text/l10n';

/**
 * One remembered request. Pure (no `vscode`): what goes into workspaceState is decided here, so the
 * "no credentials in history" rule is unit-tested rather than hoped for.
 */
export interface HistoryEntry {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  status?: number;
  /** Epoch milliseconds. */
  time: number;
  durationMs?: number;
  /** True when the stored body was cut to HISTORY_BODY_LIMIT. */
  bodyTruncated?: boolean;
  /** REST Client's per-request settings that change how it is sent (`# @no-redirect`, `# @no-cookie-jar`): a resend keeps them. Flags only, never a value. */
  settings?: HistorySettings;
}

export interface HistorySettings { noRedirect?: boolean; noCookieJar?: boolean }

/** Only the known flags, and only when true: nothing else from a request (or a hand-edited state) is kept. */
function historySettings(raw: unknown): HistorySettings | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  const out: HistorySettings = { ...(r.noRedirect === true ? { noRedirect: true } : {}), ...(r.noCookieJar === true ? { noCookieJar: true } : {}) };
  return Object.keys(out).length ? out : undefined;
}

export const HISTORY_LIMIT = 50;
export const HISTORY_BODY_LIMIT = 4096;

/** Headers that carry credentials (the core's one rule) are dropped, not redacted: a resend gets a fresh token anyway. */
export function sanitizeHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(withoutCredentialHeaders(headers))) out[name] = redactSecrets(value);
  return out;
}

export function toHistoryEntry(input: Omit<HistoryEntry, 'bodyTruncated'>): HistoryEntry {
  const entry: HistoryEntry = {
    method: input.method,
    url: redactSecrets(redactCredentialParams(input.url)),
    headers: sanitizeHeaders(input.headers),
    time: input.time,
  };
  if (input.status !== undefined) entry.status = input.status;
  if (input.durationMs !== undefined) entry.durationMs = Math.round(input.durationMs);
  const settings = historySettings(input.settings);
  if (settings) entry.settings = settings;
  if (input.body !== undefined) {
    const body = redactSecrets(input.body);
    entry.body = body.length > HISTORY_BODY_LIMIT ? body.slice(0, HISTORY_BODY_LIMIT) : body;
    if (body.length > HISTORY_BODY_LIMIT) entry.bodyTruncated = true;
  }
  return entry;
}

/** Newest first, at most HISTORY_LIMIT. */
export function addToHistory(entries: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  return [entry, ...entries].slice(0, HISTORY_LIMIT);
}

function isStringRecord(v: unknown): v is Record<string, string> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every(x => typeof x === 'string');
}

/**
 * Reads whatever workspaceState holds. Entries that are not well-formed are skipped one by one:
 * a corrupt entry (an older version, a hand edit) must never break the history or a command.
 */
export function parseHistory(raw: unknown): HistoryEntry[] {
  if (!Array.isArray(raw)) return [];
  const out: HistoryEntry[] = [];
  for (const item of raw) {
    if (typeof item !== 'object' || item === null) continue;
    const e = item as Record<string, unknown>;
    if (typeof e.method !== 'string' || typeof e.url !== 'string' || typeof e.time !== 'number' || !Number.isFinite(e.time)) continue;
    // Re-sanitised on read too, in case an older build stored something it should not have.
    const entry = toHistoryEntry({
      method: e.method,
      url: e.url,
      headers: isStringRecord(e.headers) ? e.headers : {},
      body: typeof e.body === 'string' ? e.body : undefined,
      status: typeof e.status === 'number' ? e.status : undefined,
      time: e.time,
      durationMs: typeof e.durationMs === 'number' ? e.durationMs : undefined,
      settings: historySettings(e.settings),
    });
    // A body cut (or not kept) when stored stays marked, so it is never resent as if whole.
    out.push(e.bodyTruncated === true ? { ...entry, bodyTruncated: true } : entry);
  }
  return out.slice(0, HISTORY_LIMIT);
}

/** Quick pick label/description, e.g. `GET /beta/onPremises...` and `200 · 123 ms · 18:02:11`. */
export function describeHistoryEntry(entry: HistoryEntry): { label: string; description: string } {
  let path = entry.url;
  try { const u = new URL(entry.url); path = u.pathname + u.search; } catch { /* keep as written */ }
  const parts = [entry.status !== undefined ? String(entry.status) : l10n.t('no response')];
  if (entry.durationMs !== undefined) parts.push(l10n.t('{0} ms', entry.durationMs));
  parts.push(new Date(entry.time).toISOString().replace('T', ' ').slice(0, 19));
  return { label: `${entry.method} ${path}`, description: parts.join(' · ') };
}
