import { vscode } from '../api';
import { toCurl } from '../../core/send/curl';
import { describeError } from '../../core/send/describeError';
import type { Prompts } from '../prompts';
import type { GraphCallRequest } from '../services';

/**
 * Copies a request as cURL with the token redacted. Including the real token takes an explicit second step
 * (a button, then a modal warning): a pasted command line ends up in chats and shell histories.
 */
export class CurlCopier {
  constructor(
    private readonly tokenFor: (request: GraphCallRequest) => Promise<{ accessToken: string; url: string } | undefined>,
    private readonly prompts: Prompts,
    /** Replaces the session's `{{$aadToken}}` token values: a copied response's request never carries one. */
    private readonly redact: (text: string) => string = text => text,
  ) {}

  async copy(original: GraphCallRequest): Promise<string> {
    const request = this.redacted(original);
    const headers = { ...request.headers };
    // A placeholder shows where the token goes; a user-written Authorization value is redacted by toCurl too.
    if (!Object.keys(headers).some(k => k.toLowerCase() === 'authorization')) headers.Authorization = 'Bearer <redacted>';
    const text = toCurl({ ...request, headers });
    await vscode.env.clipboard.writeText(text);
    void this.offerToken(request);
    return text;
  }

  private redacted(request: GraphCallRequest): GraphCallRequest {
    return {
      ...request, url: this.redact(request.url),
      headers: Object.fromEntries(Object.entries(request.headers ?? {}).map(([k, v]) => [k, this.redact(v)])),
      ...(typeof request.body === 'string' ? { body: this.redact(request.body) } : {}),
    };
  }

  private async offerToken(request: GraphCallRequest): Promise<void> {
    const withToken = vscode.l10n.t('Copy with token…');
    if (await this.prompts.ask({ modal: false, message: vscode.l10n.t('Copied as cURL (token redacted).'), actions: [withToken] }) !== withToken) return;
    const include = vscode.l10n.t('Include token');
    const confirmed = await this.prompts.ask({
      modal: true, actions: [include],
      message: vscode.l10n.t('Copy the cURL command with your access token?'),
      detail: vscode.l10n.t('Anyone who sees the pasted command can act on your tenant as you until the token expires (up to an hour). Do not paste it into chats, tickets or shell history you share.'),
    });
    if (confirmed !== include) return;
    try {
      const token = await this.tokenFor(request);
      if (!token) {
        void vscode.window.showWarningMessage(vscode.l10n.t('No token is included: this URL is not the Graph endpoint over https, so no token is sent to it.'));
        return;
      }
      // The URL the request really goes to, absolute: `beta/me` or `graph.microsoft.com/beta/me` pasted into a shell would not be https.
      const headers = Object.fromEntries(Object.entries(request.headers ?? {}).filter(([k]) => k.toLowerCase() !== 'authorization'));
      await vscode.env.clipboard.writeText(toCurl({ ...request, url: token.url, headers: { ...headers, Authorization: `Bearer ${token.accessToken}` } }, { includeToken: true }));
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Copied as cURL, with the token.'), 4000);
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not get a token: {0}', describeError(error).message));
    }
  }
}
