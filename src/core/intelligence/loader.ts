import type { GraphValidator } from './index';

type Intelligence = typeof import('./index');

/**
 * Loads the request-intelligence core (and with it vscode-json-languageservice) on first use rather than at
 * activation, so activating the extension stays cheap; every provider awaits the same load.
 */
export class IntelligenceLoader {
  private module?: Promise<Intelligence>;
  private validatorPromise?: Promise<GraphValidator>;
  private validatorCloud?: string;

  /** `cloud()`: the national cloud path-only URLs go to (a resource it lacks gets a warning naming it). */
  constructor(private readonly cloud: () => string | undefined = () => undefined) {}

  load(): Promise<Intelligence> {
    return this.module ??= import('./index');
  }

  /** One validator (with its per-request cache) per selected cloud. */
  validator(): Promise<GraphValidator> {
    const cloud = this.cloud();
    if (!this.validatorPromise || cloud !== this.validatorCloud) {
      this.validatorCloud = cloud;
      this.validatorPromise = this.load().then(m => m.createValidator({ cloud }));
    }
    return this.validatorPromise;
  }
}
