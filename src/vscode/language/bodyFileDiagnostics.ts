import { vscode } from '../api';
import type { GraphDiagnostic } from '../../core/intelligence';
import type { IntelligenceLoader } from '../../core/intelligence/loader';
import { spansIntersect, toRange, toVscodeDiagnostic } from './convert';

const DEBOUNCE_MS = 150;

/** `*.connectorGroup.json` -> `connectorGroup.create`, from the manifest's jsonValidation entries (one source of truth). */
export interface BodyFilePattern { suffix: string; schemaKey: string }

export function bodyFilePatterns(packageJSON: { contributes?: { jsonValidation?: Array<{ fileMatch: string | string[]; url: string }> } }): BodyFilePattern[] {
  const out: BodyFilePattern[] = [];
  for (const entry of packageJSON.contributes?.jsonValidation ?? []) {
    const key = /([^/]+)\.schema\.json$/.exec(entry.url)?.[1];
    if (!key) continue;
    for (const glob of [entry.fileMatch].flat()) if (glob.startsWith('*') && !glob.slice(1).includes('*')) out.push({ suffix: glob.slice(1), schemaKey: key });
  }
  return out.sort((a, b) => b.suffix.length - a.suffix.length);
}

/**
 * Graph's rules on body files that VS Code's JSON support checks only against the schema (read-only properties,
 * placeholders, @odata.id targets), as diagnostics with their quick fixes.
 */
export class BodyFileDiagnostics implements vscode.Disposable, vscode.CodeActionProvider {
  private readonly collection = vscode.languages.createDiagnosticCollection('graphConnectorGroups.bodyFiles');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly findings = new Map<string, { version: number; found: GraphDiagnostic[] }>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly patterns: BodyFilePattern[], private readonly intelligence: IntelligenceLoader, private readonly isEnabled: () => boolean) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument(d => void this.validate(d)),
      vscode.workspace.onDidChangeTextDocument(e => this.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument(d => { this.collection.delete(d.uri); this.findings.delete(d.uri.toString()); }),
      vscode.languages.registerCodeActionsProvider([{ language: 'json' }, { language: 'jsonc' }], this, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
    );
    for (const d of vscode.workspace.textDocuments) void this.validate(d);
  }

  schemaKeyFor(document: Pick<vscode.TextDocument, 'uri'>): string | undefined {
    if (document.uri.scheme !== 'file' && document.uri.scheme !== 'vscode-remote') return undefined;
    const name = document.uri.path.split('/').pop() ?? '';
    return this.patterns.find(p => name.endsWith(p.suffix) && name.length > p.suffix.length)?.schemaKey;
  }

  private schedule(document: vscode.TextDocument): void {
    if (!this.schemaKeyFor(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => { this.timers.delete(key); void this.validate(document); }, DEBOUNCE_MS));
  }

  private async validate(document: vscode.TextDocument): Promise<void> {
    const schemaKey = this.schemaKeyFor(document);
    if (!schemaKey || !this.isEnabled()) return;
    const version = document.version;
    const { validateBodyDocument } = await this.intelligence.load();
    if (document.isClosed || document.version !== version) return;
    const found = validateBodyDocument(document.getText(), schemaKey);
    this.findings.set(document.uri.toString(), { version, found });
    this.collection.set(document.uri, found.map(f => toVscodeDiagnostic(toRange(document, f.span), f)));
  }

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range): vscode.CodeAction[] {
    const entry = this.findings.get(document.uri.toString());
    if (!entry || entry.version !== document.version) return [];
    const wanted = { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
    return entry.found.filter(f => f.fixes?.length && spansIntersect(f.span, wanted)).flatMap(f => f.fixes!.map(fix => {
      const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
      action.edit = new vscode.WorkspaceEdit();
      for (const e of fix.edits) action.edit.replace(document.uri, toRange(document, e.span), e.newText);
      action.isPreferred = fix.isPreferred;
      return action;
    }));
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.collection.dispose();
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}
