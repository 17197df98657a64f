import { vscode } from '../api';
import { HistoryStore } from '../history/historyStore';
import type { ResponseStore } from '../response/responseStore';
import { ResponseView } from '../response/responseView';
import type { SessionServices } from '../session/createServices';
import { CurlCopier } from './curlCopier';
import { HostConsent } from './hostConsent';
import { InFlightRequests } from './inFlight';
import { RequestExporter } from './requestExporter';
import { RequestRunner } from './requestRunner';
import { RequestVariableStore } from '../../core/send/requestVariableStore';
import { isAppOnlyAccount } from '../../core/auth/signInMethods';
import { COMMAND } from '../../core/commands';

/** What sending from `.http` files consists of: the commands (commands/registerCommands.ts) act on these. */
export interface SendSupport {
  store: ResponseStore;
  runner: RequestRunner;
  inFlight: InFlightRequests;
  history: HistoryStore;
  variables: RequestVariableStore;
  curl: CurlCopier;
  exporter: RequestExporter;
}

/**
 * Sending from `.http` files: the runner, the response view, history. The response documents' store and the CodeLenses
 * are registered at activation (parts/features.ts); this is made on first use.
 */
export function createSendSupport(context: vscode.ExtensionContext, services: SessionServices, store: ResponseStore): { support: SendSupport; disposable: vscode.Disposable } {
  const responses = new ResponseView(store);
  const inFlight = new InFlightRequests();
  const history = new HistoryStore(context.workspaceState);
  const variables = new RequestVariableStore();
  const consent = new HostConsent(context.workspaceState, services.prompts, async () => {
    const env = await services.accounts.environment();
    return { graphEndpoint: env.graphEndpoint, cloudGraphHost: env.cloud.graphHost };
  });
  const runner = new RequestRunner({
    services, inFlight, history, responses, variables, consent,
    // Through the command, so a failed sign-in is reported like any other command failure.
    signInWithPermissions: async permissions => { await vscode.commands.executeCommand(COMMAND.signIn, { permissions }); },
    isAppOnly: async () => isAppOnlyAccount(await services.accounts.current()),
    redact: text => services.aadSecrets.redact(text),
  });
  const curl = new CurlCopier(request => services.accounts.tokenFor(request), services.prompts, text => services.aadSecrets.redact(text));
  const exporter = new RequestExporter(async () => (await services.accounts.environment()).cloud.graphHost);
  return {
    support: { store, runner, inFlight, history, variables, curl, exporter },
    disposable: vscode.Disposable.from(responses, inFlight),
  };
}
