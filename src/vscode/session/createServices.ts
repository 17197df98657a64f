import * as vscode from 'vscode';
import type { ExtensionServices, TenantMutation } from '../services';

// Placeholder until the session/send layer lands: no environment is connected yet.
export function createServices(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): ExtensionServices {
  const mutated = new vscode.EventEmitter<TenantMutation>();
  const changed = new vscode.EventEmitter<any>();
  context.subscriptions.push(mutated, changed);
  return {
    log,
    graph: { send: async () => { throw new Error('Not signed in.'); } },
    session: {
      current: () => ({ environment: 'cloud', cloudLabel: 'Global', graphBaseUrl: 'https://graph.microsoft.com', signedIn: false }),
      onDidChange: changed.event,
    },
    onDidMutateTenant: mutated.event,
    fireTenantMutated: m => mutated.fire(m),
  };
}
