import { vscode } from '../api';
import type { IntelligenceLoader } from '../../core/intelligence/loader';
import { BodyFileDiagnostics, bodyFilePatterns } from './bodyFileDiagnostics';
import { HttpDiagnostics } from './diagnostics';
import { ReferencedBodyFiles } from './referencedBodyFiles';

/**
 * The diagnostics of `.http` files, of the body files they reference and of the body files the manifest's
 * jsonValidation patterns name. Each checks the documents open when it is made, then follows their events; made
 * once such a document is open (registerLanguageSupport.ts), from the features part.
 */
export function createDiagnostics(context: vscode.ExtensionContext, intelligence: IntelligenceLoader, isEnabled: () => boolean): { diagnostics: HttpDiagnostics; disposable: vscode.Disposable } {
  const bodyFileDiagnostics = new BodyFileDiagnostics(bodyFilePatterns(context.extension.packageJSON), intelligence, isEnabled);
  const referenced = new ReferencedBodyFiles(uri => bodyFileDiagnostics.schemaKeyFor({ uri }) !== undefined);
  const diagnostics = new HttpDiagnostics(() => intelligence.validator(), isEnabled, referenced);
  return { diagnostics, disposable: vscode.Disposable.from(diagnostics, referenced, bodyFileDiagnostics) };
}
