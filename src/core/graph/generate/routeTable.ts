import type { ApiVersion, EntitySetAlias, GraphCloud, HttpMethod, Route, RouteOperation, RoutePermissions, RouteTable } from '../types';
import type { GraphFacts } from './facts';
import { findEntityType, successStatuses } from './facts';
import { OPERATION_INFO, operationKeyPath } from './operations';
import { resolvePathType } from './pathTypes';

interface FactEndpoint { method: HttpMethod; path: string; success: number[] }

/** Flattens `endpoints.{beta,v1.0}` into one entry per method; skips the entries the facts mark as not real. */
function listEndpoints(facts: GraphFacts, version: ApiVersion): FactEndpoint[] {
  const out: FactEndpoint[] = [];
  for (const e of facts.resources.endpoints[version] ?? []) {
    if (e.exists_in_metadata === false || typeof e.path !== 'string') continue;
    if (typeof e.method === 'string') out.push({ method: e.method, path: e.path, success: successStatuses(e.success, e.successNote) });
    else if (e.methods && !Array.isArray(e.methods)) {
      for (const [method, status] of Object.entries(e.methods)) out.push({ method: method as HttpMethod, path: e.path, success: [Number(status)] });
    }
  }
  return out;
}

/** Least-privileged delegated and application permissions from the permission map's `least=` annotations. */
export function permissionsFor(facts: GraphFacts, template: string, method: HttpMethod): RoutePermissions {
  const key = operationKeyPath(template).replace(/\/\$ref$/, '');
  const rows: any[] = (facts.permissions.paths[key] ?? []).filter((r: any) => r.methods.includes(method));
  const leastFor = (scheme: string) => rows.find(r => String(r.annotation).replace(/^least=/, '').split(',').includes(scheme))?.permission;
  const least = rows.filter(r => String(r.annotation).startsWith('least='));
  const all = [...new Set([...least, ...rows].map(r => r.permission as string))];
  const result: RoutePermissions = { all };
  const delegated = leastFor('DelegatedWork');
  const application = leastFor('Application');
  if (delegated) result.delegated = delegated;
  if (application) result.application = application;
  return result;
}

/** Versions that hold the resource a path addresses: a v1.0 endpoint is also in beta when its type is. */
function versionsOf(facts: GraphFacts, listedIn: ApiVersion, resourceType: string | undefined): ApiVersion[] {
  if (listedIn === 'beta') return ['beta'];
  if (!resourceType) return ['v1.0'];
  const availability = facts.resources._meta.apiVersionAvailability[resourceType];
  const inBeta = availability ? availability.beta === true : (findEntityType(facts, resourceType)?.facts.versions ?? []).includes('beta');
  return inBeta ? ['v1.0', 'beta'] : ['v1.0'];
}

function buildOperation(facts: GraphFacts, e: FactEndpoint, resource: { type?: string; isCollection: boolean }): RouteOperation | undefined {
  const info = OPERATION_INFO[`${e.method} ${operationKeyPath(e.path)}`];
  if (!info) return undefined;
  const op: RouteOperation = { id: info.id, summary: info.summary, method: e.method, success: e.success, permissions: permissionsFor(facts, e.path, e.method), docs: info.docs };
  if (info.bodySchema) op.bodySchema = info.bodySchema;
  const isRef = e.path.endsWith('/$ref');
  if (resource.type && !isRef && e.method !== 'DELETE' && e.method !== 'PATCH') {
    op.responseType = resource.type;
    if (e.method === 'GET' && resource.isCollection) op.responseIsCollection = true;
  }
  return op;
}

function clouds(facts: GraphFacts): GraphCloud[] {
  return facts.resources.nationalClouds.filter((c: any) => c.graph).map((c: any) => ({ name: c.name, origin: c.graph }));
}

/** `/connections (EntitySet 'connections' ...)` next to `/external/connections (Singleton ...)` in the facts. */
function aliases(facts: GraphFacts): EntitySetAlias[] {
  const out: EntitySetAlias[] = [];
  for (const key of Object.keys(facts.resources.entityTypes)) {
    const entry = facts.resources.entityTypes[key].entryPoints?.['v1.0'] as string[] | undefined;
    if (!entry || entry.length < 2) continue;
    const paths = entry.map(s => s.split(' ')[0]);
    for (const alias of paths.slice(1)) out.push({ alias, canonical: paths[0], note: entry[paths.indexOf(alias)].replace(/^\S+\s*/, '').replace(/^\(|\)$/g, '') });
  }
  return out;
}

export function generateRouteTable(facts: GraphFacts, generatedFrom: string[]): RouteTable {
  const routes: Route[] = [];
  for (const version of ['beta', 'v1.0'] as ApiVersion[]) {
    for (const e of listEndpoints(facts, version)) {
      const resource = resolvePathType(facts, e.path);
      const op = buildOperation(facts, e, resource);
      if (!op) continue;
      let route = routes.find(r => r.template === e.path);
      if (!route) {
        route = { template: e.path, versions: versionsOf(facts, version, resource.type), operations: [] };
        if (resource.type) route.resourceType = resource.type;
        routes.push(route);
      }
      route.operations.push(op);
    }
  }
  const versions = Object.keys(facts.resources.baseUrls) as ApiVersion[];
  return { generatedFrom, clouds: clouds(facts), versions, aliases: aliases(facts), routes };
}

