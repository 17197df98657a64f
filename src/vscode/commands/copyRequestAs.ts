import { vscode } from '../api';
import { prepareRequest } from '../send/prepareRequest';
import { requestLocation } from '../send/requestLocation';
import type { RequestVariableStore } from '../../core/send/requestVariableStore';
import type { GraphCallRequest } from '../services';
import type { Command } from './commandManager';

/**
 * "Copy as cURL / PowerShell / Azure CLI": the request under the cursor (or named by a CodeLens's arguments),
 * variables resolved as for a send, handed to the format's copier. One class; each format is a registration.
 */
export class CopyRequestAsCommand implements Command {
  constructor(
    readonly id: string,
    private readonly copy: (request: GraphCallRequest) => Promise<string>,
    private readonly variables: RequestVariableStore,
  ) {}

  async execute(uri?: unknown, index?: unknown): Promise<string> {
    const { document, position } = await requestLocation(uri, index, vscode.l10n.t('copy it'));
    return this.copy((await prepareRequest(document, position, this.variables, undefined, 'copy')).request);
  }
}
