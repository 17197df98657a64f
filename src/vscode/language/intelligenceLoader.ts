import type { GraphValidator } from '../../core/intelligence';

type Intelligence = typeof import('../../core/intelligence');

/**
 * Loads the request-intelligence core (and with it vscode-json-languageservice) on first use rather than at
 * activation, so activating the extension stays cheap; every provider awaits the same load.
 */
export class IntelligenceLoader {
  private module?: Promise<Intelligence>;
  private validatorPromise?: Promise<GraphValidator>;

  load(): Promise<Intelligence> {
    return this.module ??= import('../../core/intelligence');
  }

  validator(): Promise<GraphValidator> {
    return this.validatorPromise ??= this.load().then(m => m.createValidator());
  }
}
