import { vscode } from '../api';
import type { ResponseStore } from '../response/responseStore';
import type { RequestRunner } from '../send/requestRunner';
import type { Command } from './commandManager';
import { COMMAND } from '../../core/commands';

/** From a response's title bar: that response's request; from the palette: the last one sent. */
export class ResendLastRequestCommand implements Command {
  readonly id = COMMAND.resendLastRequest;

  constructor(private readonly runner: RequestRunner, private readonly responses: ResponseStore) {}

  async execute(uri?: unknown): Promise<void> {
    const request = this.responses.pick(uri)?.request ?? this.runner.last();
    if (!request) throw new Error(vscode.l10n.t('Nothing to resend yet: send a request first.'));
    await this.runner.run(request);
  }
}
