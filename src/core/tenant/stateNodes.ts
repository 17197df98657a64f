/**
 * The items that stand for a state rather than an entity: loading, empty, "Load more", and errors.
 * A 403 names the least-privileged permission of the refused operation (from the route table, passed in
 * as `permissionFor`) and signs in with it when clicked: Graph's own 403 message never names it.
 */
import type { GraphFailure } from './tenantAnswers';
import { CONTEXT, childKey, type NodeKind, type TenantNode } from './nodes';
import { l10n } from '../text/l10n';
import { COMMAND } from '../commands';

export type PermissionLookup = (method: string, url: string) => string | undefined;

/** Functions, so each label is read through the translator installed at activation, not at module load. */
const EMPTY_LABEL: Partial<Record<NodeKind, () => string>> = {
  connectorGroups: () => l10n.t('No connector groups'),
  connectors: () => l10n.t('No connectors'),
  externalConnections: () => l10n.t('No external connections'),
  groupConnectors: () => l10n.t('No connectors in this group'),
  groupApplications: () => l10n.t('No applications use this group'),
  connector: () => l10n.t('Not in any connector group'),
  connectionSchema: () => l10n.t('The schema has no properties'),
};

export function loadingNode(parent: TenantNode): TenantNode {
  return { key: childKey(parent, 'state:loading'), kind: 'loading', parent, label: l10n.t('Loading…'), expandable: false, icon: { id: 'loading~spin' } };
}

export function emptyNode(parent: TenantNode): TenantNode {
  return { key: childKey(parent, 'state:empty'), kind: 'empty', parent, label: EMPTY_LABEL[parent.kind]?.() ?? l10n.t('Nothing here'), expandable: false, icon: { id: 'info' } };
}

/** `loaded` counts the items shown so far, so the label says what "more" is more than. */
export function loadMoreNode(parent: TenantNode, nextLink: string, loaded: number): TenantNode {
  return {
    key: childKey(parent, 'state:loadMore'), kind: 'loadMore', parent, label: l10n.t('Load more…'), description: l10n.t('{0} loaded', loaded),
    tooltip: l10n.t('Next page: {0}', nextLink), expandable: false, icon: { id: 'ellipsis' }, contextValue: CONTEXT.loadMore,
    command: { command: COMMAND.loadMore, title: l10n.t('Load more'), arguments: [{ key: parent.key }] },
  };
}

export function errorNode(parent: TenantNode, failure: GraphFailure, permissionFor: PermissionLookup): TenantNode {
  const base = { key: childKey(parent, 'state:error'), kind: 'error' as const, parent, expandable: false };
  const detail = [`${failure.method} ${failure.url}`, failure.status ? `HTTP ${failure.status}${failure.code ? ` ${failure.code}` : ''}` : '', failure.message].filter(Boolean).join('\n');
  if (failure.status === 403) {
    const permission = permissionFor(failure.method, failure.url);
    return {
      ...base,
      label: permission ? l10n.t('Missing permission {0}', permission) : l10n.t('Access denied'),
      description: permission ? l10n.t('click to sign in with it') : failure.message,
      tooltip: permission ? `${detail}\n\n${l10n.t('The least-privileged permission for this operation is {0}. Click to sign in and consent to it.', permission)}` : detail,
      icon: { id: 'lock', color: 'errorForeground' },
      command: { command: COMMAND.signIn, title: l10n.t('Sign in'), arguments: permission ? [{ permissions: [permission] }] : [] },
    };
  }
  if (failure.status === 401) {
    return { ...base, label: l10n.t('Sign-in required'), description: failure.message, tooltip: detail, icon: { id: 'account', color: 'errorForeground' },
      command: { command: COMMAND.signIn, title: l10n.t('Sign in') } };
  }
  return {
    ...base,
    label: failure.status === 0 ? l10n.t('Could not reach Graph: {0}', failure.message) : failure.message,
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
  const head = l10n.t('Could not delete connector group "{0}": {1}', groupName, failure.message);
  return likelyNotEmpty
    ? `${head} ${l10n.t('A connector group can be deleted only when no connectors and no applications are assigned to it: move its connectors to another group and assign its applications elsewhere first.')}`
    : head;
}
