import { objectRoot } from './bodyTree';
import type { PreparedBody } from './bodyText';
import { literalString, rootProperties, spanOf } from './jsonEdits';
import type { CodeFix, GraphDiagnostic } from './types';
import type { Span } from '../text/lineIndex';
import { l10n } from '../text/l10n';
import { GUID } from '../text/guid';


/**
 * POST /servicePrincipals/{id}/appRoleAssignments grants an app role to the service principal in the path: its
 * principalId is that service principal (serviceprincipal-post-approleassignments.md). The App Proxy tutorial
 * (concepts/application-proxy-configure-api.md, step 5) sends a user there instead, `"principalType": "User"` with the
 * test user's id; ../shared/graph/docs-facts.json (tutorial.servicePrincipal.addAppRoleAssignment, wrongPerReference)
 * records it, and the API page's advice: assign users and groups with POST /servicePrincipals/{resource}/appRoleAssignedTo.
 * A warning with that fix when the body names a user or group, or a principalId that is not the path's service principal.
 */
export function appRoleAssignmentDiagnostics(prepared: PreparedBody, operationId: string | undefined, pathParams: Record<string, string>, segmentSpan: (segment: string) => Span | undefined): GraphDiagnostic[] {
  if (operationId !== 'servicePrincipal.addAppRoleAssignment') return [];
  const root = objectRoot(prepared);
  if (!root) return [];
  const props = rootProperties(root);
  const value = (name: string) => literalString(props.get(name)?.children?.[1]);
  const principalType = value('principalType');
  const principalId = value('principalId');
  const pathId = Object.values(pathParams)[0];
  const otherPrincipal = principalId && pathId && GUID.test(principalId) && GUID.test(pathId) && principalId.toLowerCase() !== pathId.toLowerCase();
  const userOrGroup = principalType && /^(user|group)$/i.test(principalType);
  if (!userOrGroup && !otherPrincipal) return [];
  const at = props.get(userOrGroup ? 'principalType' : 'principalId')!;
  const segment = segmentSpan('appRoleAssignments');
  const resourceId = value('resourceId');
  // The fix keeps the path's id: it is the resource when the body says so (the tutorial's resourceId is the path's service principal).
  const fixes: CodeFix[] = segment && (!resourceId || !pathId || resourceId.toLowerCase() === pathId.toLowerCase())
    ? [{ title: l10n.t('Use /appRoleAssignedTo'), edits: [{ span: segment, newText: 'appRoleAssignedTo' }], isPreferred: true }]
    : [];
  return [{
    span: spanOf(at.children![0], prepared.offset), severity: 'warning', code: 'graph.docs.appRoleAssignmentPrincipal',
    message: userOrGroup
      ? l10n.t('POST /servicePrincipals/{id}/appRoleAssignments assigns an app role to that service principal (principalId is its id), not to a {0}. To assign a user or group to the app, POST to /servicePrincipals/{resourceId}/appRoleAssignedTo (docs: serviceprincipal-post-approleassignments.md).', principalType!)
      : l10n.t("principalId '{0}' is not the service principal in the path ('{1}'): on /appRoleAssignments the principal is the path's. To assign another principal, POST to /servicePrincipals/{resourceId}/appRoleAssignedTo (docs: serviceprincipal-post-approleassignments.md).", principalId!, pathId!),
    fixes,
  }];
}
