import { readFile } from 'node:fs/promises';
import type { ExtensionServices } from '../services';
import type { GraphSend } from './model/graphResponse';

/**
 * The tree's view of services.graph: the sender keeps large bodies in a file (bodyFile); a page of
 * thousands of groups can be one, so read it back rather than treat it as empty.
 */
export function graphSendFrom(services: ExtensionServices): GraphSend {
  return async (request) => {
    const r = await services.graph.send(request);
    const body = r.body ?? (r.bodyFile ? await readFile(r.bodyFile, 'utf8') : undefined);
    return { status: r.status, body };
  };
}
