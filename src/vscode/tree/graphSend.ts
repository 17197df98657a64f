import { readFile } from 'node:fs/promises';
import type { ExtensionServices } from '../services';
import { removeBodyFile } from '../../core/response/bodyFiles';
import type { GraphSend } from '../../core/tenant/tenantAnswers';

/**
 * The tree's view of services.graph: the sender keeps large bodies in a file (bodyFile); a page of
 * thousands of groups can be one, so read it back rather than treat it as empty, then delete it: the tree
 * keeps the items, not the file.
 */
export function graphSendFrom(services: ExtensionServices): GraphSend {
  return async (request) => {
    const r = await services.graph.send(request);
    // Headers too: a 202 names its operation in Location (schema registration).
    if (!r.bodyFile) return { status: r.status, body: r.body, headers: r.headers };
    try {
      return { status: r.status, body: await readFile(r.bodyFile, 'utf8'), headers: r.headers };
    } finally {
      await removeBodyFile(r.bodyFile);
    }
  };
}
