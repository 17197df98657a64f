import { vscode } from '../api';
import type { CurlCopier } from '../send/curlCopier';
import { prepareRequest } from '../send/prepareRequest';
import { requestLocation } from '../send/requestLocation';
import type { RequestVariableStore } from '../send/requestVariables';
import type { Command } from './commandManager';

export class CopyRequestAsCurlCommand implements Command {
  readonly id = 'graphConnectorGroups.copyRequestAsCurl';

  constructor(private readonly curl: CurlCopier, private readonly variables: RequestVariableStore) {}

  async execute(uri?: unknown, index?: unknown): Promise<string> {
    const { document, position } = await requestLocation(uri, index, vscode.l10n.t('copy it'));
    return this.curl.copy(prepareRequest(document, position, this.variables, undefined, 'copy').request);
  }
}
