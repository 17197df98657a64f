import type { vscode } from '../api';
import type { CommandManager } from './commandManager';
import type { SessionServices } from '../session/createServices';
import type { Features } from '../featuresPart';
import { COMMAND } from '../../core/commands';

// Every id is registered at activation; the command objects (commandsPart.ts, a file of its own) are made when the
// first command of their group runs. Each list names the ids its group's factory makes (CommandManager checks).

/** The commands on requests and responses: send, cancel, resend, copy as, save, next page, poll, history. */
export const SEND_COMMANDS = [
  COMMAND.sendRequest, COMMAND.cancelRequest, COMMAND.resendLastRequest, COMMAND.copyRequestAsCurl, COMMAND.copyRequestAsPowerShell,
  COMMAND.copyRequestAsAzureCli, COMMAND.copyResponseAsCurl, COMMAND.saveResponseBody, COMMAND.loadNextPage, COMMAND.pollOperation,
  COMMAND.showHistory, COMMAND.clearHistory,
];

/** The commands on the session: sign in and out, accounts, the environment, the sandbox, the examples. */
export const SESSION_COMMANDS = [
  COMMAND.signIn, COMMAND.copyDeviceCode, COMMAND.signOut, COMMAND.switchAccount, COMMAND.useSandbox, COMMAND.selectEnvironment, COMMAND.openExample,
];

/** The Tenant view's commands: refresh, paging, connector groups and connectors, applications, external connections. */
export const TREE_COMMANDS = [
  COMMAND.refreshTree, COMMAND.loadMore, COMMAND.createConnectorGroup, COMMAND.renameConnectorGroup, COMMAND.deleteConnectorGroup,
  COMMAND.addConnectorToGroup, COMMAND.moveConnectorToGroup, COMMAND.copyId, COMMAND.openItemJson, COMMAND.insertRequest,
  COMMAND.addExternalGroupById, COMMAND.publishAppThroughGroup, COMMAND.assignAppToConnectorGroup, COMMAND.openApplicationRequest,
  COMMAND.registerSchemaFromFile, COMMAND.pollConnectionOperation, COMMAND.putItemFromFile,
];

/** `features`: sending and the Tenant view, made on first use (parts/features.ts), as the command objects are. */
export function registerSendCommands(commands: CommandManager, services: SessionServices, features: () => Promise<Features>): void {
  commands.registerLazy(SEND_COMMANDS, async () => (await import('./commandsPart')).sendCommands(services, (await features()).send));
}

export function registerSessionCommands(commands: CommandManager, services: SessionServices, context: vscode.ExtensionContext): void {
  commands.registerLazy(SESSION_COMMANDS, async () => (await import('./commandsPart')).sessionCommands(services, context));
}

export function registerTreeCommands(commands: CommandManager, features: () => Promise<Features>): void {
  commands.registerLazy(TREE_COMMANDS, async () => {
    const { tree, documents } = await features();
    return (await import('./commandsPart')).treeCommands(tree, documents);
  });
}
