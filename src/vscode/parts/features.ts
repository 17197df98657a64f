import { vscode } from '../api';
import { onFirstUse } from '../../core/onFirstUse';
import { RESPONSE_SCHEME, ResponseStore } from '../response/responseStore';
import { ItemJsonDocuments } from '../tree/itemJsonDocuments';
import type { SessionServices } from '../session/createServices';
import type { Features } from '../featuresPart';
import { LazyTreeDataProvider } from './lazyTreeDataProvider';

const TENANT_VIEW = 'graphConnectorGroups.tenant';

/**
 * Sending's and the Tenant view's registrations, made at activation: the response and item documents' providers, the
 * CodeLenses, the view. What they do (featuresPart.ts, a file of its own) is loaded and made on first use: the first
 * CodeLenses, the view's first children, the first command of theirs.
 */
export function registerFeatures(context: vscode.ExtensionContext, services: SessionServices): { features: () => Promise<Features>; disposable: vscode.Disposable } {
  // Kept from activation: a response or item document restored with the window asks for its content at once.
  const store = new ResponseStore();
  const documents = new ItemJsonDocuments();
  const features = onFirstUse(async () => {
    const made = (await import('../featuresPart')).createFeatures(context, services, store, documents);
    context.subscriptions.push(made.disposable);
    return made;
  });
  const lenses = onFirstUse(async () => new (await import('../featuresPart')).SendCodeLensProvider());
  const tree = new LazyTreeDataProvider(async () => (await features()).tree.provider);
  return {
    features,
    disposable: vscode.Disposable.from(
      store, documents, tree,
      vscode.workspace.registerTextDocumentContentProvider(RESPONSE_SCHEME, store),
      vscode.languages.registerCodeLensProvider({ language: 'http' }, { provideCodeLenses: async document => (await lenses()).provideCodeLenses(document) }),
      vscode.window.createTreeView(TENANT_VIEW, { treeDataProvider: tree, showCollapseAll: true }),
    ),
  };
}
