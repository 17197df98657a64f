/** How the body rules word an enum value: the members listed with their meanings, the nearest one, a flags value's strangers. */
import type { Node } from 'jsonc-parser';
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
