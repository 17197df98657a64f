import type { vscode } from '../api';
import { CancelRequestCommand } from './cancelRequest';
import { CopyDeviceCodeCommand } from './copyDeviceCode';
import { ClearHistoryCommand } from './clearHistory';
import type { CommandManager } from './commandManager';
import { CopyRequestAsCommand } from './copyRequestAs';
import { CopyResponseAsCurlCommand } from './copyResponseAsCurl';
import { LoadNextPageCommand } from './loadNextPage';
import { PollOperationCommand } from './pollOperation';
import { OpenExampleCommand } from './openExample';
import { ResendLastRequestCommand } from './resendLastRequest';
import { SaveResponseBodyCommand } from './saveResponseBody';
import { SelectEnvironmentCommand } from './selectEnvironment';
import { SendRequestCommand } from './sendRequest';
import { ShowHistoryCommand } from './showHistory';
import { SignInCommand } from './signIn';
import { SignOutCommand } from './signOut';
import { SwitchAccountCommand } from './switchAccount';
import { UseSandboxCommand } from './useSandbox';
import type { SessionServices } from '../session/createServices';
import type { SendSupport } from '../send/sendSupport';
import { COMMAND } from '../../core/commands';

/** The commands on requests and responses: send, cancel, resend, copy as, save, next page, poll, history. */
export function registerSendCommands(commands: CommandManager, services: SessionServices, send: SendSupport): void {
  const { runner, store, inFlight, history, variables, curl, exporter } = send;
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
}

/** The commands on the session: sign in and out, accounts, the environment, the sandbox, the examples. */
export function registerSessionCommands(commands: CommandManager, services: SessionServices, context: vscode.ExtensionContext): void {
  commands.register(new SignInCommand(services.accounts));
  commands.register(new CopyDeviceCodeCommand());
  commands.register(new SignOutCommand(services.accounts));
  commands.register(new SwitchAccountCommand(services.accounts));
  commands.register(new UseSandboxCommand());
  commands.register(new SelectEnvironmentCommand());
  commands.register(new OpenExampleCommand(context.extensionUri));
}
