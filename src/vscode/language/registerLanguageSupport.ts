import * as vscode from 'vscode';
import type { ExtensionServices } from '../services';

export function registerLanguageSupport(_context: vscode.ExtensionContext, _services: ExtensionServices): vscode.Disposable {
  return vscode.Disposable.from();
}
