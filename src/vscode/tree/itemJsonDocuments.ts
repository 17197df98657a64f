import { vscode } from '../api';

/**
 * Read-only virtual documents holding an item's JSON: a content provider's documents cannot be edited
 * or saved by accident, and the content is what Graph returned when the item was listed.
 */
export class ItemJsonDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  static readonly scheme = 'graph-connector-groups-item';
  private readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(ItemJsonDocuments.scheme, this);

  /** The uri's path names the item (the editor tab shows it); the query keeps two items of one name apart. */
  async open(name: string, key: string, json: unknown): Promise<vscode.TextDocument> {
    const safe = name.replace(/[\\/:*?"<>|#?%]+/g, '_') || 'item';
    const uri = vscode.Uri.from({ scheme: ItemJsonDocuments.scheme, path: `/${safe}.json`, query: encodeURIComponent(key) });
    this.contents.set(uri.toString(), `${JSON.stringify(json, null, 2)}\n`);
    this.changed.fire(uri);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.languages.setTextDocumentLanguage(doc, 'json');
    await vscode.window.showTextDocument(doc, { preview: true });
    return doc;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '{}\n';
  }

  dispose(): void {
    this.registration.dispose();
    this.changed.dispose();
  }
}
