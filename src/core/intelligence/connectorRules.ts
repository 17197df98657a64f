import { type Node } from 'jsonc-parser';
import { objectRoot } from './bodyTree';
import type { GraphSchema } from '../graph/schemas';
import type { RouteMatch } from '../graph/routes';
import type { PreparedBody } from './bodyText';
import { overlaps } from './bodyText';
import type { MappedUrl, VariableLookup } from './mappedUrl';
import type { CodeFix, GraphDiagnostic, TextEdit } from './types';
import { addPropertiesFix, removePropertyEdit, spanOf } from './jsonEdits';
import { didYouMean, listOr } from './didYouMean';
import { propertyTypeMember, resolvedString, type RegisteredSchema } from './connectorFacts';
import { l10n } from '../text/l10n';
import { BRACED } from './placeholders';
import { GUID } from '../text/guid';

/*
 * Graph connectors rules that the generated JSON Schemas cannot express, each from
 * ../shared/graph/docs-facts.json `rules` (the id is in every message) or the CSDL metadata:
 * - schema.property (externalconnectors-property.md): only String and StringCollection properties can be searchable.
 * - item.id (externalconnectors-externalitem.md): an item id is alphanumeric, at most 128 characters.
 * - item.acl (externalconnectors-externalitem.md, metadata): accessType, type and value are Nullable="false"; value
 *   is the Entra object id of the user or group, the tenant id for everyone/everyoneExceptGuests, the externalGroup id
 *   for externalGroup (whose ids follow rule externalGroup.id: alphanumeric, up to 128 characters).
 * - item.odataTypeMarkers (externalconnectors-externalconnection-put-items.md): in `properties`, every collection
 *   value needs "<name>@odata.type": "Collection(String)" (Collection(DateTimeOffset) for DateTime collections) and a
 *   non-ASCII string value needs "<name>@odata.type": "String".
 * - externalItem.put constraint "properties values must match the registered schema": checked when the same file
 *   registers the connection's schema (see connectorFacts.ts).
 * `acl` and `properties` required on PUT (rule item.requiredProperties), and the enums (acl type/accessType,
 * content.type, labels, propertyType, beta rankingHint.importanceScore) are in the generated body schemas already.
 */

const propertyPage = () => l10n.t('docs rule {0}, {1}', 'schema.property', 'externalconnectors-property.md');
const ITEM_PAGE = 'externalconnectors-externalitem.md';
const markerPage = () => l10n.t('docs rule {0}, {1}', 'item.odataTypeMarkers', 'externalconnectors-externalconnection-put-items.md');
const SCHEMA_OPS = new Set(['schema.register', 'schema.create.legacy']);
const ITEM_OPS = new Set(['externalItem.put', 'externalItem.update']);
const ALNUM_128 = /^[A-Za-z0-9]{1,128}$/;
const SEARCHABLE_TYPES = ['string', 'stringCollection'];
/** The markers rule item.odataTypeMarkers names; for other collections (int64, double, principal) it names none. */
const MARKERS: Record<string, string> = { stringCollection: 'Collection(String)', dateTimeCollection: 'Collection(DateTimeOffset)' };
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The JSON form of each scalar `propertyType` member (microsoft.graph.externalConnectors.propertyType in the CSDL):
 * Edm.String, Edm.Int64, Edm.Double, Edm.DateTimeOffset (an ISO 8601 string) and Edm.Boolean as OData JSON writes
 * them. `principal` is not here: neither the docs facts nor the metadata say what JSON it takes.
 */
const SCALAR: Record<string, { test: (n: Node) => boolean; says: () => string }> = {
  string: { test: n => n.type === 'string', says: () => l10n.t('a string') },
  int64: { test: n => n.type === 'number' && Number.isInteger(n.value), says: () => l10n.t('an integer') },
  double: { test: n => n.type === 'number', says: () => l10n.t('a number') },
  boolean: { test: n => n.type === 'boolean', says: () => l10n.t('true or false') },
  dateTime: { test: n => n.type === 'string' && ISO_DATE_TIME.test(n.value), says: () => l10n.t('an ISO 8601 date and time ("2024-05-31T12:00:00Z")') },
};

const member = (obj: Node | undefined, name: string): Node | undefined =>
  obj?.type === 'object' ? obj.children?.find(p => p.children?.[0]?.value === name) : undefined;

export interface ConnectorRuleContext {
  lookup: VariableLookup;
  /** The schema the same file registers for the item's connection, if any. */
  registered?: RegisteredSchema;
}

