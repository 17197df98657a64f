import { readFile } from 'node:fs/promises';
import { removeBodyFile } from '../response/bodyFiles';
import type { GraphSend, TenantRequest } from './tenantAnswers';

/** An answer as the sender gives it: a large body kept in a file (`bodyFile`) rather than in `body`. */
export interface SpilledAnswer {
  status: number;
  body?: string;
  headers: Record<string, string>;
  bodyFile?: string;
}

/**
 * The tree's sender over the editor's: the sender keeps large bodies in a file (bodyFile); a page of thousands of
 * groups can be one, so read it back rather than treat it as empty, then delete it: the tree keeps the items, not the file.
 */
export function treeSend(send: (request: TenantRequest) => Promise<SpilledAnswer>): GraphSend {
  return async (request) => {
    const r = await send(request);
    // Headers too: a 202 names its operation in Location (schema registration).
    if (!r.bodyFile) return { status: r.status, body: r.body, headers: r.headers };
    try {
      return { status: r.status, body: await readFile(r.bodyFile, 'utf8'), headers: r.headers };
    } finally {
      await removeBodyFile(r.bodyFile);
    }
  };
}
