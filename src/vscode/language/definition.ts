import { vscode } from '../api';
import type { IntelligenceLoader } from '../../core/intelligence/loader';
import { toRange } from './convert';

/**
 * Go to Definition (F12, Ctrl+click, Peek) from an ACL entry's external group id to the request of the same file
 * that creates that group: the value refers to something defined elsewhere in the file, which is what users reach
 * for with F12 (a document link would read as a URL to open).
 */
export class GraphDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly intelligence: IntelligenceLoader) {}

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.LocationLink[] | undefined> {
    const { getDefinition } = await this.intelligence.load();
    const d = getDefinition(document.getText(), document.offsetAt(position));
    return d && [{
      originSelectionRange: toRange(document, d.originSpan),
      targetUri: document.uri,
      targetRange: toRange(document, d.targetSpan),
      targetSelectionRange: toRange(document, d.targetSelectionSpan),
    }];
  }
}
