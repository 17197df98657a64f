import type { Node } from 'jsonc-parser';
import type { Span } from '../text/lineIndex';
import type { CodeFix, TextEdit } from './types';
import { l10n } from '../text/l10n';

/** Properties of the root object, by name (first occurrence). */
export function rootProperties(root: Node | undefined): Map<string, Node> {
  const map = new Map<string, Node>();
  if (root?.type !== 'object') return map;
  for (const p of root.children ?? []) {
    const key = p.children?.[0];
    if (key && typeof key.value === 'string' && !map.has(key.value)) map.set(key.value, p);
  }
  return map;
}

/**
 * jsonc-parser's `findNodeAtOffset`, by binary search over each node's children (which are sorted and disjoint):
 * that one walks the children from the first, so a diagnostic per property of a 20,000-property body was quadratic.
 */
export function nodeAtOffset(node: Node, offset: number): Node | undefined {
  if (offset < node.offset || offset >= node.offset + node.length) return undefined;
  const children = node.children;
  if (!children?.length) return node;
  const i = lastStartingAtOrBefore(children, offset);
  return (i >= 0 ? nodeAtOffset(children[i], offset) : undefined) ?? node;
}

/** Index of the last child whose offset is <= `offset`, -1 if none. */
function lastStartingAtOrBefore(children: Node[], offset: number): number {
  let lo = 0, hi = children.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (children[mid].offset <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

export function spanOf(node: Node, base: number): Span {
  return { start: base + node.offset, end: base + node.offset + node.length };
}

/**
 * Removes a property with its comma: up to the next property when there is one (taking the comma and the
 * line break with it), otherwise back to the end of the previous property.
 */
export function removePropertyEdit(property: Node, base: number): TextEdit {
  const siblings = property.parent?.children ?? [property];
  const at = lastStartingAtOrBefore(siblings, property.offset);
  const i = siblings[at] === property ? at : siblings.indexOf(property);
  if (i < siblings.length - 1) return { span: { start: base + property.offset, end: base + siblings[i + 1].offset }, newText: '' };
  if (i > 0) {
    const prev = siblings[i - 1];
    return { span: { start: base + prev.offset + prev.length, end: base + property.offset + property.length }, newText: '' };
  }
  return { span: spanOf(property, base), newText: '' };
}

/** A starting value that is valid for the property's schema (first writable enum value, false, "", ...). */
function defaultValue(s: Record<string, any> | undefined): string {
  if (s?.enum) return JSON.stringify(s.enum.find((v: unknown) => typeof v === 'string' && v !== s['x-evolvableSentinel']) ?? s.enum[0]);
  const type = Array.isArray(s?.type) ? s.type.find((t: string) => t !== 'null') : s?.type;
  if (type === 'boolean') return 'false';
  if (type === 'integer' || type === 'number') return '0';
  if (type === 'object') return '{}';
  if (type === 'array') return '[]';
  return s?.['x-example'] ? JSON.stringify(s['x-example']) : '""';
}

/** Inserts missing properties right after the opening brace, indented like the object's first property. */
export function addPropertiesFix(root: Node, json: string, base: number, names: string[], schema: Record<string, any>): CodeFix {
  const first = root.children?.[0];
  const lineStart = first ? json.lastIndexOf('\n', first.offset) : -1;
  const multiline = first ? lineStart > root.offset : json.slice(root.offset, root.offset + root.length).includes('\n');
  const indent = first && multiline ? json.slice(lineStart + 1, first.offset) : '  ';
  const entries = names.map(n => `"${n}": ${defaultValue(schema.properties?.[n])}`);
  const sep = multiline ? `,\n${indent}` : ', ';
  const text = multiline ? `\n${indent}${entries.join(sep)}${first ? ',' : ''}` : ` ${entries.join(sep)}${first ? ',' : ' '}`;
  return { title: l10n.t('Add {0}', names.map(n => `'${n}'`).join(', ')), edits: [{ span: { start: base + root.offset + 1, end: base + root.offset + 1 }, newText: text }], isPreferred: true };
}

/** A literal string value; a `{{variable}}` inside one is of unknown content. */
export const literalString = (node: Node | undefined): string | undefined =>
  node?.type === 'string' && typeof node.value === 'string' && !node.value.includes('{{') ? node.value : undefined;
