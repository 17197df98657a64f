/**
 * Reads an OData CSDL document (Graph's `$metadata`) into plain data, with every type name fully qualified
 * (aliases such as `graph.` resolved; `microsoft.graph.externalConnectors` has no alias and is always written
 * in full). The XML itself is parsed by fast-xml-parser; this module only knows CSDL's elements.
 * Tolerant by design: the beta excerpts reference types they do not define, and those stay dangling names.
 */
import { XMLParser } from 'fast-xml-parser';

export interface CsdlProperty { name: string; type: string; nullable: boolean; terms: Set<string> }
export interface CsdlNavigation { name: string; type: string; containsTarget: boolean }
export interface CsdlStructuredType {
  kind: 'entity' | 'complex';
  fullName: string;
  baseType?: string;
  abstract: boolean;
  openType: boolean;
  /** `HasStream="true"`: the entity is a media entity (`/$value` reads or writes its content). */
  hasStream?: boolean;
  properties: CsdlProperty[];
  navigation: CsdlNavigation[];
}
export interface CsdlEnumType { fullName: string; isFlags: boolean; members: { name: string; value: number }[] }
export interface CsdlParameter { name: string; type: string; nullable: boolean; optional: boolean }
export interface CsdlOperation {
  kind: 'action' | 'function';
  fullName: string;
  name: string;
  /** Full type name of the binding parameter (without `Collection(...)`), for bound operations. */
  bindingType?: string;
  bindingIsCollection: boolean;
  parameters: CsdlParameter[];
  returnType?: string;
}
export interface CsdlDocument {
  types: Map<string, CsdlStructuredType>;
  enums: Map<string, CsdlEnumType>;
  operations: CsdlOperation[];
  /** Entity sets and singletons by name: the roots of every path. */
  entitySets: Map<string, string>;
  singletons: Map<string, string>;
  /** `Annotations Target` (fully qualified) -> the terms applied with a true (or no) Bool. */
  annotations: Map<string, Set<string>>;
  /**
   * Capabilities.V1 Insert/Update/DeleteRestrictions with `Insertable`/`Updatable`/`Deletable` false, by target
   * (`microsoft.graph.user/calendarView`, `microsoft.graph.GraphService/users`): the methods the metadata forbids.
   */
  restrictions: Map<string, Set<'insert' | 'update' | 'delete'>>;
  /**
   * Core.V1.Revisions records of Kind Deprecated, by what they mark (deprecationKey): a type or enum
   * (`microsoft.graph.alert`), a property, navigation property or enum member (`microsoft.graph.plannerPlan/owner`),
   * a bound operation (`microsoft.graph.drive/recent()`, from the target `microsoft.graph.recent(microsoft.graph.drive)`).
   */
  deprecations: Map<string, CsdlDeprecation>;
}

/** One Core.V1.Revisions record of Kind Deprecated, as the metadata words it. */
export interface CsdlDeprecation { description?: string; date?: string; removalDate?: string }

const ROOT_ELEMENTS = new Set(['edmx:Edmx', 'edmx:DataServices']);
const parser = new XMLParser({
  ignoreAttributes: false, attributeNamePrefix: '', parseAttributeValue: false, ignoreDeclaration: true, ignorePiTags: true,
  isArray: (name, _jpath, _leaf, isAttribute) => !isAttribute && !ROOT_ELEMENTS.has(name),
});

/** `Org.OData.Core.V1.Computed` and an aliased `Core.V1.Computed` are the same term. */
export { normalizeTerm } from './terms';
import { normalizeTerm } from './terms';

const list = (v: any): any[] => Array.isArray(v) ? v : v === undefined ? [] : [v];

function termsOf(element: any): Set<string> {
  const terms = new Set<string>();
  for (const a of list(element.Annotation)) if (a.Bool !== 'false') terms.add(normalizeTerm(String(a.Term)));
  return terms;
}

/** The Kind="Deprecated" record of a Core.V1.Revisions annotation among `annotations`, if any. */
function deprecationOf(annotations: any[]): CsdlDeprecation | undefined {
  for (const a of annotations) {
    if (normalizeTerm(String(a.Term)) !== 'Core.V1.Revisions') continue;
    for (const record of list(a.Collection).flatMap(c => list(c.Record))) {
      const values = list(record.PropertyValue);
      const kind = values.find(v => v.Property === 'Kind');
      if (!/RevisionKind\/Deprecated$/.test(String(list(kind?.EnumMember)[0] ?? kind?.EnumMember ?? ''))) continue;
      const text = (name: string, attribute: string) => { const v = values.find(x => x.Property === name)?.[attribute]; return v ? String(v) : undefined; };
      const description = text('Description', 'String'), date = text('Date', 'Date'), removalDate = text('RemovalDate', 'Date');
      return { ...(description ? { description } : {}), ...(date ? { date } : {}), ...(removalDate ? { removalDate } : {}) };
    }
  }
  return undefined;
}

/**
 * Where a Revisions annotation's target is kept: types, members and enum members as written (`type/member`); an
 * operation's target names it with its parameter types (`ns.recent(microsoft.graph.drive)`, the first being the binding
 * parameter's): `<binding type>/<name>()`, the form the path walk asks for. An unbound one keeps its name with `()`.
 */
export function deprecationKey(target: string): string {
  const call = /^([\w.]+)\((.*)\)$/.exec(target);
  if (!call) return target;
  const name = call[1].slice(call[1].lastIndexOf('.') + 1);
  const binding = call[2].split(',')[0]?.trim().replace(/^Collection\((.*)\)$/, '$1');
  return binding ? `${binding}/${name}()` : `${call[1]}()`;
}

