import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import type { PreparedBody } from './bodyText';

const trees = new WeakMap<PreparedBody, { root: Node | undefined; errors: ParseError[] }>();

/**
 * The body's strict parse (no comments), once per prepared body: the schema check (bodyRules.ts) and every Graph
 * body rule (bodyRuleList.ts) read this one tree, where each parsed the body again.
 */
export function strictTree(prepared: PreparedBody): { root: Node | undefined; errors: ParseError[] } {
  let tree = trees.get(prepared);
  if (!tree) {
    const errors: ParseError[] = [];
    tree = { root: parseTree(prepared.json, errors, { disallowComments: true }), errors };
    trees.set(prepared, tree);
  }
  return tree;
}

/** The body's JSON object tree when the body parses cleanly as an object, else undefined (the JSON language service reports the syntax). */
export function objectRoot(prepared: PreparedBody): Node | undefined {
  const { root, errors } = strictTree(prepared);
  return root && !errors.length && root.type === 'object' ? root : undefined;
}

/** The value of an object node's `@odata.type` member as parsed (any JSON type; undefined without one). */
export function odataTypeOf(node: Node | undefined): unknown {
  return node?.children?.find(p => p.children?.[0]?.value === '@odata.type')?.children?.[1]?.value;
}
