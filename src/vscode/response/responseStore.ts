import { vscode } from '../api';
import type { GraphCallRequest, GraphCallResult } from '../services';
import { removeBodyFile, removeBodyFileSync } from '../../core/response/bodyFiles';

export const RESPONSE_SCHEME = 'graph-response';

/** One response shown in the editor, with the (credential-free) request that produced it. */
export interface ResponseRecord {
  uri: vscode.Uri;
  request: GraphCallRequest;
  result: GraphCallResult;
  nextLink?: string;
  /** A 202 Accepted's `Location` (an async operation, e.g. schema registration): "Poll This Operation" GETs it. */
  operationLocation?: string;
  text: string;
}

const KEEP = 30;

/**
 * Read-only virtual documents under `graph-response:`. Holds the last few responses in memory (the
 * documents are views, not files, so nothing is written to disk and nothing survives a reload).
 */
export class ResponseStore implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly records = new Map<string, ResponseRecord>();
  private counter = 0;
  private lastShown: ResponseRecord | undefined;
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.records.get(uri.toString())?.text ?? '// This response is no longer available: send the request again.\n';
  }

  add(record: Omit<ResponseRecord, 'uri'>, language: 'jsonc' | 'plaintext'): ResponseRecord {
    const n = ++this.counter;
    const name = lastSegment(record.request.url);
    const ext = language === 'jsonc' ? 'jsonc' : 'txt';
    const uri = vscode.Uri.from({ scheme: RESPONSE_SCHEME, path: `/${record.request.method} ${name} - ${record.result.status} (${n}).${ext}` });
    const full: ResponseRecord = { ...record, uri };
    this.records.set(uri.toString(), full);
    this.lastShown = full;
    for (const key of [...this.records.keys()].slice(0, Math.max(0, this.records.size - KEEP))) this.evict(key);
    return full;
  }

  get(uri: vscode.Uri | undefined): ResponseRecord | undefined {
    return uri?.scheme === RESPONSE_SCHEME ? this.records.get(uri.toString()) : undefined;
  }

  /** The response a title-bar action means: the one it was invoked on, else the active editor's, else the last shown. */
  pick(uri?: unknown): ResponseRecord | undefined {
    const fromArg = uri instanceof vscode.Uri ? this.get(uri) : undefined;
    return fromArg ?? this.get(vscode.window.activeTextEditor?.document.uri) ?? this.lastShown;
  }

  last(): ResponseRecord | undefined {
    return this.lastShown;
  }

  /** A large or binary body lives in a temp file the core created for us; it goes with its record. */
  private evict(key: string): void {
    const file = this.records.get(key)?.result.bodyFile;
    this.records.delete(key);
    if (file) void removeBodyFile(file);
  }

  /** On deactivation: every body file goes, synchronously (the host does not wait for promises then). */
  dispose(): void {
    for (const record of this.records.values()) if (record.result.bodyFile) removeBodyFileSync(record.result.bodyFile);
    this.records.clear();
    this.changed.dispose();
  }
}

function lastSegment(url: string): string {
  let p = url;
  try { p = new URL(url).pathname; } catch { /* path-only URL */ }
  const seg = p.split('?')[0].split('/').filter(Boolean).pop() ?? 'response';
  return safeDecode(seg).replace(/[^\w.$@-]+/g, '_').slice(0, 40);
}

/** A server or a .http file may send `%zz`: the title then shows the segment as written instead of throwing. */
function safeDecode(segment: string): string {
  try { return decodeURIComponent(segment); } catch { return segment; }
}