export function parseCsdl(xml: string): CsdlDocument {
  const root = parser.parse(xml)['edmx:Edmx']?.['edmx:DataServices'];
  const schemas = list(root?.Schema);
  const aliases = new Map<string, string>();
  for (const s of schemas) if (s.Alias) aliases.set(String(s.Alias), String(s.Namespace));
  const qualify = (name: string): string => {
    const collection = /^Collection\((.*)\)$/.exec(name);
    if (collection) return `Collection(${qualify(collection[1])})`;
    const dot = name.indexOf('.');
    const head = dot < 0 ? name : name.slice(0, dot);
    return aliases.has(head) ? aliases.get(head)! + name.slice(head.length) : name;
  };
  const doc: CsdlDocument = { types: new Map(), enums: new Map(), operations: [], entitySets: new Map(), singletons: new Map(), annotations: new Map(), restrictions: new Map(), deprecations: new Map() };
  const deprecate = (target: string, element: any) => { const d = deprecationOf(list(element.Annotation)); if (d) doc.deprecations.set(deprecationKey(target), d); };
  const annotate = (target: string, terms: Set<string>) => {
    if (!terms.size) return;
    const set = doc.annotations.get(target) ?? new Set<string>();
    for (const t of terms) set.add(t);
    doc.annotations.set(target, set);
  };
  for (const s of schemas) {
    const ns = String(s.Namespace);
    for (const [kind, elements] of [['entity', s.EntityType], ['complex', s.ComplexType]] as const) {
      for (const t of list(elements)) {
        const fullName = `${ns}.${t.Name}`;
        const properties: CsdlProperty[] = list(t.Property).map(p => ({ name: String(p.Name), type: qualify(String(p.Type)), nullable: p.Nullable !== 'false', terms: termsOf(p) }));
        for (const p of properties) annotate(`${fullName}/${p.name}`, p.terms);
        deprecate(fullName, t);
        for (const member of [...list(t.Property), ...list(t.NavigationProperty)]) deprecate(`${fullName}/${member.Name}`, member);
        doc.types.set(fullName, {
          kind, fullName, abstract: t.Abstract === 'true', openType: t.OpenType === 'true', properties, ...(t.HasStream === 'true' ? { hasStream: true } : {}),
          navigation: list(t.NavigationProperty).map(n => ({ name: String(n.Name), type: qualify(String(n.Type)), containsTarget: n.ContainsTarget === 'true' })),
          ...(t.BaseType ? { baseType: qualify(String(t.BaseType)) } : {}),
        });
      }
    }
    for (const e of list(s.EnumType)) {
      let next = 0;
      const members = list(e.Member).map(m => { const value = m.Value !== undefined ? Number(m.Value) : next; next = value + 1; return { name: String(m.Name), value }; });
      doc.enums.set(`${ns}.${e.Name}`, { fullName: `${ns}.${e.Name}`, isFlags: e.IsFlags === 'true', members });
      deprecate(`${ns}.${e.Name}`, e);
      for (const m of list(e.Member)) deprecate(`${ns}.${e.Name}/${m.Name}`, m);
    }
    for (const [kind, elements] of [['action', s.Action], ['function', s.Function]] as const) {
      for (const a of list(elements)) {
        const params: CsdlParameter[] = list(a.Parameter).map(p => ({ name: String(p.Name), type: qualify(String(p.Type)), nullable: p.Nullable !== 'false', optional: termsOf(p).has('Core.V1.OptionalParameter') }));
        const bound = a.IsBound === 'true' && params.length > 0;
        const binding = bound ? params.shift()!.type : undefined;
        const bindingInner = binding ? /^Collection\((.*)\)$/.exec(binding)?.[1] : undefined;
        const returnType = list(a.ReturnType)[0]?.Type;
        doc.operations.push({
          kind, name: String(a.Name), fullName: `${ns}.${a.Name}`, parameters: params, bindingIsCollection: !!bindingInner,
          ...(binding ? { bindingType: bindingInner ?? binding } : {}), ...(returnType ? { returnType: qualify(String(returnType)) } : {}),
        });
      }
    }
    for (const c of list(s.EntityContainer)) {
      for (const es of list(c.EntitySet)) doc.entitySets.set(String(es.Name), qualify(String(es.EntityType)));
      for (const sg of list(c.Singleton)) doc.singletons.set(String(sg.Name), qualify(String(sg.Type)));
    }
    for (const block of list(s.Annotations)) {
      const target = String(block.Target).split('/').map((part, i) => i === 0 ? qualify(part) : part).join('/');
      annotate(target, termsOf(block));
      deprecate(target, block);
      for (const a of list(block.Annotation)) {
        const kind = /Capabilities\.V1\.(Insert|Update|Delete)Restrictions$/.exec(String(a.Term))?.[1]?.toLowerCase() as 'insert' | 'update' | 'delete' | undefined;
        const flag = kind && { insert: 'Insertable', update: 'Updatable', delete: 'Deletable' }[kind];
        if (!kind || !list(list(a.Record)[0]?.PropertyValue).some(v => v.Property === flag && v.Bool === 'false')) continue;
        const set = doc.restrictions.get(target) ?? new Set();
        set.add(kind);
        doc.restrictions.set(target, set);
      }
    }
  }
  return doc;
}
