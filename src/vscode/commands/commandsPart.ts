/**
 * The command objects, one file each, made when the first command of their group runs: this file is in a part of its
 * own with featuresPart.ts (scripts/bundle.mjs, EXTENSION_PARTS: features.js), loaded then rather than at activation.
 * registerCommands.ts names the ids.
 */
import type { vscode } from '../api';
import type { Command } from './commandManager';
import { CancelRequestCommand } from './cancelRequest';
import { CopyDeviceCodeCommand } from './copyDeviceCode';
import { ClearHistoryCommand } from './clearHistory';
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
import type { SessionServices } from '../session/createServices';
import type { TreeCommandDeps } from '../tree/tenantTree';
import type { ItemJsonDocuments } from '../tree/itemJsonDocuments';
import type { SendSupport } from '../send/sendSupport';
import { COMMAND } from '../../core/commands';

/** The commands on requests and responses: send, cancel, resend, copy as, save, next page, poll, history. */
export function sendCommands(services: SessionServices, send: SendSupport): Command[] {
  const { runner, store, inFlight, history, variables, curl, exporter } = send;
  return [
    new SendRequestCommand(runner, variables, services.prompts, services.accounts, services.aadSecrets),
    new CancelRequestCommand(inFlight),
    new ResendLastRequestCommand(runner, store),
    new CopyRequestAsCommand(COMMAND.copyRequestAsCurl, request => curl.copy(request), variables),
    new CopyRequestAsCommand(COMMAND.copyRequestAsPowerShell, request => exporter.copy(request, 'powershell'), variables),
    new CopyRequestAsCommand(COMMAND.copyRequestAsAzureCli, request => exporter.copy(request, 'azureCli'), variables),
    new CopyResponseAsCurlCommand(curl, store),
    new SaveResponseBodyCommand(store),
    new LoadNextPageCommand(runner, store),
    new PollOperationCommand(runner, store),
    new ShowHistoryCommand(history, runner),
    new ClearHistoryCommand(history),
  ];
}

/** The commands on the session: sign in and out, accounts, the environment, the sandbox, the examples. */
export function sessionCommands(services: SessionServices, context: vscode.ExtensionContext): Command[] {
  return [
    new SignInCommand(services.accounts),
    new CopyDeviceCodeCommand(),
    new SignOutCommand(services.accounts),
    new SwitchAccountCommand(services.accounts),
    new UseSandboxCommand(),
    new SelectEnvironmentCommand(),
    new OpenExampleCommand(context.extensionUri),
  ];
}

/** The Tenant view's commands: refresh, paging, connector groups and connectors, applications, external connections. */
export function treeCommands(deps: TreeCommandDeps, documents: ItemJsonDocuments): Command[] {
  return [
    new RefreshTreeCommand(deps),
    new LoadMoreCommand(deps),
    new CreateConnectorGroupCommand(deps),
    new RenameConnectorGroupCommand(deps),
    new DeleteConnectorGroupCommand(deps),
    new AddConnectorToGroupCommand(deps),
    new MoveConnectorToGroupCommand(deps),
    new CopyIdCommand(deps),
    new OpenItemJsonCommand(deps, documents),
    new InsertRequestCommand(deps),
    new AddExternalGroupByIdCommand(deps),
    new PublishAppThroughGroupCommand(deps),
    new AssignAppToConnectorGroupCommand(deps),
    new OpenApplicationRequestCommand(deps),
    new RegisterSchemaFromFileCommand(deps),
    new PollConnectionOperationCommand(deps),
    new PutItemFromFileCommand(deps),
  ];
}
