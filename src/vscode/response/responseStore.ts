import { rm } from 'node:fs/promises';
import { vscode } from '../api';
import type { GraphCallRequest, GraphCallResult } from '../services';

export const RESPONSE_SCHEME = 'graph-response';

/** One response shown in the editor, with the (credential-free) request that produced it. */
export interface ResponseRecord {
  uri: vscode.Uri;
  request: GraphCallRequest;
  result: GraphCallResult;
  nextLink?: string;
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
    if (file) void rm(file, { force: true }).catch(() => undefined);
  }

  dispose(): void {
    for (const key of [...this.records.keys()]) this.evict(key);
    this.changed.dispose();
  }
}

function lastSegment(url: string): string {
  let p = url;
  try { p = new URL(url).pathname; } catch { /* path-only URL */ }
  const seg = p.split('?')[0].split('/').filter(Boolean).pop() ?? 'response';
  return decodeURIComponent(seg).replace(/[^\w.$@-]+/g, '_').slice(0, 40);
}
