import { vscode } from '../../api';
import type { Command } from '../commandManager';
import { parseHttpFile } from '../../../core/http/parser';
import { runPublishSequence, type PublishOutcome } from '../../../core/tenant/publishAppRun';
import { defaultExternalUrl, publishAppText, validateAppDisplayName, validateAppUrl } from '../../../core/tenant/publishAppText';
import { graphUrls } from '../../../core/tenant/graphUrls';
import type { TenantNode } from '../../../core/tenant/nodes';
import type { TreeCommandDeps } from '../../tree/tenantTree';
import { stringArg, targetOf } from '../../../core/tenant/commandArgs';
import { COMMAND } from '../../../core/commands';

type Action = 'send' | 'open';
interface ActionPick extends vscode.QuickPickItem { action: Action }

/**
 * "Publish an app through this group": asks for the display name, internal and external URL, then either sends the
 * App Proxy tutorial's requests for this group now (instantiate the Custom template, set its URIs, publish it, assign
 * it to the group) or opens them as an untitled `.http` document to send top to bottom: the user's choice. Argument:
 * the group item, or `{groupId, groupName?, displayName, internalUrl, externalUrl, action?}` (no input boxes; no
 * action: open). Returns the text it opened, or the outcome of the send.
 */
export class PublishAppThroughGroupCommand implements Command {
  readonly id = COMMAND.publishAppThroughGroup;
  constructor(private readonly deps: TreeCommandDeps) {}

  async execute(arg?: unknown): Promise<string | PublishOutcome | undefined> {
    const { node, id: groupId } = await targetOf(this.deps.provider, arg, 'connectorGroup', 'groupId');
    if (!groupId) throw new Error(vscode.l10n.t('Publish an app: select a connector group.'));
    const groupName = node?.label ?? stringArg(arg, 'groupName') ?? groupId;
    const title = vscode.l10n.t('Publish an app through "{0}"', groupName);
    const ask = (given: string | undefined, prompt: string, value: string, validate: (v: string) => string | undefined, step: number): Thenable<string | undefined> | string =>
      given ?? vscode.window.showInputBox({ title: `${title} (${step}/4)`, prompt, value, ignoreFocusOut: true, validateInput: validate });
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
    const given = fromArg('action');
    // From a tree item the user chooses; a script that names no action gets the document, as before.
    const action: Action | undefined = given === 'send' || given === 'open' ? given : node ? await this.chooseAction(title, parseHttpFile(content).requests.length) : 'open';
    if (!action) return undefined;
    if (action === 'open') return this.open(content);
    return this.send(content, groupId, node, displayName.trim(), groupName);
  }

  private async chooseAction(title: string, requests: number): Promise<Action | undefined> {
    const picks: ActionPick[] = [
      { action: 'send', label: `$(play) ${vscode.l10n.t('Send the requests now')}`, detail: vscode.l10n.t('{0} requests to the signed-in tenant, in order; stops at the first that fails', requests) },
      { action: 'open', label: `$(go-to-file) ${vscode.l10n.t('Open them in a .http file')}`, detail: vscode.l10n.t('Review and send them one by one') },
    ];
    const pick = await vscode.window.showQuickPick(picks, { title: `${title} (4/4)`, placeHolder: vscode.l10n.t('Send the requests now, or open them first?'), ignoreFocusOut: true });
    return pick?.action;
  }

  private async open(content: string): Promise<string> {
    const doc = await vscode.workspace.openTextDocument({ language: 'http', content });
    await vscode.window.showTextDocument(doc);
    return content;
  }

  private async send(content: string, groupId: string, node: TenantNode | undefined, displayName: string, groupName: string): Promise<PublishOutcome> {
    const outcome = await vscode.window.withProgress({
      location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Publishing "{0}" through "{1}"', displayName, groupName), cancellable: true,
    }, async (progress, token) => {
      const controller = new AbortController();
      const onCancel = token.onCancellationRequested(() => controller.abort());
      try {
        return await runPublishSequence(content, this.deps.send, {
          signal: controller.signal,
          onStep: s => progress.report({ message: `${s.index}/${s.total} ${s.title}`, increment: s.index === 1 ? 0 : 100 / s.total }),
        });
      } finally { onCancel.dispose(); }
    });
    // Whatever was created (even before a failure) shows: the group's applications load again.
    if (outcome.ok || outcome.sent > 0) await this.deps.mutated({ method: 'PUT', url: graphUrls.connectorGroupApplications(groupId), status: 204 }, ...(node ? [node] : []));
    if (outcome.ok) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Published "{0}" through "{1}": it is under the group\'s Applications in the Tenant view.', displayName, groupName));
      return outcome;
    }
    const openRequests = vscode.l10n.t('Open the Requests');
    const message = outcome.cancelled
      ? vscode.l10n.t('Publishing "{0}" was cancelled before step {1} of {2} ({3}); {4} steps were sent.', displayName, outcome.step.index, outcome.step.total, outcome.step.title, outcome.sent)
      : vscode.l10n.t('Publishing "{0}" stopped at step {1} of {2} ({3}): {4}. Nothing after it was sent; {5} steps before it succeeded.', displayName, outcome.step.index, outcome.step.total, outcome.step.title, outcome.message.replace(/\.+$/, ''), outcome.sent);
    const created = outcome.applicationId ? ` ${vscode.l10n.t('The app was created (object id {0}).', outcome.applicationId)}` : '';
    void Promise.resolve(vscode.window.showErrorMessage(message + created, openRequests)).then(a => (a === openRequests ? this.open(content) : undefined));
    return outcome;
  }
}
