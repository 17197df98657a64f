import * as path from 'node:path';
import { vscode } from '../api';
import type { GraphDiagnostic } from '../../core/intelligence';
import type { BodyFileContext } from '../../core/intelligence/bodySource';
import { bodyFileReference } from '../../core/http/bodyLines';
import { readBodyFileText } from '../../core/http/bodyFileReader';
import { LineIndex, type Span } from '../../core/text/lineIndex';
import { toVscodeDiagnostic } from './convert';

/** One validation of one `.http` document: the reader the core calls, and what it found in each body file. */
export interface BodyFilePass {
  bodyFiles: Pick<BodyFileContext, 'readBodyFile' | 'onBodyFileProblems'>;
  /** The request's pointer ("./body.json has 2 problems …"), with a link to the first problem in that file. */
  relate(document: vscode.TextDocument, finding: GraphDiagnostic, diagnostic: vscode.Diagnostic): void;
  /** Publishes what this pass found in the body files (and drops what an earlier pass of this document found). */
  finish(): void;
}

/**
 * `< ./body.json` checked as the request's body: the problems are shown in body.json (open or not, so they are in
 * the Problems panel too), and the request's `<` line points at them. A body file that is open is read as the
 * editor holds it, so an edit there re-checks the requests that use it. Files matching the manifest's
 * jsonValidation patterns already get the schema from VS Code and Graph's other rules from BodyFileDiagnostics:
 * they are checked for the pointer, but not shown a second time.
 */
export class ReferencedBodyFiles implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('graphConnectorGroups.referencedBodyFiles');
  /** http document -> body file (fsPath) -> its diagnostics from that document's requests. */
  private readonly byDocument = new Map<string, Map<string, vscode.Diagnostic[]>>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri[]>();
  /** Fires with the `.http` documents to validate again when a body file they use is edited. */
  readonly onDidChangeBodyFile = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly shownElsewhere: (uri: vscode.Uri) => boolean) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument(e => this.bodyChanged(e.document.uri)),
      vscode.workspace.onDidSaveTextDocument(d => this.bodyChanged(d.uri)),
      vscode.workspace.onDidCloseTextDocument(d => { if (this.byDocument.delete(d.uri.toString())) this.publish(); }),
    );
  }

  /** Undefined for documents that are not files (untitled): there is no folder to read a body file from. */
  begin(document: vscode.TextDocument): BodyFilePass | undefined {
    if (document.uri.scheme !== 'file') return undefined;
    const dir = path.dirname(document.uri.fsPath);
    const workspace = vscode.workspace.getWorkspaceFolder(document.uri)?.uri.fsPath ?? dir;
    const found = new Map<string, vscode.Diagnostic[]>();
    const firstProblem = new Map<string, vscode.Location>();
    const resolved = new Map<string, string>();
    let lastWritten = '';
    const bodyFiles: BodyFilePass['bodyFiles'] = {
      readBodyFile: written => {
        // Read as the send reads it (inside the folders, also when the editor holds the file: a symlink out is
        // refused), but checked as the editor holds it when it is open.
        const read = readBodyFileText(written, { dir, workspace }, 'it does not exist next to the .http file or in the workspace.',
          file => vscode.workspace.textDocuments.find(d => d.uri.scheme === 'file' && d.uri.fsPath === file)?.getText());
        if ('path' in read) { resolved.set(written, read.path); lastWritten = written; }
        return read;
      },
      onBodyFileProblems: (file, text, problems) => {
        const uri = vscode.Uri.file(file);
        const index = new LineIndex(text);
        const range = (span: Span) => { const s = index.positionAt(span.start), e = index.positionAt(span.end); return new vscode.Range(s.line, s.character, e.line, e.character); };
        const serious = problems.find(p => p.severity !== 'info');
        if (serious) firstProblem.set(file, new vscode.Location(uri, range(serious.span)));
        const list = found.get(file) ?? [];
        found.set(file, list);
        if (this.shownElsewhere(uri)) return;
        const from = new vscode.Location(document.uri, referenceLine(document, lastWritten));
        for (const p of problems) {
          const d = toVscodeDiagnostic(range(p.span), p);
          d.relatedInformation = [new vscode.DiagnosticRelatedInformation(from, vscode.l10n.t('the body of a request in {0}', path.basename(document.uri.fsPath)))];
          if (!list.some(x => x.message === d.message && x.range.isEqual(d.range))) list.push(d);
        }
      },
    };
    return {
      bodyFiles,
      relate: (doc, finding, diagnostic) => {
        if (finding.code !== 'graph.body.fileProblems') return;
        const written = bodyFileReference(doc.getText().slice(finding.span.start, finding.span.end))?.path;
        const file = written ? resolved.get(written) : undefined;
        const first = file ? firstProblem.get(file) : undefined;
        // A pointer: the errors themselves are in the body file (and in the Problems panel under it).
        diagnostic.severity = vscode.DiagnosticSeverity.Warning;
        if (first) diagnostic.relatedInformation = [new vscode.DiagnosticRelatedInformation(first, vscode.l10n.t('the first problem in {0}', path.basename(first.uri.fsPath)))];
      },
      finish: () => {
        this.byDocument.set(document.uri.toString(), found);
        this.publish();
      },
    };
  }

  private bodyChanged(uri: vscode.Uri): void {
    if (uri.scheme !== 'file') return;
    const users = [...this.byDocument.entries()].filter(([, files]) => files.has(uri.fsPath)).map(([doc]) => vscode.Uri.parse(doc));
    if (users.length) this.changed.fire(users);
  }

  private publish(): void {
    const merged = new Map<string, vscode.Diagnostic[]>();
    for (const files of this.byDocument.values()) {
      for (const [file, list] of files) {
        const all = merged.get(file) ?? [];
        for (const d of list) if (!all.some(x => x.message === d.message && x.range.isEqual(d.range))) all.push(d);
        merged.set(file, all);
      }
    }
    this.collection.clear();
    for (const [file, list] of merged) this.collection.set(vscode.Uri.file(file), list);
  }

  dispose(): void {
    this.collection.dispose();
    this.changed.dispose();
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

/** The `< ./file` line of the request that names `written` (its first such line), for the link back from the body file. */
function referenceLine(document: vscode.TextDocument, written: string): vscode.Range {
  for (let line = 0; line < document.lineCount; line++) {
    const text = document.lineAt(line);
    if (/^\s*<@?\w*\s/.test(text.text) && bodyFileReference(text.text)?.path === written) return text.range;
  }
  return new vscode.Range(0, 0, 0, 0);
}
