import { vscode } from '../api';
import { CLOUDS } from '../../core/auth/clouds';
import { variableSetNames } from '../../core/settings/variableSets';
import { readSettings, updateSetting } from '../session/settings';
import type { Command } from './commandManager';
import { COMMAND } from '../../core/commands';

type Item = vscode.QuickPickItem & { apply?: () => Promise<void> };

/**
 * Where requests go (the sandbox or a national cloud) and which variable set `.http` files use: the two
 * things people mean by "environment", in one list.
 */
export class SelectEnvironmentCommand implements Command {
  readonly id = COMMAND.selectEnvironment;

  async execute(target?: string): Promise<void> {
    if (typeof target === 'string') return apply(target);
    const s = readSettings();
    const mark = (on: boolean) => (on ? '$(check) ' : '');
    const items: Item[] = [
      { label: vscode.l10n.t('Tenant'), kind: vscode.QuickPickItemKind.Separator },
      { label: `${mark(s.environment === 'sandbox')}${vscode.l10n.t('Sandbox tenant')}`, description: vscode.l10n.t('local emulator, no account needed'), apply: () => apply('sandbox') },
      ...Object.values(CLOUDS).map(c => ({
        label: `${mark(s.environment === 'cloud' && s.cloud === c.id)}${c.label}`, description: new URL(c.graphHost).host, apply: () => apply(c.id),
      })),
    ];
    const sets = variableSetNames(s.environmentVariables);
    if (sets.length) {
      items.push({ label: vscode.l10n.t('Variable set'), kind: vscode.QuickPickItemKind.Separator });
      items.push({ label: `${mark(!s.activeVariableSet)}${vscode.l10n.t('No variable set')}`, description: vscode.l10n.t('$shared only'), apply: () => updateSetting('activeVariableSet', '') });
      for (const name of sets) items.push({ label: `${mark(s.activeVariableSet === name)}${name}`, description: vscode.l10n.t('variables'), apply: () => updateSetting('activeVariableSet', name) });
    }
    const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Select environment') });
    await picked?.apply?.();
  }
}

async function apply(target: string): Promise<void> {
  if (target === 'sandbox') return updateSetting('environment', 'sandbox');
  if (!(target in CLOUDS)) throw new Error(vscode.l10n.t('Unknown environment "{0}": use sandbox, {1}.', target, Object.keys(CLOUDS).join(', ')));
  await updateSetting('cloud', target);
  await updateSetting('environment', 'cloud');
}
