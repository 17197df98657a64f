import type * as vscode from 'vscode';
import { describeValueSources, foreignHost } from '../../core/http/valueSources';
import type { Prompts } from '../prompts';
import type { GraphCallRequest } from '../services';
import { l10n } from '../../core/text/l10n';

const KEY = 'graphConnectorGroups.hostConsent';

/** The endpoint tokens go to, and the cloud's Graph host that is rewritten to it. */
export type GraphOrigin = () => Promise<{ graphEndpoint: string; cloudGraphHost: string }>;

/**
 * A `.http` file from a cloned repository can name any host and pull in `$processEnv`, `$dotenv` or the
 * user's variable sets. Such a request goes to a host that is not Graph only after a modal that names the
 * host and the sources; the answer is kept per workspace and host (workspaceState), so it is asked once.
 */
export class HostConsent {
  constructor(private readonly state: vscode.Memento, private readonly prompts: Prompts, private readonly graphOrigin: GraphOrigin) {}

  /** True to send; false when the user says no (or dismisses the question). */
  async allows(request: GraphCallRequest): Promise<boolean> {
    if (!request.valuesFrom?.length) return true;
    const { graphEndpoint, cloudGraphHost } = await this.graphOrigin();
    const host = foreignHost(request.url, graphEndpoint, cloudGraphHost);
    if (!host) return true;
    const answers = this.state.get<Record<string, boolean>>(KEY) ?? {};
    if (Object.prototype.hasOwnProperty.call(answers, host)) return answers[host] === true;
    const send = l10n.t('Send to {0}', host), never = l10n.t('Don\'t send');
    const answer = await this.prompts.ask({
      modal: true, actions: [send, never],
      message: l10n.t('Send values from {0} to {1}?', describeValueSources(request.valuesFrom), host),
      detail: l10n.t('This request goes to {0}, which is not Microsoft Graph, and carries values from {1}. A .http file can name any host: send only if you trust it with them. Your answer is remembered for this workspace and host.',
        host, describeValueSources(request.valuesFrom)),
    });
    if (answer === send || answer === never) await this.state.update(KEY, { ...answers, [host]: answer === send });
    return answer === send;
  }
}
