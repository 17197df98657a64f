/**
 * Walks a path template through the metadata, the way Graph's OData router does: an entity set or singleton
 * as the root, key segments after collections, navigation properties (contained ones are path segments; a
 * non-contained one only takes `$ref` writes), structural properties of complex type, type casts
 * (`/microsoft.graph.ipSegmentConfiguration`), bound actions and functions, and `$ref`/`$count`/`$value`.
 */
import type { CsdlOperation } from './csdl';
import type { VersionMetadata } from './versionMetadata';
import { unwrapCollection } from './versionMetadata';

export interface ResolvedPath {
  /** Type the path addresses (the action's binding type for an action path). */
  type: string;
  isCollection: boolean;
  /** The last navigation step: whether it is contained (a path segment of its own) or a reference. */
  navigation?: { name: string; containsTarget: boolean; owner: string };
  /** Set when the last segment is a structural property (PATCH of a complex value such as hybridAgentUpdaterConfiguration). */
  property?: { name: string; owner: string };
  operation?: CsdlOperation;
  ref: boolean;
}

export type PathResult = { ok: true; path: ResolvedPath } | { ok: false; segment: string; reason: string };

const isKey = (segment: string) => /^\{[^}]+\}$/.test(segment);

export function resolvePath(meta: VersionMetadata, template: string): PathResult {
  const segments = template.split('?')[0].split('/').filter(Boolean);
  const root = meta.root(segments[0] ?? '');
  if (!root) return { ok: false, segment: segments[0] ?? '', reason: `no entity set or singleton '${segments[0]}' in ${meta.version}` };
  let state: ResolvedPath = { type: root.type, isCollection: root.isCollection, ref: false };
  let keyed = false;
  for (let i = 1; i < segments.length; i++) {
    const seg = segments[i];
    if (seg === '$ref') { state = { ...state, ref: true }; continue; }
    if (seg === '$count' || seg === '$value') continue;
    const collectionOp = state.isCollection && !keyed && !isKey(seg) ? meta.boundOperation(state.type, seg.replace(/^microsoft\.graph\./, ''), true) : undefined;
    if (collectionOp) { state = { ...state, operation: collectionOp }; continue; }
    if (state.isCollection && !keyed && (isKey(seg) || !meta.navigation(state.type, seg) && !seg.includes('.'))) {
      // A key: `{id}`, or a literal key such as onPremisesPublishingProfiles/applicationProxy.
      state = { type: state.type, isCollection: false, ref: false };
      keyed = true;
      continue;
    }
    keyed = false;
    const nav = meta.navigation(state.type, seg);
    if (nav) {
      const t = unwrapCollection(nav.type);
      state = { type: t.type, isCollection: t.isCollection, navigation: { name: nav.name, containsTarget: nav.containsTarget, owner: state.type }, ref: false };
      continue;
    }
    const prop = meta.properties(state.type).find(p => p.name === seg);
    if (prop) {
      const t = unwrapCollection(prop.type);
      state = { type: t.type, isCollection: t.isCollection, property: { name: prop.name, owner: state.type }, ref: false };
      continue;
    }
    if (meta.type(seg)) { state = { ...state, type: seg, navigation: undefined, property: undefined }; continue; }   // type cast
    const opName = seg.replace(/^microsoft\.graph\./, '');
    const operation = meta.boundOperation(state.type, opName, state.isCollection);
    if (operation) { state = { ...state, operation }; continue; }
    return { ok: false, segment: seg, reason: `'${seg}' is not a navigation property, property, type or bound operation of ${state.type} in ${meta.version}` };
  }
  return { ok: true, path: state };
}
