import { vscode } from '../api';
import { checkOwnSignIn, editorAadTokenSupply } from '../send/aadSignIn';
import type { KnownSecrets } from '../../core/send/knownSecrets';
import { aadTargetAllowed } from '../../core/send/aadTokens';
import { prepareRequest, type PreparedRequest } from '../send/prepareRequest';
import { requestLocation } from '../send/requestLocation';
import { askInEditor } from '../send/requestSettings';
import type { RequestRunner } from '../send/requestRunner';
import type { RequestVariableStore } from '../../core/send/requestVariableStore';
import type { Prompts } from '../prompts';
import type { AccountControl } from '../session/accounts';
import type { Command } from './commandManager';
import { COMMAND } from '../../core/commands';

/** Sends the request under the cursor, or the one a CodeLens names by (document uri, request index). */
export class SendRequestCommand implements Command {
  readonly id = COMMAND.sendRequest;

  constructor(
    private readonly runner: RequestRunner,
    private readonly variables: RequestVariableStore,
    private readonly prompts: Prompts,
    private readonly accounts: Pick<AccountControl, 'environment' | 'current' | 'aadTokenSource'>,
    /** The session's `{{$aadToken}}` tokens, each allowed only at its audience. */
    private readonly aadSecrets: KnownSecrets,
  ) {}

  async execute(uri?: unknown, index?: unknown): Promise<void> {
    const { document, position } = await requestLocation(uri, index, vscode.l10n.t('send it'));
    const prompted = await askInEditor(document, position, this.prompts); // # @note and # @prompt, as REST Client asks
    if (!prompted) {
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Not sent.'), 4000);
      return;
    }
    const prepare = async (forceRefresh: boolean) => this.markTokensForAnotherHost(await prepareRequest(document, position, this.variables, prompted, 'send', editorAadTokenSupply({ accounts: this.accounts, secrets: this.aadSecrets }, forceRefresh)));
    const prepared = await prepare(false);
    const expressions = prepared.aadTokens;
    await checkOwnSignIn(prepared.ownSignIn, prepared.request.url, this.accounts);
    // A cached token its audience answers 401 to is got afresh once (unless each one already said `new`).
    const fresh = expressions.length && !expressions.every(e => /^\$aad(?:V2)?Token\s+new\b/.test(e)) ? async () => (await prepare(true)).request : undefined;
    await this.runner.run(prepared.request, prepared.named, fresh);
  }

  /**
   * Tokens of their own (scopes:, new, appOnly, aud:, or in a URL/body) were held to where the request goes, got
   * from the sign-in and put in by the build step. A token for another API is the user's sign-in going to a host that
   * is not Graph: asked once per host, like $processEnv.
   */
  private async markTokensForAnotherHost(prepared: PreparedRequest): Promise<PreparedRequest> {
    if (!prepared.aadTokens.length) return prepared;
    const env = await this.accounts.environment();
    if (!aadTargetAllowed(env.cloud.graphHost, prepared.request.url, env.cloud.graphHost, env.graphEndpoint)) {
      prepared.request.valuesFrom = [...new Set([...(prepared.request.valuesFrom ?? []), 'aadToken' as const])];
    }
    return prepared;
  }
}
