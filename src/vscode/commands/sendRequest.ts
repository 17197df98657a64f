import { vscode } from '../api';
import { prepareRequest } from '../send/prepareRequest';
import { requestLocation } from '../send/requestLocation';
import { askBeforeSend } from '../send/requestSettings';
import type { RequestRunner } from '../send/requestRunner';
import type { RequestVariableStore } from '../send/requestVariables';
import type { Command } from './commandManager';

/** Sends the request under the cursor, or the one a CodeLens names by (document uri, request index). */
export class SendRequestCommand implements Command {
  readonly id = 'graphConnectorGroups.sendRequest';

  constructor(private readonly runner: RequestRunner, private readonly variables: RequestVariableStore) {}

  async execute(uri?: unknown, index?: unknown): Promise<void> {
    const { document, position } = await requestLocation(uri, index, vscode.l10n.t('send it'));
    const prompted = await askBeforeSend(document, position); // # @note and # @prompt, as REST Client asks
    if (!prompted) return;
    const prepared = prepareRequest(document, position, this.variables, prompted);
    await this.runner.run(prepared.request, prepared.named);
  }
}
