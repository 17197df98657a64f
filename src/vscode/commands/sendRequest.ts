import { vscode } from '../api';
import { checkOwnSignIn } from '../send/aadSignIn';
import { prepareRequest } from '../send/prepareRequest';
import { requestLocation } from '../send/requestLocation';
import { askBeforeSend } from '../send/requestSettings';
import type { RequestRunner } from '../send/requestRunner';
import type { RequestVariableStore } from '../../core/send/requestVariableStore';
import type { Prompts } from '../prompts';
import type { AccountControl } from '../session/accountControl';
import type { Command } from './commandManager';

/** Sends the request under the cursor, or the one a CodeLens names by (document uri, request index). */
export class SendRequestCommand implements Command {
  readonly id = 'graphConnectorGroups.sendRequest';

  constructor(
    private readonly runner: RequestRunner,
    private readonly variables: RequestVariableStore,
    private readonly prompts: Prompts,
    private readonly accounts: Pick<AccountControl, 'environment' | 'current'>,
  ) {}

  async execute(uri?: unknown, index?: unknown): Promise<void> {
    const { document, position } = await requestLocation(uri, index, vscode.l10n.t('send it'));
    const prompted = await askBeforeSend(document, position, this.prompts); // # @note and # @prompt, as REST Client asks
    if (!prompted) {
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Not sent.'), 4000);
      return;
    }
    const prepared = prepareRequest(document, position, this.variables, prompted);
    await checkOwnSignIn(prepared.ownSignIn, prepared.request.url, this.accounts);
    await this.runner.run(prepared.request, prepared.named);
  }
}
