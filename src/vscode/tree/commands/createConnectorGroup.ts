import { vscode } from '../../api';
import type { Command } from '../../commands/commandManager';
import { graphUrls } from '../model/graphUrls';
import { CONNECTOR_GROUP_REGIONS, isRegion, validateConnectorGroupName } from '../model/regions';
import { createConnectorGroup } from '../model/tenantActions';
import { stringArg, type TreeCommandDeps } from './treeCommandDeps';

/** Asks for a name and a region (skipped when `{name, region}` is passed, as tests and scripts do), then POSTs. */
export class CreateConnectorGroupCommand implements Command {
  readonly id = 'graphConnectorGroups.createConnectorGroup';
  constructor(private readonly deps: TreeCommandDeps) {}

  async execute(arg?: unknown): Promise<Record<string, unknown> | undefined> {
    const name = stringArg(arg, 'name') ?? await vscode.window.showInputBox({
      title: 'Create connector group', prompt: 'Name of the new Application Proxy connector group',
      ignoreFocusOut: true, validateInput: validateConnectorGroupName,
    });
    if (name === undefined) return undefined;
    const invalid = validateConnectorGroupName(name);
    if (invalid) throw new Error(invalid);

    const region = arg && typeof arg === 'object' && 'region' in arg ? stringArg(arg, 'region') : await this.pickRegion();
    if (region === null) return undefined;
    if (region !== undefined && !isRegion(region)) throw new Error(`Unknown region "${region}": use one of ${CONNECTOR_GROUP_REGIONS.map(r => r.value).join(', ')}.`);

    const created = await createConnectorGroup(this.deps.send, { name: name.trim(), region });
    await this.deps.mutated({ method: 'POST', url: graphUrls.connectorGroups(), status: 201 }, 'connectorGroups');
    vscode.window.setStatusBarMessage(`Created connector group "${name.trim()}"`, 4000);
    return created;
  }

  /** undefined: no region (Graph's default); null: the user cancelled. */
  private async pickRegion(): Promise<string | undefined | null> {
    const items = [
      ...CONNECTOR_GROUP_REGIONS.map(r => ({ label: r.meaning, description: r.value, region: r.value as string | undefined })),
      { label: 'No region', description: 'leave it unset', region: undefined },
    ];
    const pick = await vscode.window.showQuickPick(items, {
      title: 'Create connector group: region', placeHolder: 'Where the connectors of this group run (the region can be changed only while the group is empty)',
      ignoreFocusOut: true,
    });
    return pick ? pick.region : null;
  }
}
