/**
 * Least-privileged permissions per path and method from Graph's permission map (devx-content
 * permissions/new/permissions.json): `pathSets[].paths` maps lower-cased templates with `{id}` placeholders to
 * annotations such as `least=DelegatedWork,Application`.
 */
import type { HttpMethod, RoutePermissions } from '../types';

interface Grant { permission: string; schemes: string[]; least: string[]; privilegeLevel: number }
export type PermissionIndex = Map<string, Grant[]>;

/** `/external/connections/{connectionId}/items/{itemId}` -> `/external/connections/{id}/items/{id}`, as the map writes paths. */
export function permissionKey(template: string, method: string): string {
  return `${method} ${template.split('?')[0].toLowerCase().replace(/\{[^}]*\}/g, '{id}')}`;
}

export function indexPermissions(permissionsJson: any): PermissionIndex {
  const index: PermissionIndex = new Map();
  for (const [permission, def] of Object.entries<any>(permissionsJson.permissions ?? {})) {
    const levels = Object.values<any>(def.schemes ?? {}).map(s => Number(s.privilegeLevel ?? 5));
    const privilegeLevel = levels.length ? Math.min(...levels) : 5;
    for (const set of def.pathSets ?? []) {
      for (const [path, annotation] of Object.entries<string>(set.paths ?? {})) {
        const least = /least=([^;]*)/.exec(annotation)?.[1]?.split(',').map(s => s.trim()) ?? [];
        for (const method of set.methods ?? []) {
          const key = permissionKey(path, method);
          index.set(key, [...(index.get(key) ?? []), { permission, schemes: set.schemeKeys ?? [], least, privilegeLevel }]);
        }
      }
    }
  }
  return index;
}

/** A permission that only reads (`Policy.Read.All`, `Files.Read`, `User.ReadBasic.All`): no segment writes. */
const readOnly = (permission: string) => permission.split('.').some(s => s === 'Read' || s === 'ReadBasic') && !/Write/.test(permission);

/**
 * The route's permissions: least privileged for delegated (work or school) and application access, and every
 * permission that grants it, least privileged first. A `$ref` write is granted by its navigation's path.
 *
 * `entityWrite`: the operation creates, updates or deletes an entity or a link (not an action or function, which
 * may only read: checkMemberGroups is a POST granted by Application.Read.All). There the map sometimes marks a
 * read-only permission least (POST /identity/conditionalAccess/namedLocations: Policy.Read.All) where the docs page
 * asks for it together with a write one ("Policy.Read.All and Policy.ReadWrite.ConditionalAccess", the map listing
 * both for the method): a read permission alone cannot write, so the least write-capable permission the map lists
 * for that kind of access is asked for too (`delegatedAlso` / `applicationAlso`).
 */
export function permissionsFor(index: PermissionIndex, template: string, method: HttpMethod, entityWrite = false): RoutePermissions {
  let grants = index.get(permissionKey(template, method));
  if (!grants && template.endsWith('/$ref')) grants = index.get(permissionKey(template.replace(/\/\$ref$/, ''), method));
  grants ??= [];
  const leastFor = (scheme: string) => grants.find(g => g.least.includes(scheme) && g.schemes.includes(scheme))?.permission;
  const ordered = [...grants].sort((a, b) => Number(b.least.length > 0) - Number(a.least.length > 0) || a.privilegeLevel - b.privilegeLevel || a.permission.localeCompare(b.permission));
  const result: RoutePermissions = { all: [...new Set(ordered.map(g => g.permission))] };
  const delegated = leastFor('DelegatedWork');
  const application = leastFor('Application');
  if (delegated) result.delegated = delegated;
  if (application) result.application = application;
  if (entityWrite) {
    const writer = (least: string | undefined, scheme: string) => least && readOnly(least)
      ? ordered.find(g => g.schemes.includes(scheme) && !readOnly(g.permission))?.permission : undefined;
    const d = writer(delegated, 'DelegatedWork'), a = writer(application, 'Application');
    if (d) result.delegatedAlso = d;
    if (a) result.applicationAlso = a;
  }
  return result;
}
