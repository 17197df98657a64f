/**
 * The documentation placeholders the docs' examples carry, as every rule reads them: type names and `-value` strings as
 * values, `{id}` as a value or a URL segment.
 */
import type { Node } from 'jsonc-parser';
import { valueType, type GraphSchema } from '../graph/schemas';
import type { GraphDiagnostic } from './types';
import { spanOf } from './jsonEdits';
import { l10n } from '../text/l10n';

// A type name, also with a note in brackets ("String (timestamp)": security-alert-update, subjectrightsrequest-post), or `x-value`.
export const PLACEHOLDER = /^((String|Boolean|Int16|Int32|Int64|Double|Decimal|DateTimeOffset|Guid|Binary|Byte)( \([^()]*\))?|[A-Za-z]+-value)$/;
/**
 * `{id}`: a documentation placeholder as a value (synchronization-synchronizationtemplate-update's `"applicationId":
 * "{id}"`), a URL segment (`/users/{id}`) or a segment of a URL in a body. Not `{{variable}}`.
 */
export const BRACED = /^\{[^{}]+\}$/;

/**
 * A string value that reads as a documentation placeholder. A property that names a type takes type names as real
 * values: customSecurityAttributeDefinition's `"type": "String"` (its docs page: "Supported types are: Boolean, Integer,
 * and String"), extensionProperty's `"dataType": "String"`; `-value` and `{id}` are placeholders there too.
 */
export function looksPlaceholder(v: Node, name: string): boolean {
  if (v.type !== 'string' || typeof v.value !== 'string') return false;
  if (BRACED.test(v.value)) return true;
  return PLACEHOLDER.test(v.value) && (v.value.endsWith('-value') || !/type$/i.test(name));
}

/** A plain string (or Graph's `Json`): a formatted one (a date-time, a GUID) gets the placeholder error instead (valueProblem). */
export function takesPlainString(x: GraphSchema | undefined): boolean {
  return !!x && !x.enum && !x.format && !x.pattern && (valueType(x) === 'string' || x['x-graphType'] === 'microsoft.graph.Json');
}

export function placeholderInfo(v: Node, name: string, base: number): GraphDiagnostic {
  return { span: spanOf(v, base), severity: 'info', code: 'graph.body.placeholder', message: l10n.t('"{0}" looks like a documentation placeholder: put the real {1} here.', v.value, name) };
}
