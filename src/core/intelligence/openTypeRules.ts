import { objectRoot, odataTypeOf } from './bodyTree';
import { branchHolds, shortTypeName, type GraphSchema } from '../graph/schemas';
import type { PreparedBody } from './bodyText';
import type { CodeFix, GraphDiagnostic } from './types';
import { didYouMean } from './didYouMean';
import { removePropertyEdit, spanOf } from './jsonEdits';
import { l10n } from '../text/l10n';
import { betaDeclares, isV1MetadataSchema, loadV1Model, typeChain } from '../graph/v1Model';

/**
 * Directory extension properties: `extension_<appId without dashes>_<name>` (docs: "Add custom data to
 * resources using extensions", directory extensions). Accepted on open types as they are.
 */
export const DIRECTORY_EXTENSION = /^extension_[0-9a-f]{32}_[A-Za-z0-9_]+$/i;

/**
 * Schema extension properties, named by the extension's id (schemaextension.md, id: `{domainName}_{schemaName}`, e.g.
 * `contoso_mySchema`, or `ext{8 random alphanumeric chars}_{schemaName}`, e.g. `extkvbmkofy_mySchema`): one underscore
 * between two alphanumeric names. No property Graph declares has an underscore.
 */
export const SCHEMA_EXTENSION = /^[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9]+$/;

const graphTypes = (...names: string[]) => new Set(names.map(n => `microsoft.graph.${n}`));
/** schemaextension.md: "Schema extensions are supported by the following resource types". */
const SCHEMA_EXTENSION_TYPES = graphTypes('user', 'group', 'administrativeUnit', 'application', 'contact', 'device', 'event', 'message', 'organization', 'post', 'todoTask', 'todoTaskList');
/** extensionproperty.md, targetObjects: User, Group, AdministrativeUnit, Application, Device, Organization. */
const DIRECTORY_EXTENSION_TYPES = graphTypes('user', 'group', 'administrativeUnit', 'application', 'device', 'organization');

/**
 * Whether `name` is an extension property `type` carries though its metadata does not declare it: a directory
 * extension (`extension_<appId>_<name>`) or a schema extension (`<id>`), read and written by name (user-list.md:
 * "Directory extensions / Schema extensions: Returned only with $select"). A type derived from a supported one is one.
 */
export function isExtensionProperty(type: string | undefined, name: string): boolean {
  if (!type || !name.includes('_')) return false;
  const directory = DIRECTORY_EXTENSION.test(name);
  if (!directory && !SCHEMA_EXTENSION.test(name)) return false;
  return isOrDerivesFrom(type, directory ? DIRECTORY_EXTENSION_TYPES : SCHEMA_EXTENSION_TYPES);
}

/** Whether `type` is one of `types` or derives from one (its chain read from the v1.0 model). */
function isOrDerivesFrom(type: string, types: ReadonlySet<string>): boolean {
  if (types.has(type)) return true;
  const m = type.startsWith('microsoft.graph.') ? loadV1Model() : undefined;
  return !!m?.types[type] && typeChain(m, type).some(t => types.has(t));
}

const OPEN_TYPE_EXTENSION = 'microsoft.graph.openTypeExtension';

/**
 * The shape a body of `schema` is checked against: the branch its `@odata.type` picks (the branch's condition names
 * the type with and without `#`: namesType), the declared type's own without one, else the schema itself.
 */
function dispatchedShape(schema: GraphSchema, odataType: unknown): GraphSchema {
  const branches: GraphSchema[] = schema.allOf ?? [];
  const branch = branches.find(b => branchHolds(b.if, typeof odataType === 'string' ? odataType : undefined));
  return branch?.then?.properties ? branch.then : schema;
}

/**
 * Open types (`user`, `group`, `application`, `servicePrincipal` are OpenType in v1.0) accept undeclared
 * properties, so Graph does not reject one; but an undeclared property that is not a directory extension is
 * most often a misspelt declared one: a warning with a did-you-mean. Annotation keys (with `@`) are not properties.
 */
