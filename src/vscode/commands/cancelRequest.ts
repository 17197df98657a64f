import { vscode } from '../api';
import type { InFlightRequests } from '../send/inFlight';
import type { Command } from './commandManager';
import { COMMAND } from '../../core/commands';

export class CancelRequestCommand implements Command {
  readonly id = COMMAND.cancelRequest;

  constructor(private readonly inFlight: InFlightRequests) {}

  execute(): void {
    if (this.inFlight.cancelAll() === 0) void vscode.window.setStatusBarMessage(vscode.l10n.t('No request is in flight.'), 3000);
  }
}
