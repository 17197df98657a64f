/**
 * A body wrapped in `{ "value": { ... } }`, as a response lists items (accesspackagecatalog-post-
 * accesspackagecustomworkflowextensions' Example 2: the extension inside "value"): a create or update sends the
 * resource's properties at the top level (OData JSON Format 4.0, 11: an entity is a JSON object of its properties;
 * `value` holds a collection in a response). The schema check alone says only what the top level lacks.
 */
import type { GraphSchema } from '../graph/schemas';
import type { PreparedBody } from './bodyText';
import type { GraphDiagnostic } from './types';
import { objectRoot } from './bodyTree';
import { spanOf } from './jsonEdits';
import { l10n } from '../text/l10n';

export function valueWrapperDiagnostics(prepared: PreparedBody, schema: GraphSchema | undefined): GraphDiagnostic[] {
  const kind = schema?.['x-kind'];
  // Only a resource's body (an action's parameters may be named value; an open type may hold any name).
  if (!schema?.properties || (kind !== 'create' && kind !== 'update') || Object.hasOwn(schema.properties, 'value')) return [];
  const root = objectRoot(prepared);
  const only = root?.children?.length === 1 ? root.children[0] : undefined;
  const [key, value] = only?.children ?? [];
  if (!root || key?.value !== 'value' || value?.type !== 'object') return [];
  // An open type (message, event, group) may hold a property named value: said only when what is inside is the type's
  // own (`{ "value": { "subject": ... } }` on a message), as Exchange rejects what its types do not declare.
  if (schema['x-openType'] && !(value.children ?? []).some(p => typeof p.children?.[0]?.value === 'string' && Object.hasOwn(schema.properties, p.children[0].value as string))) return [];
  const base = prepared.offset;
  const outer = spanOf(root, base), inner = spanOf(value, base);
  return [{
    span: spanOf(key, base), severity: 'error', code: 'graph.body.valueWrapper',
    message: l10n.t('The body is wrapped in "value", as a response lists items: a request to {0} sends the resource\'s properties at the top level.', kind === 'create' ? l10n.t('create') : l10n.t('update')),
    fixes: [{ title: l10n.t('Unwrap "value"'), edits: [{ span: { start: outer.start, end: inner.start }, newText: '' }, { span: { start: inner.end, end: outer.end }, newText: '' }], isPreferred: true }],
  }];
}
