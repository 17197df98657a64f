import { vscode } from '../../api';
import type { Command } from '../commandManager';
import { requestText } from '../../../core/tenant/requestText';
import type { TreeCommandDeps } from '../../tree/tenantTree';
import { nodeOf } from '../../../core/tenant/commandArgs';
import { COMMAND } from '../../../core/commands';

/**
 * "Open in a Request" on an application: an untitled `.http` document with GET /beta/applications/{id} whose `$select`
 * names onPremisesPublishing and the app's main properties, ready to send. Returns the text it opened.
 */
export class OpenApplicationRequestCommand implements Command {
  readonly id = COMMAND.openApplicationRequest;
  constructor(private readonly deps: TreeCommandDeps) {}

  async execute(arg?: unknown): Promise<string> {
    const node = await nodeOf(this.deps.provider, arg);
    if (node?.kind !== 'application') throw new Error(vscode.l10n.t('Open in a request: select an application.'));
    const content = requestText(node, 'get');
    const doc = await vscode.workspace.openTextDocument({ language: 'http', content });
    await vscode.window.showTextDocument(doc);
    return content;
  }
}
