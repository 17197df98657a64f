import { objectRoot } from './bodyTree';
import type { GraphSchema } from '../graph/schemas';
import type { PreparedBody } from './bodyText';
import type { GraphDiagnostic } from './types';
import { spanOf } from './jsonEdits';
import type { SchemaProperty } from './schemaWalk';
import { l10n } from '../text/l10n';

/** Findings per body at most: a body that repeats a deprecated property a thousand times gets the first ones. */
const MAX_FINDINGS = 50;

/**
 * A property Graph's metadata deprecates (Core.V1.Revisions Kind Deprecated on the property, or on its type or enum:
 * `x-deprecated`, typeSchemas.ts), at any depth: a warning in the metadata's words, struck through in the editor.
 * `plannerPlan.owner` ("Please use the container property instead"), `permission.grantedTo` (grantedToV2), an acl's
 * `identitySource` (beta identitySourceType: "see the updated aclType usage"). Still sent as written: the service may
 * accept it until its removal date, and which property replaces it is the metadata's prose, not data, so no fix.
 */
export function deprecationDiagnostics(prepared: PreparedBody, schema: GraphSchema | undefined, properties: () => readonly SchemaProperty[]): GraphDiagnostic[] {
  if (!schema) return [];
  const root = objectRoot(prepared);
  if (!root) return [];
  const out: GraphDiagnostic[] = [];
  for (const { key, schema: s, name } of properties()) {
    const said = s['x-deprecated'];
    if (typeof said !== 'string') continue;
    out.push({ span: spanOf(key, prepared.offset), severity: 'warning', code: 'graph.body.deprecated', tags: ['deprecated'], message: l10n.t("'{0}' is deprecated: {1}", name, said) });
    if (out.length >= MAX_FINDINGS) break;
  }
  return out.filter(d => !prepared.opaque.some(o => o.start < d.span.end && d.span.start < o.end));
}
