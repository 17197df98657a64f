/**
 * A bound function's parameters as a URL writes them (`getOffice365ActiveUserDetail(period='D7')`), read against the
 * metadata's overloads of that function. OData's URL conventions (Part 2, 11.5.1.1: "function parameters ... are
 * name/value pairs", ABNF `functionParameter = parameterName EQ ( parameterAlias / primitiveLiteral )`, a string
 * literal in single quotes, a date, a date-time or a number without) are the rule; where Graph is known to read more,
 * the finding is a warning, not an error:
 * - a name no overload declares: the getpstncalls docs page's own `@odata.nextLink` answers with `from=` and `to=`,
 *   which the metadata names fromDateTime and toDateTime, so the service reads names the metadata lacks;
 * - a string without quotes, a date or number in quotes: not OData's syntax (docs sample 6 found both on report pages).
 * A docs placeholder for a value (`date={date_value}`) is named as one. Aliases (`@p`) and `{{variables}}` are left alone.
 */
import { typeChain, type V1Model, type V1ModelOperation } from './v1Model';
import { l10n } from '../text/l10n';

export interface CallProblem {
  /** Offsets in the segment's text (`name(args)`). */
  start: number;
  end: number;
  message: string;
  code: 'graph.url.functionParameter' | 'graph.url.placeholder';
  /** A replacement for [start, end), when one is certain. */
  replacement?: string;
}

/** The top-level `name=value` pieces of a parameter list, with their offsets in `args`. */
function pieces(args: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let depth = 0, quoted = false, from = 0;
  for (let i = 0; i <= args.length; i++) {
    const c = args[i];
    if (i === args.length || (c === ',' && depth === 0 && !quoted)) { out.push({ text: args.slice(from, i), at: from }); from = i + 1; continue; }
    if (c === "'") quoted = !quoted;
    else if (!quoted && (c === '(' || c === '[' || c === '{')) depth++;
    else if (!quoted && (c === ')' || c === ']' || c === '}')) depth--;
  }
  return out.filter(p => p.text.trim() !== '');
}

const UNQUOTED_TYPES = new Set(['Edm.Date', 'Edm.DateTimeOffset', 'Edm.TimeOfDay', 'Edm.Guid', 'Edm.Int16', 'Edm.Int32', 'Edm.Int64', 'Edm.Double', 'Edm.Decimal', 'Edm.Single', 'Edm.Byte', 'Edm.Boolean', 'Edm.Duration']);
const PLACEHOLDER = /^'?\{[^{}]+\}'?$/;

/** What is wrong with `args`, the text inside a call to the bound function `name` of `binding` (a collection's or not). */
export function callProblems(m: V1Model, binding: string, collection: boolean, name: string, args: string, argsAt: number): CallProblem[] {
  const bare = name.replace(/^microsoft\.graph\./i, '').toLowerCase();
  const overloads: V1ModelOperation[] = typeChain(m, binding).flatMap(t => m.operations[t] ?? []).filter(o => o[1] === 'f' && !!o[2] === collection && o[0].toLowerCase() === bare);
  if (!overloads.length) return [];
  const fn = overloads[0][0];
  const declared = new Map<string, [string, string, number]>();
  for (const o of overloads) for (const p of o[3]) if (!declared.has(p[0].toLowerCase())) declared.set(p[0].toLowerCase(), p);
  const names = [...declared.values()].map(p => p[0]);
  const out: CallProblem[] = [];
  for (const raw of pieces(args)) {
    // The space after a comma (onlinemeeting-getalltranscripts writes `..., startDateTime=...`) reaches here as `+` or `%20`.
    const lead = /^(\s|\+|%20)*/.exec(raw.text)![0].length;
    const piece = { text: raw.text.slice(lead), at: raw.at + lead };
    const eq = piece.text.indexOf('=');
    const start = argsAt + piece.at;
    if (eq < 0) {
      out.push({ start, end: start + piece.text.length, code: 'graph.url.functionParameter', message: names.length ? l10n.t("{0}'s parameters are written name=value (OData); '{1}' names none: {2}.", fn, piece.text.trim(), names.join(', ')) : l10n.t("{0}'s parameters are written name=value (OData); '{1}' names none.", fn, piece.text.trim()) });
      continue;
    }
    const key = piece.text.slice(0, eq).trim();
    const value = piece.text.slice(eq + 1).trim();
    const valueAt = start + eq + 1 + (piece.text.slice(eq + 1).length - piece.text.slice(eq + 1).trimStart().length);
    const param = declared.get(key.toLowerCase());
    if (!param) {
      out.push({
        start, end: start + eq, code: 'graph.url.functionParameter',
        message: names.length ? l10n.t("{0} has no parameter '{1}' in Graph's metadata: its parameters are {2}.", fn, key, names.join(', ')) : l10n.t("{0} takes no parameters in Graph's metadata; '{1}' is none of them.", fn, key),
      });
      continue;
    }
    if (value.startsWith('@') || value.includes('{{') || value === 'null') continue;
    if (PLACEHOLDER.test(value)) {
      out.push({ start: valueAt, end: valueAt + value.length, code: 'graph.url.placeholder', message: l10n.t("'{0}' is a documentation placeholder: put a real {1} value or a {{variable}} here.", value.replace(/^'|'$/g, ''), param[1].replace(/^Edm\./, '')) });
      continue;
    }
    const isQuoted = value.startsWith("'") && value.endsWith("'") && value.length >= 2;
    if (param[1] === 'Edm.String' && !isQuoted) {
      out.push({ start: valueAt, end: valueAt + value.length, code: 'graph.url.functionParameter', replacement: `'${value.replace(/'/g, "''")}'`, message: l10n.t("{0} is a string: OData writes it in single quotes, {0}='{1}'.", param[0], value) });
    } else if (UNQUOTED_TYPES.has(param[1]) && isQuoted) {
      const inner = value.slice(1, -1);
      out.push({ start: valueAt, end: valueAt + value.length, code: 'graph.url.functionParameter', replacement: inner, message: l10n.t('{0} is an {1}: OData writes it without quotes, {0}={2}.', param[0], param[1], inner) });
    }
  }
  return out;
}
