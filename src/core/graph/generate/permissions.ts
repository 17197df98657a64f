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

/**
 * The route's permissions: least privileged for delegated (work or school) and application access, and every
 * permission that grants it, least privileged first. A `$ref` write is granted by its navigation's path.
 */
export function permissionsFor(index: PermissionIndex, template: string, method: HttpMethod): RoutePermissions {
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
  return result;
}
