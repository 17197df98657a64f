import { vscode } from '../../api';
import type { Command } from '../commandManager';
import { graphUrls } from '../../../core/tenant/graphUrls';
import { connectorGroupRegions, isRegion, validateConnectorGroupName } from '../../../core/tenant/regions';
import { createConnectorGroup } from '../../../core/tenant/tenantActions';
import type { TreeCommandDeps } from '../../tree/tenantTree';
import { stringArg } from '../../../core/tenant/commandArgs';
import { COMMAND } from '../../../core/commands';

/** Asks for a name and a region (skipped when `{name, region}` is passed, as tests and scripts do), then POSTs. */
export class CreateConnectorGroupCommand implements Command {
  readonly id = COMMAND.createConnectorGroup;
  constructor(private readonly deps: TreeCommandDeps) {}

  async execute(arg?: unknown): Promise<Record<string, unknown> | undefined> {
    const name = stringArg(arg, 'name') ?? await vscode.window.showInputBox({
      title: vscode.l10n.t('Create connector group'), prompt: vscode.l10n.t('Name of the new Application Proxy connector group'),
      ignoreFocusOut: true, validateInput: validateConnectorGroupName,
    });
    if (name === undefined) return undefined;
    const invalid = validateConnectorGroupName(name);
    if (invalid) throw new Error(invalid);

    const region = arg && typeof arg === 'object' && 'region' in arg ? stringArg(arg, 'region') : await this.pickRegion();
    if (region === null) return undefined;
    if (region !== undefined && !isRegion(region)) throw new Error(vscode.l10n.t('Unknown region "{0}": use one of {1}.', region, connectorGroupRegions().map(r => r.value).join(', ')));

    const created = await createConnectorGroup(this.deps.send, { name: name.trim(), region });
    await this.deps.mutated({ method: 'POST', url: graphUrls.connectorGroups(), status: 201 }, 'connectorGroups');
    vscode.window.setStatusBarMessage(vscode.l10n.t('Created connector group "{0}"', name.trim()), 4000);
    return created;
  }

  /** undefined: no region (Graph's default); null: the user cancelled. */
  private async pickRegion(): Promise<string | undefined | null> {
    const items = [
      ...connectorGroupRegions().map(r => ({ label: r.meaning, description: r.value, region: r.value as string | undefined })),
      { label: vscode.l10n.t('No region'), description: vscode.l10n.t('leave it unset'), region: undefined },
    ];
    const pick = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Create connector group: region'), placeHolder: vscode.l10n.t('Where the connectors of this group run (the region can be changed only while the group is empty)'),
      ignoreFocusOut: true,
    });
    return pick ? pick.region : null;
  }
}
