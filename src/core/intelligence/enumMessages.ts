/** How the body rules word an enum value: the members listed with their meanings, the nearest one, a flags value's strangers. */
import { getNodePath, type Node } from 'jsonc-parser';
import { shortTypeName, type GraphSchema } from '../graph/schemas';
import { writableEnum } from '../graph/enumValues';
import { didYouMean, listOr } from './didYouMean';
import { l10n } from '../text/l10n';

export function enumList(s: GraphSchema): string {
  const meanings: Record<string, string> = s['x-enumDescriptions'] ?? {};
  return listOr(writableEnum(s).map(v => meanings[v] ? `${v} (${meanings[v]})` : v));
}

/** A typo (`eru`), a meaning (`Europe`, `north america`) or a prefix (`europe`) of a writable value. */
export function nearestEnum(value: string, s: GraphSchema): string | undefined {
  const values = writableEnum(s);
  const meanings: Record<string, string> = s['x-enumDescriptions'] ?? {};
  const v = value.toLowerCase();
  return values.find(e => meanings[e]?.toLowerCase() === v)
    ?? values.find(e => v.startsWith(e.toLowerCase()) || e.toLowerCase().startsWith(v) && v.length >= 2)
    ?? didYouMean(value, values);
}

/**
 * A flags enum's value that names members the enum does not have, named (security-ediscoverysearch-exportreport's
 * additionalOptions lists optimizedPartitionSize, which this metadata's enum lacks); undefined when every member is one.
 */
export function unknownFlags(name: string, s: GraphSchema, value: Node): string | undefined {
  const flags: string[] | undefined = s['x-flags'];
  const unknown = flags && value.type === 'string' ? String(value.value).split(',').map(p => p.trim()).filter(p => p && !flags.some(f => f.toLowerCase() === p.toLowerCase())) : [];
  if (!unknown.length) return undefined;
  return l10n.t('{0}: {1} is not a member of the flags enum {2}. Its members: {3}, separated by commas.', name, unknown.map(u => `'${u}'`).join(', '), shortTypeName(String(s['x-graphType'] ?? '')) || name, flags!.join(', '));
}

/** The values the service's enum message lists (`Value is not accepted. Valid values: "a", "b".`), or undefined. */
function serviceEnumValues(message: string): unknown[] | undefined {
  try { return JSON.parse(`[${message.slice(message.indexOf(': ') + 2, -1)}]`); } catch { return undefined; }
}

/** vscode-json-languageservice's ErrorCode.EnumValueMismatch. */
export const ENUM_MISMATCH = 1;

/**
 * The service's enum message lists every value the schema accepts; the schemas also accept the spellings Graph reads
 * (x-spellingVariants): `Required` and `REQUIRED` beside `required`, `microsoft.graph.user` beside
 * `#microsoft.graph.user`. Those are listed once, as the metadata spells them. (The message is the pinned service's
 * English one: "Value is not accepted. Valid values: ...".)
 */
export function listedOnce(message: string): string {
  const values = serviceEnumValues(message);
  if (!values) return message;
  const names = values.filter((v): v is string => typeof v === 'string');
  // A spelling of an earlier value (the schemas list the metadata's members first, then their variants).
  const variant = (v: unknown) => typeof v === 'string' && names.slice(0, names.indexOf(v)).some(n => n !== v && (v === n.toUpperCase() || v === n[0].toUpperCase() + n.slice(1) || v === n.toLowerCase() || n === `#${v}`));
  // As writableEnum offers them: null is no member (a nullable list's items accept it: typeSchemas.ts typedSchema), and the
  // evolvable-enum sentinel is valid but never a value to send.
  const kept = values.filter(v => !variant(v) && v !== null && v !== 'unknownFutureValue');
  return kept.length === values.length ? message : l10n.t('Value is not accepted. Valid values: {0}.', kept.map(v => JSON.stringify(v)).join(', '));
}

/**
 * Where a value is, as a JSON path from the body's top (`proposedNewTime.start`, `attendees[0].emailAddress.address`,
 * `platforms[0]`): for a property's value or a list's item; undefined for the top itself.
 */
export function valuePlace(node: Node): string | undefined {
  const parent = node.parent;
  if (!(parent?.type === 'property' && node === parent.children![1]) && parent?.type !== 'array') return undefined;
  const path = getNodePath(node);
  if (!path.length || path.length > 16) return undefined;
  return path.map((p, i) => typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`).join('');
}
