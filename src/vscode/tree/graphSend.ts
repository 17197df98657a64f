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
    if (!r.bodyFile) return { status: r.status, body: r.body };
    try {
      return { status: r.status, body: await readFile(r.bodyFile, 'utf8') };
    } finally {
      await removeBodyFile(r.bodyFile);
    }
  };
}
