import { vscode } from '../api';
import { nextPageRequest } from '../../core/send/nextPage';
import type { ResponseRecord, ResponseStore } from '../response/responseStore';
import type { RequestRunner } from '../send/requestRunner';
import type { Command } from './commandManager';
import { COMMAND } from '../../core/commands';

/** How long "Poll This Operation" keeps asking while the operation is still running (the sandbox takes a second). */
const QUICK_WAIT_MS = 5_000;
const INTERVAL_MS = 1_000;

function operationStatus(record: ResponseRecord | undefined): string | undefined {
  if (record?.result.status !== 200) return undefined;
  try { return (JSON.parse(record.result.body ?? '') as { status?: string }).status; } catch { return undefined; }
}

/**
 * GETs the `Location` of a 202 Accepted (schema registration's operation) through the same send pipeline as every
 * request: the token goes to the Graph origin only and the origin guard asks first. While the operation is still
 * `inprogress` it polls again for a few seconds, so a quick operation ends in its final status.
 */
export class PollOperationCommand implements Command {
  readonly id = COMMAND.pollOperation;

  constructor(private readonly runner: RequestRunner, private readonly responses: ResponseStore, private readonly sleep = (ms: number) => new Promise<void>(r => setTimeout(r, ms))) {}

  async execute(uri?: unknown): Promise<void> {
    const record = this.responses.pick(uri);
    if (!record?.operationLocation) throw new Error(vscode.l10n.t('This response is not a 202 Accepted with a Location header: there is no operation to poll.'));
    // The Location comes from the server: resolved against the answering URL, credential headers only to the same origin.
    const next = nextPageRequest({ url: record.result.url, headers: record.request.headers ?? {} }, record.operationLocation);
    const request = record.request.valuesFrom ? { ...next, valuesFrom: record.request.valuesFrom } : next;
    const deadline = Date.now() + QUICK_WAIT_MS;
    let answer = await this.runner.run(request);
    while (operationStatus(answer) === 'inprogress' && Date.now() + INTERVAL_MS <= deadline) {
      await this.sleep(INTERVAL_MS);
      answer = await this.runner.run(request);
    }
  }
}
