import { vscode } from './vscode/api';
import { CommandManager } from './vscode/commands/commandManager';
import { useTranslator } from './core/text/l10n';
import { redactingChannel, reportCommandError } from './vscode/reportError';
import { registerLanguageSupport } from './vscode/language/registerLanguageSupport';
import { createServices } from './vscode/session/createServices';
import { createTestApi, type ExtensionTestApi } from './vscode/session/testApi';
import { registerSendCommands, registerSessionCommands, registerTreeCommands } from './vscode/commands/registerCommands';
import { registerFeatures } from './vscode/parts/features';

/** Wires features together; every registration lands on context.subscriptions. No business rules here. */
export function activate(context: vscode.ExtensionContext): ExtensionTestApi {
  // The texts core builds for the editor (tree items, response layout, diagnostics) localize through this (core/text/l10n.ts).
  useTranslator(vscode.l10n.t.bind(vscode.l10n));
  const channel = vscode.window.createOutputChannel('Graph Connector Groups', { log: true });
  // Every feature logs through this: no line reaches the channel unredacted.
  const log = redactingChannel(channel);
  const commands = new CommandManager((id, error) => void reportCommandError(log, id, error));
  context.subscriptions.push(channel, commands);

  const services = createServices(context, log);
  // Sending and the Tenant view: registered now, made on first use.
  const features = registerFeatures(context, services);
  registerSendCommands(commands, services, features.features);
  registerSessionCommands(commands, services, context);
  registerTreeCommands(commands, features.features);
  context.subscriptions.push(registerLanguageSupport(context, services), features.disposable);
  return createTestApi(context, services);
}

export function deactivate(): void {
  // Everything registered is on context.subscriptions and disposed by VS Code.
}
