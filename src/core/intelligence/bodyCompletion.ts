import { getLocation, getNodePath, parseTree, findNodeAtOffset, findNodeAtLocation, type Node } from 'jsonc-parser';
import { branchHolds, propertySchema, valueType, type GraphSchema } from '../graph/schemas';
import type { GraphCompletion } from './completionTypes';
import { writableEnum } from '../graph/enumValues';
import { rootProperties } from './jsonEdits';
import { odataTypeOf } from './bodyTree';
import { propertyMarkdown } from './hoverText';
import { l10n } from '../text/l10n';

/** Snippet for a property's value, so choosing `region` offers the regions right away. */
function valueSnippet(s: GraphSchema, n = 1): string {
  if (s['x-refTarget']) return `"${String(s['x-example']).replace(/\{(\w+)\}$/, (_m, id) => `\${${n}:${id}}`)}"`;
  if (s.enum) return writableEnum(s).length === 1 ? JSON.stringify(writableEnum(s)[0]) : `"\${${n}|${writableEnum(s).join(',')}|}"`;
  const type = valueType(s);
  if (type === 'boolean') return `\${${n}|false,true|}`;
  if (type === 'integer' || type === 'number') return `\${${n}:0}`;
  if (type === 'object') return `{\$${n}}`;
  if (type === 'array') return `[\$${n}]`;
  return `"\$${n}"`;
}

/** The property completions of a body schema, required first, deprecated last; read-only properties are not offered. */
export function propertyCompletions(schema: GraphSchema, present: Set<string>, replaceSpan: { start: number; end: number } | undefined): GraphCompletion[] {
  const required: string[] = schema.required ?? [];
  const out: GraphCompletion[] = [];
  for (const [name, s] of Object.entries<GraphSchema>(schema.properties ?? {})) {
    if (present.has(name) || s['x-readOnly']) continue;
    const isRequired = required.includes(name);
    const item: GraphCompletion = {
      label: name, kind: 'property', insertText: `"${name}": ${valueSnippet(s)}`, isSnippet: true,
      detail: (isRequired ? l10n.t('required {0}', s['x-graphType'] ?? valueType(s) ?? '') : `${s['x-graphType'] ?? valueType(s) ?? ''}`).trim(),
      documentation: propertyMarkdown(name, s, isRequired),
      // A deprecated property (x-deprecated: Core.V1.Revisions) is still offered, after the others, struck through.
      sortText: `${isRequired ? '0' : s['x-deprecated'] ? '3' : name.startsWith('@') ? '2' : '1'}_${name}`,
      ...(s['x-deprecated'] ? { tags: ['deprecated' as const] } : {}),
    };
    if (replaceSpan) Object.assign(item, { replaceSpan, filterText: JSON.stringify(name) });
    out.push(item);
  }
  return out.sort((a, b) => a.sortText!.localeCompare(b.sortText!));
}

function valueCompletions(s: GraphSchema, replaceSpan: { start: number; end: number } | undefined): GraphCompletion[] {
  const meanings: Record<string, string> = s['x-enumDescriptions'] ?? {};
  const items: GraphCompletion[] = [];
  if (s.enum) {
    writableEnum(s).forEach((v, i) => items.push({ label: v, kind: 'value', insertText: JSON.stringify(v), detail: meanings[v], documentation: meanings[v] ? `\`${v}\`: ${meanings[v]}` : undefined, sortText: String(i).padStart(2, '0') }));
  } else if (valueType(s) === 'boolean') {
    for (const v of ['false', 'true']) items.push({ label: v, kind: 'value', insertText: v });
  } else if (s['x-refTarget']) {
    items.push({ label: s['x-example'], kind: 'value', insertText: valueSnippet(s), isSnippet: true, detail: l10n.t('URL of a {0}', String(s['x-refTarget']).split('.').pop()!) });
  }
  // The span is the whole string node, quotes included: filter on the label as it would be typed there.
  return replaceSpan ? items.map(i => ({ ...i, replaceSpan, filterText: JSON.stringify(i.label) })) : items;
}

/** A whole body for an empty one: the required properties, each with its value snippet. */
export function skeletonCompletion(schema: GraphSchema): GraphCompletion {
  const required: string[] = schema.required ?? [];
  const lines = required.map((name, i) => `  "${name}": ${valueSnippet(schema.properties[name], i + 1)}`);
  return { label: `{ ${schema.title} }`, kind: 'snippet', insertText: `{\n${lines.join(',\n')}${lines.length ? '\n' : '  $1\n'}}`, isSnippet: true, detail: schema.description, sortText: '0' };
}