/** Diagnostics of a schema registration or an item body by the rules above; nothing for other operations. */
export function connectorDiagnostics(prepared: PreparedBody, opId: string | undefined, bodySchema: GraphSchema | undefined, ctx: ConnectorRuleContext): GraphDiagnostic[] {
  if (!opId || !(SCHEMA_OPS.has(opId) || ITEM_OPS.has(opId))) return [];
  const root = objectRoot(prepared);
  if (!root) return [];
  const base = prepared.offset;
  const isVariable = (n: Node) => prepared.variableStrings.some(v => overlaps(v, spanOf(n, base)));
  const out = SCHEMA_OPS.has(opId) ? searchableProblems(root, base) : [
    ...aclProblems(member(root, 'acl')?.children?.[1], prepared.json, base, bodySchema, ctx.lookup, isVariable),
    ...propertiesProblems(member(root, 'properties')?.children?.[1], prepared.json, base, ctx.registered),
  ];
  return out.filter(d => !prepared.opaque.some(o => overlaps(o, d.span)));
}

/** Rule schema.property: `isSearchable: true` only on string and stringCollection properties. */
function searchableProblems(root: Node, base: number): GraphDiagnostic[] {
  const out: GraphDiagnostic[] = [];
  for (const p of member(root, 'properties')?.children?.[1]?.children ?? []) {
    const searchable = member(p, 'isSearchable');
    const type = member(p, 'type')?.children?.[1];
    const on = searchable?.children?.[1]?.value; // "true" is true to Graph (bodyRules booleanString)
    if (!searchable || (on !== true && on !== 'true') || type?.type !== 'string' || SEARCHABLE_TYPES.includes(propertyTypeMember(type.value))) continue;
    const name = member(p, 'name')?.children?.[1]?.value;
    const value = searchable.children![1];
    out.push({
      span: spanOf(searchable, base), severity: 'error', code: 'graph.body.searchableType',
      message: typeof name === 'string'
        ? l10n.t("Only string and stringCollection properties can be searchable; '{0}' is {1} ({2}).", name, type.value, propertyPage())
        : l10n.t('Only string and stringCollection properties can be searchable; this property is {0} ({1}).', type.value, propertyPage()),
      fixes: [
        { title: l10n.t('Change isSearchable to false'), edits: [{ span: spanOf(value, base), newText: 'false' }], isPreferred: true },
        { title: l10n.t("Remove '{0}'", 'isSearchable'), edits: [removePropertyEdit(searchable, base)] },
      ],
    });
  }
  return out;
}

/** Rule item.acl: each entry has type, value and accessType, and the value is the kind of id its type names. */
function aclProblems(acl: Node | undefined, json: string, base: number, bodySchema: GraphSchema | undefined, lookup: VariableLookup, isVariable: (n: Node) => boolean): GraphDiagnostic[] {
  if (acl?.type !== 'array') return [];
  const entrySchema = bodySchema?.definitions?.['microsoft.graph.externalConnectors.acl'];
  const out: GraphDiagnostic[] = [];
  for (const entry of acl.children ?? []) {
    if (entry.type !== 'object') continue;
    const missing = ['type', 'value', 'accessType'].filter(n => !member(entry, n));
    if (missing.length) {
      out.push({
        span: { start: base + entry.offset, end: base + entry.offset + 1 }, severity: 'error', code: 'graph.body.aclEntry',
        message: missing.length > 1
          ? l10n.t('An acl entry needs type, value and accessType (Nullable="false" in Graph\'s metadata; docs rule item.acl, {0}): {1} are missing.', ITEM_PAGE, listOr(missing.map(m => `'${m}'`), 'and'))
          : l10n.t('An acl entry needs type, value and accessType (Nullable="false" in Graph\'s metadata; docs rule item.acl, {0}): {1} is missing.', ITEM_PAGE, `'${missing[0]}'`),
        fixes: entrySchema ? [addPropertiesFix(entry, json, base, missing, entrySchema)] : undefined,
      });
    }
    const type = member(entry, 'type')?.children?.[1]?.value;
    const value = member(entry, 'value')?.children?.[1];
    if (value?.type !== 'string' || typeof type !== 'string') continue;
    const text = isVariable(value) ? resolvedString(value.value, lookup) : value.value;
    if (text.includes('{{')) continue;
    if (type === 'externalGroup' && !ALNUM_128.test(text)) {
      out.push({ span: spanOf(value, base), severity: 'error', code: 'graph.body.aclValue', message: l10n.t('For "type": "externalGroup" the value is the external group\'s id: 1 to 128 letters or digits (docs rules item.acl and externalGroup.id, {0}).', ITEM_PAGE) });
    } else if (type === 'group' && String(member(entry, 'identitySource')?.children?.[1]?.value).toLowerCase() === 'external') {
      // In any case, as the enum check reads it (connecting-external-content-external-groups.md writes "External").
      // beta's older form of an external group (externalconnectors-acl.md: type is "just group if the identitySource is
      // external", value the externalGroup's id): not a GUID. identitySource is deprecated (beta metadata's Revisions).
      if (!ALNUM_128.test(text)) out.push({ span: spanOf(value, base), severity: 'error', code: 'graph.body.aclValue', message: l10n.t('For "type": "group" with "identitySource": "external" the value is the external group\'s id: 1 to 128 letters or digits (docs rules item.acl and externalGroup.id, {0}).', ITEM_PAGE) });
    } else if (['user', 'group', 'everyone', 'everyoneExceptGuests'].includes(type) && !GUID.test(text)) {
      const what = type === 'user' ? l10n.t('the Entra object id of the user') : type === 'group' ? l10n.t('the Entra object id of the group') : l10n.t('the tenant id');
      out.push({ span: spanOf(value, base), severity: 'warning', code: 'graph.body.aclValue', message: l10n.t('For "type": "{0}" the value is {1}, a GUID (docs rule item.acl, {2}).', type, what, ITEM_PAGE) });
    }
  }
  return out;
}