export function openTypeDiagnostics(prepared: PreparedBody, body: GraphSchema | undefined, toBeta?: CodeFix): GraphDiagnostic[] {
  if (!body?.['x-openType'] || !body.properties) return [];
  const root = objectRoot(prepared);
  if (!root) return [];
  const schema = dispatchedShape(body, odataTypeOf(root));
  // An open extension is custom data by design (Graph docs, openTypeExtension: "add untyped properties to a resource"):
  // every undeclared property is meant.
  if (!schema['x-openType'] || !schema.properties || schema['x-graphType'] === OPEN_TYPE_EXTENSION) return [];
  // The writable names, for did-you-mean: only once an undeclared name is found (reading each property's schema
  // builds it, and most bodies name only declared properties).
  let known: string[] | undefined;
  const writable = () => (known ??= Object.keys(schema.properties).filter(k => !k.startsWith('@') && !schema.properties[k]['x-readOnly']));
  const out: GraphDiagnostic[] = [];
  for (const prop of root.children ?? []) {
    const key = prop.children?.[0];
    const name = key?.value;
    if (typeof name !== 'string' || name.includes('@') || Object.hasOwn(schema.properties, name) || DIRECTORY_EXTENSION.test(name) || name.includes('{{')) continue;
    // A schema extension's data (extensibility-schema-groups.md: a group created with "graphlearn_courses": {...}).
    if (isExtensionProperty(String(schema['x-graphType'] ?? ''), name)) continue;
    // An open type that declares nothing but its key is a bag of custom properties: fieldValueSet (OpenType, no
    // properties but entity's id) holds a list item's columns, named per list (listitem-update sends "Color",
    // "Quantity"). Nothing undeclared there is a misspelling of a declared name.
    if (writable().every(k => k === 'id')) return [];
    const base = prepared.offset;
    const type = String(schema['x-graphType'] ?? '');
    if (type && isV1MetadataSchema(body) && betaDeclares(type, name)) {
      // device-update sends extensionAttributes to /v1.0/: beta's device declares it. An open type takes it as it is.
      out.push({
        span: spanOf(key!, base), severity: 'warning', code: 'graph.body.openTypeProperty',
        message: l10n.t("{0} declares no property '{1}' in v1.0; beta's {0} does. It is an open type, so Graph v1.0 stores it as it is, undeclared; send this request to /beta/ to have it read as declared.", shortTypeName(type), name),
        fixes: [...(toBeta ? [toBeta] : []), { title: l10n.t("Remove '{0}'", name), edits: [removePropertyEdit(prop, base)] }],
      });
      continue;
    }
    const near = didYouMean(name, writable());
    const fixes: CodeFix[] = near ? [{ title: l10n.t("Rename to '{0}'", near), edits: [{ span: { start: base + key!.offset + 1, end: base + key!.offset + key!.length - 1 }, newText: near }], isPreferred: true }] : [];
    fixes.push({ title: l10n.t("Remove '{0}'", name), edits: [removePropertyEdit(prop, base)] });
    // The directory-extension naming is said only on the types that take directory extensions (a security entity's
    // secureScoreControlProfile is open too, but extension_ names mean nothing there).
    const owner = typeof schema['x-graphType'] === 'string' ? schema['x-graphType'] : '';
    const directory = isOrDerivesFrom(owner, DIRECTORY_EXTENSION_TYPES);
    out.push({
      span: spanOf(key!, base), severity: 'warning', code: 'graph.body.openTypeProperty',
      message: near
        ? (directory
          ? l10n.t("{0} declares no property '{1}'. Did you mean '{2}'? It is an open type, so Graph stores undeclared properties as they are; a directory extension is named extension_<appId without dashes>_<name>.", shortTypeName(owner), name, near)
          : l10n.t("{0} declares no property '{1}'. Did you mean '{2}'? It is an open type, so Graph stores undeclared properties as they are.", shortTypeName(owner), name, near))
        : (directory
          ? l10n.t("{0} declares no property '{1}'. It is an open type, so Graph stores undeclared properties as they are; a directory extension is named extension_<appId without dashes>_<name>.", shortTypeName(owner), name)
          : l10n.t("{0} declares no property '{1}'. It is an open type, so Graph stores undeclared properties as they are.", shortTypeName(owner), name)),
      fixes,
    });
    if (out.length >= 100) break;
  }
  return out.filter(d => !prepared.opaque.some(o => o.start < d.span.end && d.span.start < o.end));
}
