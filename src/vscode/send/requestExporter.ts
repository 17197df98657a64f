import { vscode } from '../api';
import { toAzureCli } from '../../core/send/azureCli';
import { toPowerShell } from '../../core/send/powershell';
import type { GraphCallRequest } from '../services';

export type ExportFormat = 'powershell' | 'azureCli';

const FORMATS: Record<ExportFormat, { render: typeof toPowerShell; copied: () => string }> = {
  powershell: { render: toPowerShell, copied: () => vscode.l10n.t('Copied as PowerShell (Invoke-MgGraphRequest). It holds no token: sign in with Connect-MgGraph first.') },
  azureCli: { render: toAzureCli, copied: () => vscode.l10n.t('Copied as Azure CLI (az rest, for bash). It holds no token: sign in with az login first.') },
};

/**
 * Copies a request as a command of a tool that signs in itself, so the command never holds a token and needs
 * no second step (unlike cURL's "with token"). The URL goes to the selected cloud's Graph host.
 */
export class RequestExporter {
  constructor(private readonly cloudGraphHost: () => Promise<string>) {}

  async copy(request: GraphCallRequest, format: ExportFormat): Promise<string> {
    const { render, copied } = FORMATS[format];
    const text = render(request, await this.cloudGraphHost());
    await vscode.env.clipboard.writeText(text);
    void vscode.window.showInformationMessage(copied());
    return text;
  }
}
