import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import type { PreparedBody } from './bodyText';

const roots = new WeakMap<PreparedBody, Node | null>();

/**
 * The body's JSON object tree when the body parses cleanly as an object, else undefined (the JSON language service
 * reports the syntax). Parsed once per prepared body and shared by every Graph body rule (bodyRuleList.ts), which
 * each parsed it again.
 */
export function objectRoot(prepared: PreparedBody): Node | undefined {
  let root = roots.get(prepared);
  if (root === undefined) {
    const errors: ParseError[] = [];
    const tree = parseTree(prepared.json, errors, { disallowComments: true });
    root = tree && !errors.length && tree.type === 'object' ? tree : null;
    roots.set(prepared, root);
  }
  return root ?? undefined;
}
