import * as vscode from 'vscode';
import { getHover } from '../../core/intelligence';
import { toRange } from './convert';

export class GraphHoverProvider implements vscode.HoverProvider {
  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const hover = getHover(document.getText(), document.offsetAt(position));
    return hover && new vscode.Hover(new vscode.MarkdownString(hover.markdown), toRange(document, hover.span));
  }
}
