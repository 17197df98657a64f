import { vscode } from '../api';
import type { ResponseStore } from '../response/responseStore';
import type { CurlCopier } from '../send/curlCopier';
import type { Command } from './commandManager';
import { COMMAND } from '../../core/commands';

export class CopyResponseAsCurlCommand implements Command {
  readonly id = COMMAND.copyResponseAsCurl;

  constructor(private readonly curl: CurlCopier, private readonly responses: ResponseStore) {}

  async execute(uri?: unknown): Promise<string> {
    const record = this.responses.pick(uri);
    if (!record) throw new Error(vscode.l10n.t('No response to copy: send a request first.'));
    return this.curl.copy({ ...record.request, url: record.result.url });
  }
}
