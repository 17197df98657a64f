import { vscode } from '../api';
import type { GraphCompletion } from '../../core/intelligence';
import type { IntelligenceLoader } from '../../core/intelligence/loader';
import { toRange } from './convert';

const KINDS: Record<GraphCompletion['kind'], vscode.CompletionItemKind> = {
  property: vscode.CompletionItemKind.Property,
  value: vscode.CompletionItemKind.EnumMember,
  method: vscode.CompletionItemKind.Keyword,
  path: vscode.CompletionItemKind.Folder,
  snippet: vscode.CompletionItemKind.Snippet,
};

export class GraphCompletionProvider implements vscode.CompletionItemProvider {
  // Not ' ': a space trigger opened (word-based) suggestions after every space of a header or URL.
  static readonly triggerCharacters = ['"', '/', ':'];

  constructor(private readonly intelligence: IntelligenceLoader) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
    const { getCompletions } = await this.intelligence.load();
    return getCompletions(document.getText(), document.offsetAt(position)).map(c => {
      const item = new vscode.CompletionItem(c.label, KINDS[c.kind]);
      item.insertText = c.isSnippet ? new vscode.SnippetString(c.insertText) : c.insertText;
      item.detail = c.detail;
      if (c.documentation) item.documentation = new vscode.MarkdownString(c.documentation);
      item.sortText = c.sortText;
      if (c.replaceSpan) item.range = toRange(document, c.replaceSpan);
      if (c.filterText) item.filterText = c.filterText;
      if (c.tags?.includes('deprecated')) item.tags = [vscode.CompletionItemTag.Deprecated];
      return item;
    });
  }
}