/** The `@odata.type` an object node names (a string), if any. */
function declaredType(node: Node | undefined): string | undefined {
  const value = odataTypeOf(node);
  return typeof value === 'string' ? value : undefined;
}

/**
 * The object shape a value schema stands for: the schema itself when it lists properties, else what its `allOf`
 * holds (the v1.0 schemas: `{ type: object, allOf: [shape] }`); of a shape dispatched on `@odata.type`, the branch
 * the object's `declared` type picks (a derived type's shape, `#` or not), else the one taken without one (the
 * declared type's own shape).
 */
function objectShape(s: GraphSchema | undefined, declared?: string, depth = 0): GraphSchema | undefined {
  if (!s || depth > 8) return undefined;
  const parts: GraphSchema[] = s.allOf ?? [];
  const branch = (declared === undefined ? undefined : parts.find(p => p.if && branchHolds(p.if, declared))) ?? parts.find(p => p.if?.not?.required);
  if (branch?.then) return objectShape(branch.then, undefined, depth + 1);
  if (s.properties) return s;
  for (const p of parts) { const shape = objectShape(p.if ? undefined : p, declared, depth + 1); if (shape) return shape; }
  return undefined;
}

/** The schema that dispatches on `@odata.type` (its `@odata.type` lists every type the value may name), if `s` is one. */
function dispatcher(s: GraphSchema | undefined, depth = 0): GraphSchema | undefined {
  if (!s || depth > 8) return undefined;
  const parts: GraphSchema[] = s.allOf ?? [];
  if (parts.some(p => p.if) && propertySchema(s, '@odata.type')) return s;
  for (const p of parts) { const d = p.if ? undefined : dispatcher(p, depth + 1); if (d) return d; }
  return undefined;
}

/**
 * The schema of property `name` of an object value of schema `s` whose node is `node`: `@odata.type` as the
 * dispatcher lists every type it may name, any other from the shape the object's `@odata.type` picks.
 */
function propertyOf(s: GraphSchema | undefined, node: Node | undefined, name: string): GraphSchema | undefined {
  if (name === '@odata.type') { const choices = propertySchema(dispatcher(s), '@odata.type'); if (choices) return choices; }
  return propertySchema(objectShape(s, declaredType(node)), name);
}

/** In a nested value, `@odata.type` only where it chooses among derived types (one allowed value: nothing to choose). */
function nestedOnly(items: GraphCompletion[], shape: GraphSchema): GraphCompletion[] {
  const odataType = propertySchema(shape, '@odata.type');
  return odataType && writableEnum(odataType).length <= 1 ? items.filter(i => i.label !== '@odata.type') : items;
}

/** The schema at a JSON path inside the body (object keys and array indexes), each object read through its `@odata.type`; or undefined. */
function schemaAtPath(schema: GraphSchema, root: Node, path: (string | number)[]): GraphSchema | undefined {
  let s: GraphSchema | undefined = schema;
  for (let i = 0; i < path.length && s; i++) {
    const seg = path[i];
    s = typeof seg === 'number' ? s.items : propertyOf(s, findNodeAtLocation(root, path.slice(0, i)), seg);
  }
  return s;
}

/**
 * The properties the body's own object offers: the request's schema, or, when its `@odata.type` names a derived
 * type, that type's shape with the schema's required ones (the docs' rule for this request).
 */
const ownsNone = new WeakMap<GraphSchema, boolean>();
/** Whether a schema lists no properties of its own but annotations (once per schema: they are shared and never change). */
function ownsNoProperties(schema: GraphSchema): boolean {
  let answer = ownsNone.get(schema);
  if (answer === undefined) ownsNone.set(schema, answer = Object.keys(schema.properties ?? {}).every(k => k.startsWith('@')));
  return answer;
}

function rootShape(schema: GraphSchema, root: Node): GraphSchema {
  const declared = declaredType(root);
  // Without an @odata.type, the root's own properties; where it lists none of its own (an abstract type's update, whose
  // properties are any concrete type's: v1Schemas.ts), the branch taken without one.
  const branches = schema.allOf as GraphSchema[] | undefined;
  const picked = !branches ? undefined
    : declared === undefined ? (ownsNoProperties(schema) ? branches.find(p => p.if?.not?.required)?.then : undefined)
    : branches.find(p => p.if && branchHolds(p.if, declared))?.then;
  const shape = objectShape(picked);
  return shape ? { properties: shape.properties, required: schema.required, ...(shape['x-graphType'] ? { 'x-graphType': shape['x-graphType'] } : {}) } : schema;
}

