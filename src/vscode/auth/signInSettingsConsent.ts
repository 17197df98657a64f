import { vscode } from '../api';
import { describeOverrides, workspaceOverrides } from '../../core/settings/workspaceOverrides';
import type { Prompts } from '../prompts';
import type { ActiveEnvironment } from '../../core/auth/activeEnvironment';
import { SETTINGS_SECTION } from '../../core/settings/section';

const KEY = 'graphConnectorGroups.confirmedSignInSettings';

/**
 * Before signing in to a real cloud with a client id, tenant, cloud or provider that the workspace sets
 * differently from the user, ask once (a modal listing them); the confirmed values are remembered in
 * workspaceState, so a later change asks again. The sandbox is local and holds nothing real: no question.
 */
export class SignInSettingsConsent {
  constructor(private readonly state: vscode.Memento, private readonly prompts: Prompts) {}

  /** Throws when the user does not confirm; nothing has been sent then. */
  async confirm(env: ActiveEnvironment): Promise<void> {
    if (env.kind !== 'cloud') return;
    const c = vscode.workspace.getConfiguration(SETTINGS_SECTION);
    const overrides = workspaceOverrides(key => c.inspect(key));
    if (overrides.length === 0) return;
    const fingerprint = JSON.stringify(overrides.map(o => [o.key, o.workspace]));
    if (this.state.get<string>(KEY) === fingerprint) return;
    const use = vscode.l10n.t('Sign in with these settings');
    const answer = await this.prompts.ask({
      modal: true, actions: [use],
      message: vscode.l10n.t('This workspace changes how you sign in. Sign in with its settings?'),
      detail: `${describeOverrides(overrides)}\n\n${vscode.l10n.t('A repository\'s .vscode/settings.json can point sign-in at another app or tenant. Sign in only if you trust this workspace\'s values.')}`,
    });
    if (answer !== use) throw new Error(vscode.l10n.t('Not signed in: this workspace\'s sign-in settings were not confirmed. Remove them from .vscode/settings.json, or sign in again and confirm.'));
    await this.state.update(KEY, fingerprint);
  }
}
