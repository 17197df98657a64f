import type { RequestResult } from '../http/variables';
import { sanitizeHeaders } from '../history/historyEntry';

/**
 * Results of `# @name x` requests sent in this session, the source of `{{x.response.body.$.id}}`, kept per
 * document: a file (say, one a cloned repository brought) cannot read the responses another file received.
 * In memory only (REST Client does the same); request headers are kept without credentials.
 */
export class RequestVariableStore {
  private readonly results = new Map<string, Map<string, RequestResult>>();

  set(document: string, name: string, result: RequestResult): void {
    let named = this.results.get(document);
    if (!named) this.results.set(document, named = new Map());
    named.set(name, { ...result, request: { ...result.request, headers: sanitizeHeaders(result.request.headers) } });
  }

  snapshot(document: string): Record<string, RequestResult> {
    return Object.fromEntries(this.results.get(document) ?? []);
  }
}
