import * as vscode from 'vscode';
import type { CommandManager } from '../commands/commandManager';
import type { ExtensionServices } from '../services';

export function registerSendSupport(_context: vscode.ExtensionContext, _services: ExtensionServices, _commands: CommandManager): vscode.Disposable {
  return vscode.Disposable.from();
}
