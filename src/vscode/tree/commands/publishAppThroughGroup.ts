import { vscode } from '../../api';
import type { Command } from '../../commands/commandManager';
import { defaultExternalUrl, publishAppText, validateAppDisplayName, validateAppUrl } from '../../../core/tenant/publishAppText';
import { stringArg, targetOf, type TreeCommandDeps } from './treeCommandDeps';

/**
 * "Publish an app through this group": asks for the display name, internal and external URL, then opens the App Proxy
 * tutorial's requests for this group (instantiate the Custom template, set its URIs, publish it, assign it to the
 * group) as an untitled `.http` document to send top to bottom. Argument: the group item, or
 * `{groupId, groupName?, displayName, internalUrl, externalUrl}` (no input boxes). Returns the text it opened.
 */
export class PublishAppThroughGroupCommand implements Command {
  readonly id = 'graphConnectorGroups.publishAppThroughGroup';
  constructor(private readonly deps: TreeCommandDeps) {}

  async execute(arg?: unknown): Promise<string | undefined> {
    const { node, id: groupId } = await targetOf(this.deps.provider, arg, 'connectorGroup', 'groupId');
    if (!groupId) throw new Error(vscode.l10n.t('Publish an app: select a connector group.'));
    const groupName = node?.label ?? stringArg(arg, 'groupName') ?? groupId;
    const title = vscode.l10n.t('Publish an app through "{0}"', groupName);
    const ask = (given: string | undefined, prompt: string, value: string, validate: (v: string) => string | undefined, step: number): Thenable<string | undefined> | string =>
      given ?? vscode.window.showInputBox({ title: `${title} (${step}/3)`, prompt, value, ignoreFocusOut: true, validateInput: validate });
    const fromArg = (name: string): string | undefined => (node ? undefined : stringArg(arg, name));

    const displayName = await ask(fromArg('displayName'), vscode.l10n.t('Display name of the app'), vscode.l10n.t('My on-premises app'), validateAppDisplayName, 1);
    if (displayName === undefined) return undefined;
    const internalUrl = await ask(fromArg('internalUrl'), vscode.l10n.t('Internal URL (what the connectors reach)'), 'https://app.contoso.local/', v => validateAppUrl(v, 'internal'), 2);
    if (internalUrl === undefined) return undefined;
    const externalUrl = await ask(fromArg('externalUrl'), vscode.l10n.t('External URL (what users open: your msappproxy.net domain or a verified custom domain)'),
      defaultExternalUrl(displayName), v => validateAppUrl(v, 'external'), 3);
    if (externalUrl === undefined) return undefined;
    const invalid = validateAppDisplayName(displayName) ?? validateAppUrl(internalUrl, 'internal') ?? validateAppUrl(externalUrl, 'external');
    if (invalid) throw new Error(invalid);

    const content = publishAppText({ groupId, groupName, displayName, internalUrl, externalUrl });
    const doc = await vscode.workspace.openTextDocument({ language: 'http', content });
    await vscode.window.showTextDocument(doc);
    return content;
  }
}
