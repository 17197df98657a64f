import type { Node } from 'jsonc-parser';
import type { Span } from '../text/lineIndex';
import type { TextEdit } from './types';

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

export function spanOf(node: Node, base: number): Span {
  return { start: base + node.offset, end: base + node.offset + node.length };
}

/**
 * Removes a property with its comma: up to the next property when there is one (taking the comma and the
 * line break with it), otherwise back to the end of the previous property.
 */
export function removePropertyEdit(property: Node, base: number): TextEdit {
  const siblings = property.parent?.children ?? [property];
  const i = siblings.indexOf(property);
  if (i < siblings.length - 1) return { span: { start: base + property.offset, end: base + siblings[i + 1].offset }, newText: '' };
  if (i > 0) {
    const prev = siblings[i - 1];
    return { span: { start: base + prev.offset + prev.length, end: base + property.offset + property.length }, newText: '' };
  }
  return { span: spanOf(property, base), newText: '' };
}
