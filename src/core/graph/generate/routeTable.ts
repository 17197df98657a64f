/**
 * docs-facts operations + metadata paths + permissions -> routes.json. Every operation's path is walked through
 * each version's metadata; a version whose metadata lacks the path is dropped (and said in `notes`), an
 * operation no version has fails the compile.
 */
import type { ApiVersion, EntitySetAlias, Route, RouteOperation, RoutePermissions, RouteTable } from '../types';
import type { VersionMetadata } from './versionMetadata';
import { resolvePath, type ResolvedPath } from './paths';
import { permissionsFor, type PermissionIndex } from './permissions';
import type { DocsOperation } from './docsFacts';
import { CLOUDS, PARTIAL_ROOTS, SUMMARIES } from './curated';
import { shortName, type BodySpec, type UnkeyedBodySpec } from './bodies';

export interface CompiledOperation { docs: DocsOperation; versions: ApiVersion[]; path: ResolvedPath; body?: BodySpec; resourceType?: string }

/** OData's usual success code, for the operations whose docs page was not read (docs-facts `success: null`). */
function defaultSuccess(op: DocsOperation, path: ResolvedPath): number[] {
  if (op.method === 'GET') return [200];
  if (op.method === 'POST') return path.ref ? [204] : path.operation ? [200, 204] : [201];
  return [204];
}

function summaryOf(op: DocsOperation, path: ResolvedPath, resourceType: string | undefined): string {
  if (SUMMARIES[op.id]) return SUMMARIES[op.id];
  const noun = shortName(resourceType ?? path.type);
  if (path.operation) return `${path.operation.name} (${shortName(path.type)})`;
  if (path.ref) return op.method === 'DELETE' ? `Remove a ${noun} reference` : `Add a ${noun} reference`;
  switch (op.method) {
    case 'GET': return path.isCollection ? `List ${noun} items` : `Get ${path.property ? `the ${path.property.name}` : `a ${noun}`}`;
    case 'POST': return `Create a ${noun}`;
    case 'PATCH': return `Update ${path.property ? `the ${path.property.name}` : `a ${noun}`}`;
    case 'PUT': return `Create or replace a ${noun}`;
    default: return `Delete a ${noun}`;
  }
}

function bodySpecOf(op: DocsOperation, path: ResolvedPath): UnkeyedBodySpec | undefined {
  if (op.method === 'GET' || op.method === 'DELETE') return undefined;
  if (path.ref) return { kind: 'ref', type: path.type, example: '' };
  if (path.operation) {
    if (path.operation.kind !== 'action') return undefined;
    // OData CSDL 4.01: a parameter without Core.V1.OptionalParameter must be passed. docs-facts says "metadata
    // marks no parameter required" for instantiate; the OptionalParameter annotation on its other parameter is
    // exactly how metadata marks it, so displayName is required.
    return { kind: 'action', operation: path.operation, required: path.operation.parameters.filter(p => !p.optional).map(p => p.name) };
  }
  return { kind: op.method === 'POST' ? 'create' : op.method === 'PUT' ? 'put' : 'update', type: path.type, required: op.required };
}

export function compileOperations(ops: DocsOperation[], metas: Record<ApiVersion, VersionMetadata>, notes: string[]): CompiledOperation[] {
  const out: CompiledOperation[] = [];
  for (const op of ops) {
    const versions: ApiVersion[] = [];
    let path: ResolvedPath | undefined;
    for (const v of op.versions) {
      const r = resolvePath(metas[v], op.template);
      if (r.ok) { versions.push(v); path ??= r.path; } else notes.push(`${op.id}: ${op.method} ${op.template} dropped from ${v}: ${r.reason}`);
    }
    if (!path) throw new Error(`${op.id}: ${op.method} ${op.template} resolves in none of ${op.versions.join(', ')}: ${notes[notes.length - 1]}`);
    const spec = bodySpecOf(op, path);
    const resourceType = path.operation ? undefined : path.type;
    out.push({ docs: op, versions, path, resourceType, ...(spec ? { body: spec as BodySpec } : {}) });
  }
  return out;
}

