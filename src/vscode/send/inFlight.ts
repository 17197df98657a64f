import { vscode } from '../api';

const IN_FLIGHT_KEY = 'graphConnectorGroups.requestInFlight';

/** Requests being sent right now: drives the `requestInFlight` context key and `cancelRequest`. */
export class InFlightRequests implements vscode.Disposable {
  private readonly controllers = new Set<AbortController>();

  start(): AbortController {
    const controller = new AbortController();
    this.controllers.add(controller);
    this.update();
    return controller;
  }

  end(controller: AbortController): void {
    this.controllers.delete(controller);
    this.update();
  }

  /** Cancels every request in flight; returns how many there were. */
  cancelAll(): number {
    const n = this.controllers.size;
    for (const c of this.controllers) c.abort();
    return n;
  }

  get count(): number {
    return this.controllers.size;
  }

  private update(): void {
    void vscode.commands.executeCommand('setContext', IN_FLIGHT_KEY, this.controllers.size > 0);
  }

  dispose(): void {
    this.cancelAll();
    this.controllers.clear();
  }
}
