import type { Node } from 'jsonc-parser';
import type { GraphSchema } from '../graph/schemas';
import type { GraphDiagnostic } from './types';
import { spanOf } from './jsonEdits';
import { l10n } from '../text/l10n';

/**
 * A property Graph's metadata deprecates (Core.V1.Revisions Kind Deprecated on the property, or on its type or enum:
 * `x-deprecated`, typeSchemas.ts), at any depth: a warning in the metadata's words, struck through in the editor.
 * `plannerPlan.owner` ("Please use the container property instead"), `permission.grantedTo` (grantedToV2), an acl's
 * `identitySource` (beta identitySourceType: "see the updated aclType usage"). Still sent as written: the service may
 * accept it until its removal date, and which property replaces it is the metadata's prose, not data, so no fix.
 * Asked of each property nestedRules' walk of the body visits (one walk a body); `name` is its path (`acl[].identitySource`).
 */
export function deprecationFinding(key: Node, s: GraphSchema, name: string, base: number): GraphDiagnostic | undefined {
  const said = s['x-deprecated'];
  if (typeof said !== 'string') return undefined;
  return { span: spanOf(key, base), severity: 'warning', code: 'graph.body.deprecated', tags: ['deprecated'], message: l10n.t("'{0}' is deprecated: {1}", name, said) };
}