/** Inserts `"<name>@odata.type": "<marker>",` before a property, on its own line when the property has one. */
function insertMarker(prop: Node, json: string, base: number, name: string, marker: string): TextEdit {
  const lineStart = json.lastIndexOf('\n', prop.offset - 1) + 1;
  const indent = json.slice(lineStart, prop.offset);
  const sep = /^[ \t]*$/.test(indent) ? `\n${indent}` : ' ';
  return { span: { start: base + prop.offset, end: base + prop.offset }, newText: `${JSON.stringify(`${name}@odata.type`)}: ${JSON.stringify(marker)},${sep}` };
}

/** The marker a collection value needs: from the registered type, else from its values (strings: the rule's default). */
function wantedMarker(value: Node, type: string | undefined): string | undefined {
  if (type) return MARKERS[type];
  const items = value.children ?? [];
  if (!items.every(n => n.type === 'string')) return undefined;
  return items.length && items.every(n => ISO_DATE_TIME.test(n.value)) ? MARKERS.dateTimeCollection : MARKERS.stringCollection;
}

/** How the messages name the schema an item is checked against: the file's own registration, or the tenant's. */
function registeredWhere(schema: RegisteredSchema): string {
  return schema.origin === 'tenant'
    ? l10n.t("the schema registered for connection '{0}'", schema.connection)
    : l10n.t("the schema this file registers for connection '{0}'", schema.connection);
}

