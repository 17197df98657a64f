import { vscode } from '../api';
import { CancelRequestCommand } from '../commands/cancelRequest';
import { CopyDeviceCodeCommand } from '../commands/copyDeviceCode';
import { ClearHistoryCommand } from '../commands/clearHistory';
import type { CommandManager } from '../commands/commandManager';
import { CopyRequestAsCommand } from '../commands/copyRequestAs';
import { CopyResponseAsCurlCommand } from '../commands/copyResponseAsCurl';
import { LoadNextPageCommand } from '../commands/loadNextPage';
import { PollOperationCommand } from '../commands/pollOperation';
import { OpenExampleCommand } from '../commands/openExample';
import { ResendLastRequestCommand } from '../commands/resendLastRequest';
import { SaveResponseBodyCommand } from '../commands/saveResponseBody';
import { SelectEnvironmentCommand } from '../commands/selectEnvironment';
import { SendRequestCommand } from '../commands/sendRequest';
import { ShowHistoryCommand } from '../commands/showHistory';
import { SignInCommand } from '../commands/signIn';
import { SignOutCommand } from '../commands/signOut';
import { SwitchAccountCommand } from '../commands/switchAccount';
import { UseSandboxCommand } from '../commands/useSandbox';
import { HistoryStore } from '../history/historyStore';
import { RESPONSE_SCHEME, ResponseStore } from '../response/responseStore';
import { ResponseView } from '../response/responseView';
import type { SessionServices } from '../session/createServices';
import { CurlCopier } from './curlCopier';
import { HostConsent } from './hostConsent';
import { InFlightRequests } from './inFlight';
import { RequestExporter } from './requestExporter';
import { RequestRunner } from './requestRunner';
import { RequestVariableStore } from '../../core/send/requestVariableStore';
import { SendCodeLensProvider } from './sendCodeLens';
import { isAppOnlyAccount } from '../../core/auth/signInMethods';
import { COMMAND } from '../../core/commands';

/** Sending from `.http` files, the response view, history, and the sign-in commands. */
export function registerSendSupport(context: vscode.ExtensionContext, services: SessionServices, commands: CommandManager): vscode.Disposable {
  const store = new ResponseStore();
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
    signInWithPermission: async permission => { await vscode.commands.executeCommand(COMMAND.signIn, { permissions: [permission] }); },
    isAppOnly: async () => isAppOnlyAccount(await services.accounts.current()),
    redact: text => services.aadSecrets.redact(text),
  });
  const curl = new CurlCopier(request => services.accounts.tokenFor(request), services.prompts, text => services.aadSecrets.redact(text));
  const exporter = new RequestExporter(async () => (await services.accounts.environment()).cloud.graphHost);

  commands.register(new SendRequestCommand(runner, variables, services.prompts, services.accounts, services.aadSecrets));
  commands.register(new CancelRequestCommand(inFlight));
  commands.register(new ResendLastRequestCommand(runner, store));
  commands.register(new CopyRequestAsCommand(COMMAND.copyRequestAsCurl, request => curl.copy(request), variables));
  commands.register(new CopyRequestAsCommand(COMMAND.copyRequestAsPowerShell, request => exporter.copy(request, 'powershell'), variables));
  commands.register(new CopyRequestAsCommand(COMMAND.copyRequestAsAzureCli, request => exporter.copy(request, 'azureCli'), variables));
  commands.register(new CopyResponseAsCurlCommand(curl, store));
  commands.register(new SaveResponseBodyCommand(store));
  commands.register(new LoadNextPageCommand(runner, store));
  commands.register(new PollOperationCommand(runner, store));
  commands.register(new ShowHistoryCommand(history, runner));
  commands.register(new ClearHistoryCommand(history));
  commands.register(new SignInCommand(services.accounts));
  commands.register(new CopyDeviceCodeCommand());
  commands.register(new SignOutCommand(services.accounts));
  commands.register(new SwitchAccountCommand(services.accounts));
  commands.register(new UseSandboxCommand());
  commands.register(new SelectEnvironmentCommand());
  commands.register(new OpenExampleCommand(context.extensionUri));

  return vscode.Disposable.from(
    store, responses, inFlight,
    vscode.workspace.registerTextDocumentContentProvider(RESPONSE_SCHEME, store),
    vscode.languages.registerCodeLensProvider({ language: 'http' }, new SendCodeLensProvider()),
  );
}
