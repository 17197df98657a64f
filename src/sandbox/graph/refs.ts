import type { ApiVersion } from '../../core/graph/types';
import { badRequest, notFound } from './errors';
import { bodySchemas } from './bodySchemas';
import { validateBody } from './validateBody';

export type RefTarget = 'connector' | 'connectorGroup';

const COLLECTION_OF: Record<RefTarget, string> = { connector: 'connectors', connectorGroup: 'connectorgroups' };

/**
 * The id named by a $ref body's `@odata.id`. Accepts what clients actually send: absolute URLs on any Graph host,
 * with or without the version segment, any casing of `applicationProxy` (the docs example uses `applicationproxy`
 * and omits /beta), or a path relative to the service root.
 */
export function refTargetId(body: unknown, target: RefTarget, version: ApiVersion, exists: (id: string) => boolean): string {
  const record = validateBody(body, bodySchemas[target === 'connector' ? 'ref.connector' : 'ref.connectorGroup'], version);
  const raw = record['@odata.id'];
  if (typeof raw !== 'string' || raw.length === 0) throw badRequest("The property '@odata.id' is required in a reference body.");
  let path: string;
  try {
    path = new URL(raw, 'https://graph.microsoft.com/').pathname;
  } catch {
    throw badRequest(`Invalid object identifier '${raw}'.`);
  }
  const segments = path.split('/').filter(Boolean).map(s => decodeURIComponent(s));
  if (segments[0] === 'v1.0' || segments[0] === 'beta') segments.shift();
  const [profiles, profileId, collection, id, ...rest] = segments;
  const shapeOk = profiles?.toLowerCase() === 'onpremisespublishingprofiles' && profileId?.toLowerCase() === 'applicationproxy'
    && collection?.toLowerCase() === COLLECTION_OF[target] && id !== undefined && rest.length === 0;
  if (!shapeOk) throw badRequest(`Invalid object identifier '${raw}': expected a reference to a ${target}.`);
  if (!exists(id)) throw notFound(id);
  return id;
}
