import type { RequestResult } from '../../core/http/variables';
import { sanitizeHeaders } from '../history/historyEntry';

/**
 * Results of `# @name x` requests sent in this session, the source of `{{x.response.body.$.id}}`.
 * In memory only (REST Client does the same); request headers are kept without credentials.
 */
export class RequestVariableStore {
  private readonly results = new Map<string, RequestResult>();

  set(name: string, result: RequestResult): void {
    this.results.set(name, { ...result, request: { ...result.request, headers: sanitizeHeaders(result.request.headers) } });
  }

  snapshot(): Record<string, RequestResult> {
    return Object.fromEntries(this.results);
  }
}
