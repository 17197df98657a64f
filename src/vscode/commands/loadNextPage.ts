import { vscode } from '../api';
import { nextPageRequest } from '../../core/send/nextPage';
import type { ResponseStore } from '../response/responseStore';
import type { RequestRunner } from '../send/requestRunner';
import type { Command } from './commandManager';
import { COMMAND } from '../../core/commands';

/** Follows `@odata.nextLink`; the core decides which headers go with it (none that carry credentials to another origin). */
export class LoadNextPageCommand implements Command {
  readonly id = COMMAND.loadNextPage;

  constructor(private readonly runner: RequestRunner, private readonly responses: ResponseStore) {}

  async execute(uri?: unknown): Promise<void> {
    const record = this.responses.pick(uri);
    if (!record?.nextLink) throw new Error(vscode.l10n.t('This response has no @odata.nextLink: it is the last page.'));
    const next = nextPageRequest({ url: record.result.url, headers: record.request.headers ?? {} }, record.nextLink);
    // Headers kept for the next page may hold values from the machine or the user's settings: the host question still applies.
    await this.runner.run(record.request.valuesFrom ? { ...next, valuesFrom: record.request.valuesFrom } : next);
  }
}