/** A cloud is left out only when a source says so: the docs' table for the operation, or the cloud's metadata. */
function cloudsOf(op: CompiledOperation, presence: Record<string, Record<string, boolean>>): string[] {
  const short = shortName(op.resourceType ?? op.path.type);
  return CLOUDS.filter(c => {
    const docs = op.docs.clouds[c.docs];
    if (docs !== undefined) return docs;
    return op.versions.every(v => {
      const found = presence[c.metadata[v]];
      if (!found) return true;                               // that cloud's CSDL was not checked
      const key = Object.keys(found).find(k => k === `EntityType ${short}` || k === `externalConnectors.${short}` || k === `ComplexType ${short}`);
      return key === undefined || found[key];
    });
  }).map(c => c.id);
}

/**
 * permissions.json writes some actions under another path (addActivities under `/connections/{id}/items/{id}/...`,
 * without `/external`); docs-facts records those grants as `aliasPathPermissions`, used when the route's own path
 * has none.
 */
function permissionsOf(docs: CompiledOperation['docs'], path: ResolvedPath, index: PermissionIndex): RoutePermissions {
  const own = permissionsFor(index, docs.template, docs.method, docs.method !== 'GET' && !path.operation);
  const alias = docs.sources.find(s => s.aliasPathPermissions)?.aliasPathPermissions;
  if (own.all.length > 0 || !alias) return own;
  const result: RoutePermissions = { all: [...new Set<string>([...alias.allDelegated, ...alias.allApplication])] };
  if (alias.delegated[0]) result.delegated = alias.delegated[0];
  if (alias.application[0]) result.application = alias.application[0];
  return result;
}

export function buildRouteTable(compiled: CompiledOperation[], permissions: PermissionIndex, presence: Record<string, Record<string, boolean>>, aliases: EntitySetAlias[], generatedFrom: string[]): RouteTable {
  const byTemplate = new Map<string, Route & { cloudSets: string[][] }>();
  for (const c of compiled) {
    const { docs, path } = c;
    const op: RouteOperation = {
      id: docs.id, summary: summaryOf(docs, path, c.resourceType), method: docs.method,
      success: docs.success ?? defaultSuccess(docs, path), permissions: permissionsOf(docs, path, permissions),
    };
    if (!docs.success) op.successAssumed = true;
    if (docs.docs) op.docs = docs.docs;
    if (c.body) op.bodySchema = c.body.key;
    if (c.resourceType && !path.ref && (docs.method === 'GET' || docs.method === 'POST' || docs.method === 'PUT')) {
      op.responseType = c.resourceType;
      if (docs.method === 'GET' && path.isCollection) op.responseIsCollection = true;
    }
    let route = byTemplate.get(docs.template);
    if (!route) {
      route = { template: docs.template, versions: [], operations: [], cloudSets: [] };
      if (c.resourceType) route.resourceType = c.resourceType;
      byTemplate.set(docs.template, route);
    }
    route.versions = (['v1.0', 'beta'] as ApiVersion[]).filter(v => route!.versions.includes(v) || c.versions.includes(v));
    route.operations.push(op);
    route.cloudSets.push(cloudsOf(c, presence));
  }
  const routes = [...byTemplate.values()].sort((a, b) => a.template.localeCompare(b.template));
  const all = CLOUDS.map(c => c.id);
  for (const r of routes) {
    let clouds = all.filter(id => r.cloudSets.some(s => s.includes(id)));
    // A resource cannot exist where its parent does not: /external/connections/{id}/groups follows /external/connections.
    const parent = routes.filter(p => p !== r && r.template.toLowerCase().startsWith(p.template.toLowerCase() + '/')).sort((a, b) => b.template.length - a.template.length)[0] as (Route & { cloudSets?: string[][] }) | undefined;
    if (parent?.clouds) clouds = clouds.filter(id => parent.clouds!.includes(id));
    delete (r as { cloudSets?: unknown }).cloudSets;
    if (clouds.length < all.length) r.clouds = clouds;
    r.operations.sort((a, b) => METHOD_ORDER.indexOf(a.method) - METHOD_ORDER.indexOf(b.method));
  }
  return {
    generatedFrom, clouds: CLOUDS.map(({ id, name, origin }) => ({ id, name, origin })), versions: ['v1.0', 'beta'], aliases, partialRoots: PARTIAL_ROOTS, routes,
  };
}

const METHOD_ORDER = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
