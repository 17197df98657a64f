import { vscode } from '../api';
import { checkOwnSignIn, editorAadTokens } from '../send/aadSignIn';
import type { KnownSecrets } from '../../core/send/knownSecrets';
import { aadTargetAllowed } from '../../core/send/aadTokens';
import { prepareRequest, type PreparedRequest } from '../send/prepareRequest';
import { requestLocation } from '../send/requestLocation';
import { askBeforeSend } from '../send/requestSettings';
import type { RequestRunner } from '../send/requestRunner';
import type { RequestVariableStore } from '../../core/send/requestVariableStore';
import type { Prompts } from '../prompts';
import type { AccountControl } from '../session/accountControl';
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
    const prompted = await askBeforeSend(document, position, this.prompts); // # @note and # @prompt, as REST Client asks
    if (!prompted) {
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Not sent.'), 4000);
      return;
    }
    const placeholders = prepareRequest(document, position, this.variables, prompted);
    const expressions = placeholders.aadTokens;
    const withTokens = (forceRefresh: boolean) => this.withTokens(placeholders, forceRefresh, e => prepareRequest(document, position, this.variables, prompted, 'send', e));
    const prepared = expressions.length ? await withTokens(false) : placeholders;
    await checkOwnSignIn(prepared.ownSignIn, prepared.request.url, this.accounts);
    // A cached token its audience answers 401 to is got afresh once (unless each one already said `new`).
    const fresh = expressions.length && !expressions.every(e => /^\$aad(?:V2)?Token\s+new\b/.test(e)) ? async () => (await withTokens(true)).request : undefined;
    await this.runner.run(prepared.request, prepared.named, fresh);
  }

  /**
   * Tokens of their own (scopes:, new, appOnly, aud:, or in a URL/body): checked against where the request goes,
   * then got from the sign-in, then put in (`prepare` builds the request again with them).
   */
  private async withTokens(placeholders: PreparedRequest, forceRefresh: boolean, prepare: (token: (expression: string) => string | undefined) => PreparedRequest): Promise<PreparedRequest> {
    const tokens = await editorAadTokens(placeholders.aadTokens, placeholders.request.url, { accounts: this.accounts, secrets: this.aadSecrets }, forceRefresh);
    const prepared = prepare(e => tokens.get(e));
    const { url, headers = {}, body } = prepared.request;
    // A token for another API is the user's sign-in going to a host that is not Graph: asked once per host, like $processEnv.
    const env = await this.accounts.environment();
    if (!aadTargetAllowed(env.cloud.graphHost, url, env.cloud.graphHost, env.graphEndpoint)) {
      prepared.request.valuesFrom = [...new Set([...(prepared.request.valuesFrom ?? []), 'aadToken' as const])];
    }
    tokens.checkTarget([url, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), typeof body === 'string' ? body : body ? Buffer.from(body).toString('latin1') : ''].join('\n'), url);
    return prepared;
  }
}