/** Rule item.odataTypeMarkers, and the registered schema's names and types when the file registers one. */
function propertiesProblems(properties: Node | undefined, json: string, base: number, registered: RegisteredSchema | undefined): GraphDiagnostic[] {
  if (properties?.type !== 'object') return [];
  const out: GraphDiagnostic[] = [];
  const byKey = new Map<string, Node>();
  for (const p of properties.children ?? []) if (typeof p.children?.[0]?.value === 'string') byKey.set(p.children[0].value, p);
  const names = registered ? [...registered.properties.keys()] : [];
  const where = registered ? registeredWhere(registered) : '';
  for (const [key, prop] of byKey) {
    const keyNode = prop.children![0];
    const value = prop.children![1];
    if (key === '@odata.type' || !value) continue;
    const isMarker = key.endsWith('@odata.type');
    const name = isMarker ? key.slice(0, -'@odata.type'.length) : key;
    const declared = registered?.properties.get(name);
    if (registered && !declared) {
      const near = didYouMean(name, names);
      const fixes: CodeFix[] = near ? [{ title: l10n.t("Rename to '{0}'", near), edits: [{ span: { start: base + keyNode.offset + 1, end: base + keyNode.offset + 1 + name.length }, newText: near }], isPreferred: true }] : [];
      fixes.push({ title: l10n.t("Remove '{0}'", key), edits: [removePropertyEdit(prop, base)] });
      out.push({
        span: spanOf(keyNode, base), severity: 'error', code: 'graph.body.itemProperty',
        message: near
          ? l10n.t("'{0}' is not a property of {1}: an item's properties must match the registered schema (docs: externalItem.put, {2}). Did you mean '{3}'?", name, where, ITEM_PAGE, near)
          : l10n.t("'{0}' is not a property of {1}: an item's properties must match the registered schema (docs: externalItem.put, {2}). Its properties: {3}.", name, where, ITEM_PAGE, names.join(', ')),
        fixes,
      });
      continue;
    }
    if (isMarker) continue;
    const type = declared?.type;
    const collection = value.type === 'array' || !!type?.endsWith('Collection');
    const scalar = SCALAR[collection && type ? type.slice(0, -'Collection'.length) : type ?? ''];
    if (type && scalar) {
      const bad = collection ? (value.type !== 'array' ? value : value.children?.find(n => !scalar.test(n))) : (scalar.test(value) ? undefined : value);
      if (bad) {
        out.push({
          span: spanOf(bad, base), severity: 'error', code: 'graph.body.itemPropertyType',
          message: !collection
            ? l10n.t("'{0}' is {1} in {2}: its value must be {3} (docs: externalItem.put, {4}).", name, type, where, scalar.says(), ITEM_PAGE)
            : bad === value
              ? l10n.t("'{0}' is {1} in {2}: give it an array, each value {3} (docs: externalItem.put, {4}).", name, type, where, scalar.says(), ITEM_PAGE)
              : l10n.t("'{0}' is {1} in {2}: each value must be {3} (docs: externalItem.put, {4}).", name, type, where, scalar.says(), ITEM_PAGE),
        });
        continue;
      }
    }
    const marker = byKey.get(`${name}@odata.type`)?.children?.[1];
    if (collection && value.type === 'array') {
      const want = wantedMarker(value, type);
      if (!marker) {
        out.push({
          span: spanOf(keyNode, base), severity: 'error', code: 'graph.body.odataTypeMarker',
          message: want
            ? l10n.t('The collection \'{0}\' needs "{0}@odata.type": "{1}" beside it ({2}).', name, want, markerPage())
            : l10n.t('The collection \'{0}\' needs "{0}@odata.type" beside it ({1}). The rule names "Collection(String)" and "Collection(DateTimeOffset)" only.', name, markerPage()),
          fixes: want ? [{ title: l10n.t('Add "{0}@odata.type": "{1}"', name, want), edits: [insertMarker(prop, json, base, name, want)], isPreferred: true }] : undefined,
        });
      } else if (want && type && marker.type === 'string' && marker.value !== want) {
        out.push({
          span: spanOf(marker, base), severity: 'error', code: 'graph.body.odataTypeMarker',
          message: l10n.t('\'{0}\' is {1} in {2}, so its marker is "{3}" ({4}).', name, type, where, want, markerPage()),
          fixes: [{ title: l10n.t('Change to "{0}"', want), edits: [{ span: spanOf(marker, base), newText: JSON.stringify(want) }], isPreferred: true }],
        });
      }
    } else if (value.type === 'string' && /[^\x00-\x7f]/.test(value.value) && !(marker?.type === 'string' && marker.value === 'String')) {
      out.push({
        span: spanOf(value, base), severity: 'warning', code: 'graph.body.odataTypeMarker',
        message: l10n.t('\'{0}\' has non-ASCII characters, so it needs "{0}@odata.type": "String" beside it ({1}).', name, markerPage()),
        fixes: marker ? undefined : [{ title: l10n.t('Add "{0}@odata.type": "{1}"', name, 'String'), edits: [insertMarker(prop, json, base, name, 'String')], isPreferred: true }],
      });
    }
  }
  return out;
}

/** Rule item.id on the URL of an item request: alphanumeric, at most 128 characters. */
export function itemIdProblem(match: RouteMatch | undefined, url: MappedUrl): GraphDiagnostic | undefined {
  const id = match?.params.itemId;
  if (!id || !match.operation?.id.startsWith('externalItem.') || id.includes('{{') || BRACED.test(id) || ALNUM_128.test(id)) return undefined;
  const at = url.text.search(new RegExp(`/items/${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[/?#]|$)`, 'i'));
  if (at < 0) return undefined;
  const start = at + '/items/'.length;
  return {
    span: url.toDocument(start, start + id.length), severity: 'error', code: 'graph.url.itemId',
    message: l10n.t("'{0}' is not a valid item id: 1 to 128 letters or digits (docs rule item.id, {1}).", id.length > 40 ? id.slice(0, 40) + '…' : id, ITEM_PAGE),
  };
}
