import { vscode } from '../api';
import type { GraphDiagnostic, GraphValidator } from '../../core/intelligence';
import { toRange, toSeverity } from './convert';

const DEBOUNCE_MS = 150;
export const DIAGNOSTIC_SOURCE = 'Graph Connector Groups';

/**
 * Publishes the core validator's findings as Diagnostics for `http` documents, debounced while typing.
 * The validator caches per request, so re-validating a document after an edit only re-checks the edited request.
 */
export class HttpDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('graphConnectorGroups');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly loadValidator: () => Promise<GraphValidator>, private readonly isEnabled: () => boolean) {
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
    void this.findingsFor(document).then(findings => {
      // A newer edit has its own validation scheduled; a closed document must not get diagnostics back.
      if (document.isClosed || document.version !== version) return;
      this.collection.set(document.uri, findings.map(f => toDiagnostic(document, f)));
    });
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.collection.dispose();
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

function toDiagnostic(document: vscode.TextDocument, finding: GraphDiagnostic): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(document, finding.span), finding.message, toSeverity(finding.severity));
  d.source = DIAGNOSTIC_SOURCE;
  d.code = finding.code;
  return d;
}
