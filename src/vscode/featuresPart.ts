/**
 * What the registrations made at activation (parts/features.ts, session/createServices.ts, registerLanguageSupport.ts)
 * do on first use: the diagnostics, sending and its CodeLenses, the Tenant view's data, sign-in (MSAL, the accounts,
 * the transport, the Graph client), and the describer a failed command's message is phrased by. A part of its own
 * with the command objects (scripts/bundle.mjs, EXTENSION_PARTS), loaded on first use, not at activation.
 */
import { vscode } from './api';
import type { SessionServices } from './session/createServices';
import type { ResponseStore } from './response/responseStore';
import type { ItemJsonDocuments } from './tree/itemJsonDocuments';
import { createSendSupport, type SendSupport } from './send/sendSupport';
import { createTenantTree, type TreeCommandDeps } from './tree/tenantTree';

export { SendCodeLensProvider } from './send/sendCodeLens';
export { createDiagnostics } from './language/createDiagnostics';
export { createSignIn } from './session/createSignIn';
export { describeErrorText } from '../core/send/describeError';

/** Sending from `.http` files and the Tenant view's data, as the commands and the view's registration use them. */
export interface Features {
  send: SendSupport;
  tree: TreeCommandDeps;
  documents: ItemJsonDocuments;
}

/** The documents' providers are registered at activation, so the store and the item documents come in made. */
export function createFeatures(context: vscode.ExtensionContext, services: SessionServices, store: ResponseStore, documents: ItemJsonDocuments): Features & { disposable: vscode.Disposable } {
  // The tree first: it hears every tenant mutation a send makes.
  const tree = createTenantTree(context, services);
  const send = createSendSupport(context, services, store);
  return { send: send.support, tree: tree.deps, documents, disposable: vscode.Disposable.from(tree.disposable, send.disposable) };
}
