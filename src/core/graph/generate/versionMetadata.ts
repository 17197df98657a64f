/**
 * One API version's metadata as a lookup over several CSDL documents in priority order: beta is the verbatim
 * beta-Prod excerpts first, then the whole beta-USNat CSDL for the types the excerpts only reference
 * (metadata/README.md: every App Proxy block present in both is identical, so the fallback is safe).
 */
import type { CsdlDeprecation, CsdlDocument, CsdlEnumType, CsdlOperation, CsdlProperty, CsdlStructuredType } from './csdl';
import { normalizeTerm } from './terms';

export type Version = 'v1.0' | 'beta';

export interface VersionMetadata {
  version: Version;
  type(fullName: string): CsdlStructuredType | undefined;
  enumType(fullName: string): CsdlEnumType | undefined;
  /** Root of a path: an entity set (a collection) or a singleton. */
  root(name: string): { type: string; isCollection: boolean } | undefined;
  /** Structural properties, base type's first (BaseType inheritance). */
  properties(fullName: string): (CsdlProperty & { declaredBy: string })[];
  navigation(fullName: string, name: string): CsdlStructuredType['navigation'][number] | undefined;
  /** Concrete types deriving (directly or not) from a type, sorted by name. */
  derived(fullName: string): string[];
  /** Bound actions and functions on a type or one of its bases. */
  boundOperation(bindingType: string, name: string, isCollection: boolean): CsdlOperation | undefined;
  hasTerm(target: string, term: string): boolean;
  /** Core.V1.Revisions Kind Deprecated of a type, enum, member or bound operation (csdl.ts deprecationKey's form). */
  deprecation(key: string): CsdlDeprecation | undefined;
}

export const unwrapCollection = (type: string): { type: string; isCollection: boolean } => {
  const m = /^Collection\((.*)\)$/.exec(type);
  return m ? { type: m[1], isCollection: true } : { type, isCollection: false };
};

export function versionMetadata(version: Version, docs: CsdlDocument[]): VersionMetadata {
  const first = <T>(pick: (d: CsdlDocument) => T | undefined): T | undefined => {
    for (const d of docs) { const v = pick(d); if (v !== undefined) return v; }
    return undefined;
  };
  const type = (n: string) => first(d => d.types.get(n));
  const chain = (n: string): CsdlStructuredType[] => {
    const out: CsdlStructuredType[] = [];
    for (let t = type(n); t && out.length < 32; t = t.baseType ? type(t.baseType) : undefined) out.unshift(t);
    return out;
  };
  let derivedIndex: Map<string, string[]> | undefined;
  const derived = (n: string): string[] => {
    if (!derivedIndex) {
      derivedIndex = new Map();
      const seen = new Set<string>();
      for (const d of docs) for (const t of d.types.values()) {
        if (seen.has(t.fullName)) continue;
        seen.add(t.fullName);
        for (let base = t.baseType; base; base = type(base)?.baseType) {
          derivedIndex.set(base, [...(derivedIndex.get(base) ?? []), t.fullName]);
          if (derivedIndex.get(base)!.length > 10_000) break;
        }
      }
    }
    return (derivedIndex.get(n) ?? []).filter(t => !type(t)?.abstract).sort();
  };
  return {
    version, type, derived,
    enumType: n => first(d => d.enums.get(n)),
    root: name => {
      const set = first(d => d.entitySets.get(name));
      if (set) return { type: set, isCollection: true };
      const single = first(d => d.singletons.get(name));
      return single ? { type: single, isCollection: false } : undefined;
    },
    properties: n => chain(n).flatMap(t => t.properties.map(p => ({ ...p, declaredBy: t.fullName }))),
    navigation: (n, name) => {
      for (const t of chain(n).reverse()) { const nav = t.navigation.find(p => p.name === name); if (nav) return nav; }
      return undefined;
    },
    boundOperation: (bindingType, name, isCollection) => {
      const names = new Set(chain(bindingType).map(t => t.fullName));
      return first(d => d.operations.find(o => o.name === name && o.bindingType && names.has(o.bindingType) && o.bindingIsCollection === isCollection));
    },
    hasTerm: (target, term) => docs.some(d => d.annotations.get(target)?.has(normalizeTerm(term))),
    deprecation: key => first(d => d.deprecations.get(key)),
  };
}
