import { vscode } from '../api';
import type { IntelligenceLoader } from '../../core/intelligence/loader';
import { toRange } from './convert';

export class GraphHoverProvider implements vscode.HoverProvider {
  constructor(private readonly intelligence: IntelligenceLoader) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const { getHover } = await this.intelligence.load();
    const hover = getHover(document.getText(), document.offsetAt(position));
    return hover && new vscode.Hover(new vscode.MarkdownString(hover.markdown), toRange(document, hover.span));
  }
}
