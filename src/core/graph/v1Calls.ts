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
import { NULLABLE, OPTIONAL, typeChain, type V1Model, type V1ModelOperation } from './v1Model';
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
/** `{date_value}`, `'{date_value}'`, `<row>` (worksheet-cell), `includePersonalNotebooks-value` (notebook-getrecentnotebooks). */
const PLACEHOLDER = /^'?(\{[^{}]+\}|<[^<>]+>|[A-Za-z]+-value)'?$/;

/** OData's ABNF literal of each primitive type a function parameter here takes (unquoted; Part 2, 5.1.1 and the ABNF). */
const LITERALS: Record<string, RegExp> = {
  'Edm.Boolean': /^(true|false)$/i,
  'Edm.Int16': /^[+-]?\d{1,5}$/, 'Edm.Int32': /^[+-]?\d{1,10}$/, 'Edm.Int64': /^[+-]?\d{1,19}$/, 'Edm.Byte': /^\d{1,3}$/,
  'Edm.Double': /^([+-]?\d+(\.\d+)?([eE][+-]?\d+)?|NaN|-?INF)$/, 'Edm.Single': /^([+-]?\d+(\.\d+)?([eE][+-]?\d+)?|NaN|-?INF)$/, 'Edm.Decimal': /^[+-]?\d+(\.\d+)?$/,
  'Edm.Date': /^\d{4}-\d{2}-\d{2}$/,
  // A date alone is taken too: getpstncalls' own example sends fromDateTime=2019-11-01 (the docs show it answered).
  'Edm.DateTimeOffset': /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/i,
  'Edm.Guid': /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
};
const EXAMPLES: Record<string, string> = {
  'Edm.Boolean': 'true or false', 'Edm.Int16': '42', 'Edm.Int32': '42', 'Edm.Int64': '42', 'Edm.Byte': '42', 'Edm.Double': '1.5', 'Edm.Single': '1.5', 'Edm.Decimal': '1.5',
  'Edm.Date': '2024-01-31', 'Edm.DateTimeOffset': '2024-01-31T09:00:00Z', 'Edm.Guid': '00000000-0000-0000-0000-000000000000',
};
const unquote = (v: string) => v.startsWith("'") && v.endsWith("'") && v.length >= 2 ? v.slice(1, -1) : v;

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
  const given: string[] = [];
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
    given.push(param[0].toLowerCase());
    if (value.startsWith('@') || value.includes('{{') || value === 'null') continue;
    if (PLACEHOLDER.test(value)) {
      out.push({ start: valueAt, end: valueAt + value.length, code: 'graph.url.placeholder', message: l10n.t("'{0}' is a documentation placeholder: put a real {1} value or a {{variable}} here.", value.replace(/^'|'$/g, ''), param[1].replace(/^Edm\./, '')) });
      continue;
    }
    const isQuoted = value.startsWith("'") && value.endsWith("'") && value.length >= 2;
    if (param[1] === 'Edm.String' && !isQuoted) {
      out.push({ start: valueAt, end: valueAt + value.length, code: 'graph.url.functionParameter', replacement: `'${value.replace(/'/g, "''")}'`, message: l10n.t("{0} is a string: OData writes it in single quotes, {0}='{1}'.", param[0], value) });
    } else if (UNQUOTED_TYPES.has(param[1]) && isQuoted && (!LITERALS[param[1]] || LITERALS[param[1]].test(value.slice(1, -1)))) {
      const inner = value.slice(1, -1);
      out.push({ start: valueAt, end: valueAt + value.length, code: 'graph.url.functionParameter', replacement: inner, message: l10n.t('{0} is an {1}: OData writes it without quotes, {0}={2}.', param[0], param[1], inner) });
    } else if (LITERALS[param[1]] && !LITERALS[param[1]].test(unquote(value))) {
      // notebook-getrecentnotebooks' `includePersonalNotebooks=banana`, `fromDateTime=yesterday`.
      out.push({ start: valueAt, end: valueAt + value.length, code: 'graph.url.functionParameter', message: l10n.t("{0} is an {1}, written as OData writes one ({2}); '{3}' is not.", param[0], param[1], EXAMPLES[param[1]] ?? '', value) });
    } else {
      const members = m.enums[param[1]]?.[1];
      // An enum parameter: 'member', or Namespace.Type'member' (unifiedroleassignmentschedule-filterbycurrentuser: on='principal').
      const member = /^(?:[\w.]+)?'([^']*)'$/.exec(value)?.[1];
      if (members && member !== undefined && PLACEHOLDER.test(member)) {
        out.push({ start: valueAt, end: valueAt + value.length, code: 'graph.url.placeholder', message: l10n.t("'{0}' is a documentation placeholder: put a real {1} value or a {{variable}} here.", member, param[1].slice(param[1].lastIndexOf('.') + 1)) });
      } else if (members && member !== undefined && !member.split(',').every(v => members.some(x => x.toLowerCase() === v.trim().toLowerCase()))) {
        out.push({ start: valueAt, end: valueAt + value.length, code: 'graph.url.functionParameter', message: l10n.t("'{0}' is not a member of {1} ({2}): {3}.", member, param[1].slice(param[1].lastIndexOf('.') + 1), param[0], members.filter(x => x !== 'unknownFutureValue').join(', ')) });
      }
    }
  }
  // An overload whose required parameters (not Core.V1.OptionalParameter) are all given, and which declares every name
  // given (reportroot-getemailactivityuserdetail: (period) or (date); notebook-getrecentnotebooks without its Boolean).
  const known = given.length === pieces(args).length;
  // Required as for action bodies (v1Schemas.ts): Nullable="false" and no OptionalParameter. A nullable one may be left
  // out: intune-rbac-devicemanagement-geteffectivepermissions calls getEffectivePermissions without its nullable scope.
  const optional = (p: [string, string, number]) => (p[2] & (OPTIONAL | NULLABLE)) !== 0;
  const fits = (o: V1ModelOperation) => o[3].every(p => optional(p) || given.includes(p[0].toLowerCase())) && given.every(g => o[3].some(p => p[0].toLowerCase() === g));
  if (known && !overloads.some(fits)) {
    const forms = overloads.map(o => `${fn}(${o[3].filter(p => !optional(p)).map(p => `${p[0]}=...`).join(',')})`);
    out.push({ start: argsAt - 1, end: argsAt + args.length + 1, code: 'graph.url.functionParameter', message: forms.length > 1 ? l10n.t('No overload of {0} takes these parameters: call it as {1}.', fn, forms.join(l10n.t(' or '))) : l10n.t('{0} is called as {1}.', fn, forms[0]) });
  }
  return out;
}
