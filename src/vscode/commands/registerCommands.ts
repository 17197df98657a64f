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
import { AddConnectorToGroupCommand } from './tree/addConnectorToGroup';
import { AddExternalGroupByIdCommand } from './tree/addExternalGroupById';
import { AssignAppToConnectorGroupCommand } from './tree/assignAppToConnectorGroup';
import { CopyIdCommand } from './tree/copyId';
import { CreateConnectorGroupCommand } from './tree/createConnectorGroup';
import { DeleteConnectorGroupCommand } from './tree/deleteConnectorGroup';
import { InsertRequestCommand } from './tree/insertRequest';
import { LoadMoreCommand } from './tree/loadMore';
import { MoveConnectorToGroupCommand } from './tree/moveConnectorToGroup';
import { OpenApplicationRequestCommand } from './tree/openApplicationRequest';
import { OpenItemJsonCommand } from './tree/openItemJson';
import { RefreshTreeCommand } from './tree/refreshTree';
import { PublishAppThroughGroupCommand } from './tree/publishAppThroughGroup';
import { PollConnectionOperationCommand } from './tree/pollConnectionOperation';
import { PutItemFromFileCommand } from './tree/putItemFromFile';
import { RegisterSchemaFromFileCommand } from './tree/registerSchemaFromFile';
import { RenameConnectorGroupCommand } from './tree/renameConnectorGroup';
import type { TreeCommandDeps } from '../tree/treeCommandDeps';
import type { ItemJsonDocuments } from '../tree/itemJsonDocuments';
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

/** The Tenant view's commands: refresh, paging, connector groups and connectors, applications, external connections. */
export function registerTreeCommands(commands: CommandManager, deps: TreeCommandDeps, documents: ItemJsonDocuments): void {
  commands.register(new RefreshTreeCommand(deps));
  commands.register(new LoadMoreCommand(deps));
  commands.register(new CreateConnectorGroupCommand(deps));
  commands.register(new RenameConnectorGroupCommand(deps));
  commands.register(new DeleteConnectorGroupCommand(deps));
  commands.register(new AddConnectorToGroupCommand(deps));
  commands.register(new MoveConnectorToGroupCommand(deps));
  commands.register(new CopyIdCommand(deps));
  commands.register(new OpenItemJsonCommand(deps, documents));
  commands.register(new InsertRequestCommand(deps));
  commands.register(new AddExternalGroupByIdCommand(deps));
  commands.register(new PublishAppThroughGroupCommand(deps));
  commands.register(new AssignAppToConnectorGroupCommand(deps));
  commands.register(new OpenApplicationRequestCommand(deps));
  commands.register(new RegisterSchemaFromFileCommand(deps));
  commands.register(new PollConnectionOperationCommand(deps));
  commands.register(new PutItemFromFileCommand(deps));

}
