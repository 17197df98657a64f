/**
 * The items that stand for a state rather than an entity: loading, empty, "Load more", and errors.
 * A 403 names the least-privileged permission of the refused operation (from the route table, passed in
 * as `permissionFor`) and signs in with it when clicked: Graph's own 403 message never names it.
 */
import type { GraphFailure } from './graphResponse';
import { CONTEXT, childKey, type NodeKind, type TenantNode } from './nodes';

export type PermissionLookup = (method: string, url: string) => string | undefined;

const EMPTY_LABEL: Partial<Record<NodeKind, string>> = {
  connectorGroups: 'No connector groups',
  connectors: 'No connectors',
  externalConnections: 'No external connections',
  groupConnectors: 'No connectors in this group',
  groupApplications: 'No applications use this group',
  connector: 'Not in any connector group',
};

export function loadingNode(parent: TenantNode): TenantNode {
  return { key: childKey(parent, 'state:loading'), kind: 'loading', parent, label: 'Loading…', expandable: false, icon: { id: 'loading~spin' } };
}

export function emptyNode(parent: TenantNode): TenantNode {
  return { key: childKey(parent, 'state:empty'), kind: 'empty', parent, label: EMPTY_LABEL[parent.kind] ?? 'Nothing here', expandable: false, icon: { id: 'info' } };
}

/** `loaded` counts the items shown so far, so the label says what "more" is more than. */
export function loadMoreNode(parent: TenantNode, nextLink: string, loaded: number): TenantNode {
  return {
    key: childKey(parent, 'state:loadMore'), kind: 'loadMore', parent, label: 'Load more…', description: `${loaded} loaded`,
    tooltip: `Next page: ${nextLink}`, expandable: false, icon: { id: 'ellipsis' }, contextValue: CONTEXT.loadMore,
    command: { command: 'graphConnectorGroups.loadMore', title: 'Load more', arguments: [{ key: parent.key }] },
  };
}

export function errorNode(parent: TenantNode, failure: GraphFailure, permissionFor: PermissionLookup): TenantNode {
  const base = { key: childKey(parent, 'state:error'), kind: 'error' as const, parent, expandable: false };
  const detail = [`${failure.method} ${failure.url}`, failure.status ? `HTTP ${failure.status}${failure.code ? ` ${failure.code}` : ''}` : '', failure.message].filter(Boolean).join('\n');
  if (failure.status === 403) {
    const permission = permissionFor(failure.method, failure.url);
    return {
      ...base,
      label: permission ? `Missing permission ${permission}` : 'Access denied',
      description: permission ? 'click to sign in with it' : failure.message,
      tooltip: `${detail}${permission ? `\n\nThe least-privileged permission for this operation is ${permission}. Click to sign in and consent to it.` : ''}`,
      icon: { id: 'lock', color: 'errorForeground' },
      command: { command: 'graphConnectorGroups.signIn', title: 'Sign in', arguments: permission ? [{ permissions: [permission] }] : [] },
    };
  }
  if (failure.status === 401) {
    return { ...base, label: 'Sign-in required', description: failure.message, tooltip: detail, icon: { id: 'account', color: 'errorForeground' },
      command: { command: 'graphConnectorGroups.signIn', title: 'Sign in' } };
  }
  return {
    ...base,
    label: failure.status === 0 ? `Could not reach Graph: ${failure.message}` : failure.message,
    description: failure.status ? `HTTP ${failure.status}` : undefined,
    tooltip: detail, icon: { id: 'error', color: 'errorForeground' },
  };
}

/** Message for a refused delete: Graph's text, plus the rule it is enforcing when that is the likely cause. */
export function deleteRefusedMessage(groupName: string, failure: GraphFailure): string {
  // The default group is refused for being the default, not for what it holds: do not send the user moving connectors.
  const aboutDefault = /\bdefault\b/i.test(failure.message);
  const mentionsContents = /connector|application|member|assign|empty/i.test(failure.message);
  const likelyNotEmpty = !aboutDefault && (mentionsContents || [400, 409, 412, 422].includes(failure.status));
  const head = `Could not delete connector group "${groupName}": ${failure.message}`;
  return likelyNotEmpty
    ? `${head} A connector group can be deleted only when no connectors and no applications are assigned to it: move its connectors to another group and assign its applications elsewhere first.`
    : head;
}
