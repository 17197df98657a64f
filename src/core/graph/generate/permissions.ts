/**
 * Least-privileged permissions per path and method from Graph's permission map (devx-content
 * permissions/new/permissions.json): `pathSets[].paths` maps lower-cased templates with `{id}` placeholders to
 * annotations such as `least=DelegatedWork,Application` and `AlsoRequires=A,B` (this permission grants the path only
 * together with one of A, B: POST `/servicePrincipals/{id}/appRoleAssignments` is Application.Read.All with
 * AppRoleAssignment.ReadWrite.All, as its docs page says).
 */
import type { HttpMethod, RoutePermissions } from '../types';

interface Grant {
  permission: string; schemes: string[]; least: string[]; privilegeLevel: number;
  /** The map's `AlsoRequires`: one of these must come with the permission; least privileged first. */
  alsoRequires: string[];
}
export type PermissionIndex = Map<string, Grant[]>;

/** `/external/connections/{connectionId}/items/{itemId}` -> `/external/connections/{id}/items/{id}`, as the map writes paths. */
export function permissionKey(template: string, method: string): string {
  return `${method} ${template.split('?')[0].toLowerCase().replace(/\{[^}]*\}/g, '{id}')}`;
}

export function indexPermissions(permissionsJson: any): PermissionIndex {
  const index: PermissionIndex = new Map();
  const definitions = Object.entries<any>(permissionsJson.permissions ?? {});
  const levelOf = new Map(definitions.map(([permission, def]) => {
    const levels = Object.values<any>(def.schemes ?? {}).map(s => Number(s.privilegeLevel ?? 5));
    return [permission, levels.length ? Math.min(...levels) : 5];
  }));
  const list = (annotation: string, name: string) => new RegExp(`(?:^|;)\\s*${name}=([^;]*)`, 'i').exec(annotation)?.[1]?.split(',').map(s => s.trim()).filter(Boolean) ?? [];
  for (const [permission, def] of definitions) {
    const privilegeLevel = levelOf.get(permission)!;
    for (const set of def.pathSets ?? []) {
      for (const [path, annotation] of Object.entries<string>(set.paths ?? {})) {
        const least = list(annotation, 'least');
        // Least privileged first; the map's own order where the levels tie (it writes Application.Read.All before Directory.Read.All).
        const alsoRequires = list(annotation, 'AlsoRequires').map((p, i) => [p, levelOf.get(p) ?? 5, i] as const).sort((a, b) => a[1] - b[1] || a[2] - b[2]).map(([p]) => p);
        for (const method of set.methods ?? []) {
          const key = permissionKey(path, method);
          index.set(key, [...(index.get(key) ?? []), { permission, schemes: set.schemeKeys ?? [], least, privilegeLevel, alsoRequires }]);
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
  const leastGrant = (scheme: string) => grants.find(g => g.least.includes(scheme) && g.schemes.includes(scheme));
  const leastFor = (scheme: string) => leastGrant(scheme)?.permission;
  const ordered = [...grants].sort((a, b) => Number(b.least.length > 0) - Number(a.least.length > 0) || a.privilegeLevel - b.privilegeLevel || a.permission.localeCompare(b.permission));
  const result: RoutePermissions = { all: [...new Set(ordered.map(g => g.permission))] };
  const delegated = leastFor('DelegatedWork');
  const application = leastFor('Application');
  if (delegated) result.delegated = delegated;
  if (application) result.application = application;
  // The map's AlsoRequires on the least permission comes first: it is Graph's own statement. Where it says nothing,
  // an entity write whose least permission only reads (the map has no AlsoRequires on POST namedLocations' Policy.Read.All,
  // yet its docs page asks for Policy.ReadWrite.ConditionalAccess with it) gets the least write-capable one it lists.
  const writer = (least: string | undefined, scheme: string) => entityWrite && least && readOnly(least)
    ? ordered.find(g => g.schemes.includes(scheme) && !readOnly(g.permission))?.permission : undefined;
  const d = leastGrant('DelegatedWork')?.alsoRequires[0] ?? writer(delegated, 'DelegatedWork');
  const a = leastGrant('Application')?.alsoRequires[0] ?? writer(application, 'Application');
  if (d) result.delegatedAlso = d;
  if (a) result.applicationAlso = a;
  // Every AlsoRequires the map writes for the path, per kind of access: the sandbox grants such a permission only with one of them.
  const requires = (scheme: string) => Object.fromEntries(grants.filter(g => g.schemes.includes(scheme) && g.alsoRequires.length).map(g => [g.permission, g.alsoRequires]));
  const delegatedRequires = requires('DelegatedWork'), applicationRequires = requires('Application');
  if (Object.keys(delegatedRequires).length || Object.keys(applicationRequires).length) {
    result.alsoRequires = {
      ...(Object.keys(delegatedRequires).length ? { delegated: delegatedRequires } : {}),
      ...(Object.keys(applicationRequires).length ? { application: applicationRequires } : {}),
    };
  }
  return result;
}
