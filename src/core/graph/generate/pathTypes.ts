import type { GraphFacts } from './facts';
import { findEntityType } from './facts';

/**
 * Entity sets and singletons a path may start with, from the facts. `applications` is the one root the
 * facts only imply (they describe application.connectorGroup but not the directory's entity sets).
 */
function roots(facts: GraphFacts): Map<string, string> {
  const map = new Map<string, string>([['applications', 'microsoft.graph.application']]);
  for (const key of Object.keys(facts.resources.entityTypes)) {
    const t = facts.resources.entityTypes[key];
    const name = key.replace(/\s*\(.*\)\s*$/, '');
    if (typeof t.entitySet === 'string') map.set(t.entitySet.split(' ')[0], name);
    for (const entry of (t.entryPoints?.['v1.0'] ?? []) as string[]) map.set(entry.split(' ')[0].replace(/^\//, ''), name);
  }
  return map;
}

function navigationType(typeFacts: any, segment: string): string | undefined {
  for (const navs of [typeFacts.navigationProperties, typeFacts['navigationProperties_v1.0']]) {
    const nav = navs?.[segment];
    if (!nav) continue;
    return (typeof nav === 'string' ? nav : nav.type).split(' ')[0];
  }
  return undefined;
}

/**
 * The entity type a path template addresses, walking navigation properties from its root:
 * `/onPremisesPublishingProfiles/applicationProxy/connectorGroups/{id}/members` -> microsoft.graph.connector (collection).
 */
export function resolvePathType(facts: GraphFacts, template: string): { type?: string; isCollection: boolean } {
  const segments = template.split('/').filter(Boolean).filter(s => s !== '$ref' && s !== '$count');
  const rootMap = roots(facts);
  let i = 0;
  let type: string | undefined;
  for (const [root, rootType] of rootMap) {
    const parts = root.split('/');
    if (parts.every((p, k) => segments[k] === p) && parts.length > i) { type = rootType; i = parts.length; }
  }
  if (!type) return { isCollection: false };
  let isCollection = true;
  for (; i < segments.length; i++) {
    if (isCollection) { isCollection = false; continue; }   // a key segment: {id} or a literal key like applicationProxy
    const typeFacts: any = findEntityType(facts, type as string)?.facts;
    const nav: string | undefined = typeFacts ? navigationType(typeFacts, segments[i]) : undefined;
    if (!nav) return { isCollection: false };
    const resolved: string = findEntityType(facts, nav)?.name ?? nav.replace(/^Collection\((.*)\)$/, '$1');
    type = resolved.startsWith('microsoft.graph.') ? resolved : `microsoft.graph.${resolved}`;
    isCollection = nav.startsWith('Collection(');
  }
  return { type, isCollection };
}
