import type { ResponseStore } from '../response/responseStore';
import type { RequestRunner } from '../send/requestRunner';
import type { Command } from './commandManager';

/** Follows `@odata.nextLink` with the same headers (minus any body): Graph's skip tokens are opaque, so the link is used as is. */
export class LoadNextPageCommand implements Command {
  readonly id = 'graphConnectorGroups.loadNextPage';

  constructor(private readonly runner: RequestRunner, private readonly responses: ResponseStore) {}

  async execute(uri?: unknown): Promise<void> {
    const record = this.responses.pick(uri);
    if (!record?.nextLink) throw new Error('This response has no @odata.nextLink: it is the last page.');
    await this.runner.run({ method: 'GET', url: record.nextLink, headers: withoutContentHeaders(record.request.headers ?? {}) });
  }
}

function withoutContentHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([k]) => !/^content-/i.test(k)));
}
