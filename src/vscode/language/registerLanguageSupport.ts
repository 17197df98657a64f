import { vscode } from '../api';
import type { ExtensionServices } from '../services';
import { GraphQuickFixProvider } from './codeActions';
import { BodyFileDiagnostics, bodyFilePatterns } from './bodyFileDiagnostics';
import { GraphCompletionProvider } from './completionProvider';
import { HttpDiagnostics } from './diagnostics';
import { ReferencedBodyFiles } from './referencedBodyFiles';
import { GraphHoverProvider } from './hoverProvider';
import { GraphDefinitionProvider } from './definition';
import { IntelligenceLoader } from '../../core/intelligence/loader';
import { readSettings } from '../session/settings';

const HTTP: vscode.DocumentSelector = { language: 'http' };

/**
 * Validation, completion, hover and quick fixes for .http files, and Graph's rules on body files (the manifest's
 * jsonValidation patterns): thin adapters over src/core/intelligence.
 */
export function registerLanguageSupport(context: vscode.ExtensionContext, _services: ExtensionServices): vscode.Disposable {
  const isEnabled = () => vscode.workspace.getConfiguration('graphConnectorGroups').get<boolean>('validation.enable', true);
  const intelligence = new IntelligenceLoader(() => readSettings().cloud);
  const bodyFileDiagnostics = new BodyFileDiagnostics(bodyFilePatterns(context.extension.packageJSON), intelligence, isEnabled);
  const referenced = new ReferencedBodyFiles(uri => bodyFileDiagnostics.schemaKeyFor({ uri }) !== undefined);
  const diagnostics = new HttpDiagnostics(() => intelligence.validator(), isEnabled, referenced);
  return vscode.Disposable.from(
    diagnostics,
    referenced,
    bodyFileDiagnostics,
    vscode.languages.registerCodeActionsProvider(HTTP, new GraphQuickFixProvider(diagnostics), { providedCodeActionKinds: GraphQuickFixProvider.kinds }),
    vscode.languages.registerCompletionItemProvider(HTTP, new GraphCompletionProvider(intelligence), ...GraphCompletionProvider.triggerCharacters),
    vscode.languages.registerHoverProvider(HTTP, new GraphHoverProvider(intelligence)),
    vscode.languages.registerDefinitionProvider(HTTP, new GraphDefinitionProvider(intelligence)),
  );
}
