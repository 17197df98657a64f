import { vscode } from '../api';
import type { GraphDiagnostic, GraphValidator } from '../../core/intelligence';
import { toRange, toVscodeDiagnostic } from './convert';
import type { ReferencedBodyFiles } from './referencedBodyFiles';

const DEBOUNCE_MS = 150;

/**
 * Publishes the core validator's findings as Diagnostics for `http` documents, debounced while typing.
 * The validator caches per request, so re-validating a document after an edit only re-checks the edited request.
 */
export class HttpDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('graphConnectorGroups');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly loadValidator: () => Promise<GraphValidator>, private readonly isEnabled: () => boolean, private readonly bodyFiles?: ReferencedBodyFiles) {
    if (bodyFiles) this.subscriptions.push(bodyFiles.onDidChangeBodyFile(uris => {
      for (const d of vscode.workspace.textDocuments) if (uris.some(u => u.toString() === d.uri.toString())) this.schedule(d);
    }));
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument(d => this.validateNow(d)),
      vscode.workspace.onDidChangeTextDocument(e => this.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument(d => { this.cancel(d); this.collection.delete(d.uri); }),
      vscode.workspace.onDidChangeConfiguration(e => {
        if (e.affectsConfiguration('graphConnectorGroups.validation') || e.affectsConfiguration('graphConnectorGroups.cloud')) this.validateAll();
      }),
    );
    this.validateAll();
  }

  validateAll(): void {
    for (const document of vscode.workspace.textDocuments) this.validateNow(document);
  }

  /** The current findings for a document, with their quick fixes (used by the code action provider). */
  async findingsFor(document: vscode.TextDocument): Promise<GraphDiagnostic[]> {
    if (document.languageId !== 'http' || !this.isEnabled()) return [];
    const validator = await this.loadValidator();
    return validator.validate(document.getText());
  }

  private schedule(document: vscode.TextDocument): void {
    if (document.languageId !== 'http') return;
    this.cancel(document);
    this.timers.set(document.uri.toString(), setTimeout(() => this.validateNow(document), DEBOUNCE_MS));
  }

  private cancel(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const timer = this.timers.get(key);
    if (timer) { clearTimeout(timer); this.timers.delete(key); }
  }

  private validateNow(document: vscode.TextDocument): void {
    if (document.languageId !== 'http') return;
    this.timers.delete(document.uri.toString());
    const version = document.version;
    void this.validateWithBodyFiles(document).then(result => {
      // A newer edit has its own validation scheduled; a closed document must not get diagnostics back.
      if (!result || document.isClosed || document.version !== version) return;
      const { findings, pass } = result;
      this.collection.set(document.uri, findings.map(f => {
        const d = toDiagnostic(document, f);
        pass?.relate(document, f, d);
        return d;
      }));
      pass?.finish();
    });
  }

  /** As findingsFor, and a `< ./body.json` checked as its request's body (its problems shown in that file). */
  private async validateWithBodyFiles(document: vscode.TextDocument): Promise<{ findings: GraphDiagnostic[]; pass?: ReturnType<ReferencedBodyFiles['begin']> } | undefined> {
    if (!this.isEnabled()) return { findings: [], pass: this.bodyFiles?.begin(document) };
    const validator = await this.loadValidator();
    const pass = this.bodyFiles?.begin(document);
    return { findings: validator.validate(document.getText(), pass ? { bodyFiles: pass.bodyFiles } : undefined), pass };
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.collection.dispose();
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

function toDiagnostic(document: vscode.TextDocument, finding: GraphDiagnostic): vscode.Diagnostic {
  return toVscodeDiagnostic(toRange(document, finding.span), finding);
}