/** The shape of an object node of the body at any depth (nested objects read through their `@odata.type`), for the body's rules. */
export function objectShapeAt(schema: GraphSchema, root: Node, objectNode: Node): GraphSchema | undefined {
  const path = getNodePath(objectNode);
  if (path.length > 16) return undefined;
  return path.length === 0 ? rootShape(schema, root) : objectShape(schemaAtPath(schema, root, path), declaredType(objectNode));
}

/** Whether `objectNode` lies in the value of a navigation property (a deep insert: v1Schemas.ts navigationSchema). */
export function underNavigation(schema: GraphSchema, root: Node, objectNode: Node): boolean {
  const path = getNodePath(objectNode);
  if (path.length > 16) return false;
  for (let i = 1; i <= path.length; i++) if (typeof path[i - 1] === 'string' && schemaAtPath(schema, root, path.slice(0, i))?.['x-navigation']) return true;
  return false;
}

/**
 * The schema of the body property at `offset` (a key or its value, at any depth) and whether its object requires
 * it, read as completion reads the body: for hover.
 */
export function bodyPropertyAt(json: string, offset: number, schema: GraphSchema): { name: string; schema: GraphSchema; required: boolean; node: Node; owner?: string } | undefined {
  const root = parseTree(json);
  const node = root && findNodeAtOffset(root, offset);
  const prop = node?.parent?.type === 'property' ? node.parent : undefined;
  if (!root || !node || !prop || root.type !== 'object') return undefined;
  const path = getNodePath(node);
  if (path.length === 0 || path.length > 16 || typeof path[path.length - 1] !== 'string') return undefined;
  const name = String(path[path.length - 1]);
  const objectPath = path.slice(0, -1);
  // The object's schema is walked to once; the property is read from it as schemaAtPath's last step would.
  const objectNode = prop.parent;
  const objectSchema = objectPath.length === 0 ? schema : schemaAtPath(schema, root, objectPath);
  const container = objectPath.length === 0 ? rootShape(schema, root) : objectShape(objectSchema, declaredType(objectNode));
  const s = objectPath.length === 0 && name !== '@odata.type' ? propertySchema(container, name) : propertyOf(objectSchema, objectNode, name);
  // Whose property: named when nested or when the body's @odata.type picked a derived type (not the URL's own type).
  const owner = objectPath.length > 0 || container !== schema ? container?.['x-graphType'] : undefined;
  return s ? { name, schema: s, required: ((container?.required ?? []) as string[]).includes(name), node, ...(typeof owner === 'string' ? { owner } : {}) } : undefined;
}

/** Completions inside a JSON body at `offset` (relative to the JSON text); `base` maps back to the document. */
export function bodyCompletions(json: string, offset: number, base: number, schema: GraphSchema): GraphCompletion[] {
  if (json.trim() === '') return [skeletonCompletion(schema)];
  const location = getLocation(json, offset);
  const root = parseTree(json);
  if (!root || location.path.length > 16) return [];
  const node: Node | undefined = findNodeAtOffset(root, offset, true);
  const stringSpan = node?.type === 'string' ? { start: base + node.offset, end: base + node.offset + node.length } : undefined;
  if (location.isAtPropertyKey || location.path.length === 0) {
    if (location.path.length === 0 && root.type !== 'object') return [];
    if (location.path.length <= 1) return propertyCompletions(rootShape(schema, root), new Set(rootProperties(root).keys()), stringSpan);
    // A key inside a nested object: that object's shape (the one its @odata.type picks), without the keys it already has.
    const objectPath = location.path.slice(0, -1);
    const objectNode = findNodeAtLocation(root, objectPath);
    const shape = objectShape(schemaAtPath(schema, root, objectPath), declaredType(objectNode));
    return shape ? nestedOnly(propertyCompletions(shape, new Set(rootProperties(objectNode).keys()), stringSpan), shape) : [];
  }
  const s: GraphSchema | undefined = schemaAtPath(schema, root, location.path);
  if (!s) return [];
  const valueNode = node && node.parent?.type === 'property' && node === node.parent.children?.[1] ? node : undefined;
  const shape = node?.type === 'object' && valueNode === undefined ? objectShape(s, declaredType(node)) : undefined;
  if (shape) return nestedOnly(propertyCompletions(shape, new Set(rootProperties(node).keys()), undefined), shape);
  return valueCompletions(s, valueNode ? { start: base + valueNode.offset, end: base + valueNode.offset + valueNode.length } : undefined);
}
