import { vscode } from '../api';
import type { ExtensionServices } from '../services';
import { GraphQuickFixProvider } from './codeActions';
import { GraphCompletionProvider } from './completionProvider';
import { GraphHoverProvider } from './hoverProvider';
import { GraphDefinitionProvider } from './definition';
import { IntelligenceLoader } from '../../core/intelligence/loader';
import { onFirstUse } from '../../core/onFirstUse';
import { readSettings } from '../session/settings';

const HTTP: vscode.DocumentSelector = { language: 'http' };
/** The languages of the documents the diagnostics check: `.http` files and JSON body files. */
const CHECKED_LANGUAGES = new Set(['http', 'json', 'jsonc']);

/**
 * Validation, completion, hover and quick fixes for .http files, and Graph's rules on body files (the manifest's
 * jsonValidation patterns): thin adapters over src/core/intelligence. The diagnostics (createDiagnostics.ts, in the
 * features part) are made once a document they check is open, at once when an .http file activated the extension.
 */
export function registerLanguageSupport(context: vscode.ExtensionContext, _services: ExtensionServices): vscode.Disposable {
  const isEnabled = () => vscode.workspace.getConfiguration('graphConnectorGroups').get<boolean>('validation.enable', true);
  const intelligence = new IntelligenceLoader(() => readSettings().cloud);
  const diagnostics = onFirstUse(async () => {
    const made = (await import('../featuresPart')).createDiagnostics(context, intelligence, isEnabled);
    context.subscriptions.push(made.disposable);
    return made.diagnostics;
  });
  const checkIfChecked = (document: vscode.TextDocument) => {
    if (CHECKED_LANGUAGES.has(document.languageId)) void diagnostics();
  };
  vscode.workspace.textDocuments.forEach(checkIfChecked);
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument(checkIfChecked),
    vscode.languages.registerCodeActionsProvider(HTTP, new GraphQuickFixProvider({ findingsFor: async document => (await diagnostics()).findingsFor(document) }), { providedCodeActionKinds: GraphQuickFixProvider.kinds }),
    vscode.languages.registerCompletionItemProvider(HTTP, new GraphCompletionProvider(intelligence), ...GraphCompletionProvider.triggerCharacters),
    vscode.languages.registerHoverProvider(HTTP, new GraphHoverProvider(intelligence)),
    vscode.languages.registerDefinitionProvider(HTTP, new GraphDefinitionProvider(intelligence)),
  );
}
