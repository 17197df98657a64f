import { vscode } from '../api';
import type { RequestExporter } from '../send/requestExporter';
import { prepareRequest } from '../send/prepareRequest';
import { requestLocation } from '../send/requestLocation';
import type { RequestVariableStore } from '../send/requestVariables';
import type { Command } from './commandManager';

export class CopyRequestAsAzureCliCommand implements Command {
  readonly id = 'graphConnectorGroups.copyRequestAsAzureCli';

  constructor(private readonly exporter: RequestExporter, private readonly variables: RequestVariableStore) {}

  async execute(uri?: unknown, index?: unknown): Promise<string> {
    const { document, position } = await requestLocation(uri, index, vscode.l10n.t('copy it'));
    return this.exporter.copy(prepareRequest(document, position, this.variables, undefined, 'copy').request, 'azureCli');
  }
}
