/**
 * Values Graph reads though they are not what the schema's JSON type or format says: a Boolean or number written as a
 * string, a date where a date-time goes and the reverse. Each is a warning with the fix to the form the metadata
 * names, not an error; bodyRules.ts asks here before it reports the service's type or format message.
 */
import type { Node } from 'jsonc-parser';
import type { GraphDiagnostic } from './types';
import { spanOf } from './jsonEdits';
import { l10n } from '../text/l10n';

/**
 * `"true"` or `"false"` where an Edm.Boolean goes: a warning, not an error. OData's JSON format writes Booleans
 * without quotes, but Graph's OData reader converts a string to the property's primitive type
 * (ODataPayloadValueConverter.ConvertFromPayloadValue -> ConvertStringValue -> Convert.ChangeType, i.e. Boolean.Parse,
 * which ignores case), and Graph's docs send them: every connector schema registration example writes
 * `"isSearchable": "true"` (externalconnectors-externalconnection-patch-schema). Any other string (`"yes"`) is an error.
 */
function booleanString(value: Node, base: number): GraphDiagnostic | undefined {
  const literal = value.type === 'string' ? String(value.value).toLowerCase() : undefined;
  if (literal !== 'true' && literal !== 'false') return undefined;
  const span = spanOf(value, base);
  return {
    span, severity: 'warning', code: 'graph.body.booleanString',
    message: l10n.t('"{0}" is a string: Graph reads it as {1}, but JSON writes a Boolean without quotes.', value.value, literal),
    fixes: [{ title: literal === 'true' ? l10n.t('Change to true') : l10n.t('Change to false'), edits: [{ span, newText: literal }], isPreferred: true }],
  };
}

/**
 * A number written as a string (`"100"` for an Edm.Double or Int32): a warning with the fix, for the reason
 * booleanString gives (the OData reader's ConvertStringValue parses it as the number type; user-findmeetingtimes sends
 * "minimumAttendeePercentage": "100"). Only a plain number literal, and for an integer type a whole one.
 */
function numberString(value: Node, type: string, base: number): GraphDiagnostic | undefined {
  const literal = type === 'integer' ? /^-?\d+$/ : /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;
  if (value.type !== 'string' || !literal.test(value.value)) return undefined;
  const span = spanOf(value, base);
  return {
    span, severity: 'warning', code: 'graph.body.numberString',
    message: l10n.t('"{0}" is a string: Graph reads it as the number {0}, but JSON writes a number without quotes.', value.value),
    fixes: [{ title: l10n.t('Change to {0}', value.value), edits: [{ span, newText: value.value }], isPreferred: true }],
  };
}

/** A Boolean or number written as a string, where the schema (or the service's type message) wants that type. */
export function quotedPrimitive(value: Node, type: string | undefined, base: number): GraphDiagnostic | undefined {
  if (type === 'boolean') return booleanString(value, base);
  if (type === 'integer' || type === 'number') return numberString(value, type, base);
  return undefined;
}

/** The service's message for a string that is no RFC 3339 date (format `date`, an Edm.Date). */
export const DATE_MESSAGE = 'String is not a RFC3339 date.';
const RFC3339_DATE_TIME = /^(\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/i;

/**
 * A date and time where an Edm.Date goes: a warning with the fix to its date, not an error. The sources conflict:
 * Graph's OData reader takes an Edm.Date only as a date (PlatformHelper.ConvertStringToDate checks it against a
 * date-only pattern), yet accessreviewset-post-definitions sends the recurrence's `"startDate":
 * "2020-09-08T12:02:30.667Z"` and documents a 201 whose `startDate` is `"2020-09-08"`: that service reads it. So the
 * request is not called wrong, and the fix writes what every service takes.
 */
export function dateTimeForDate(value: Node, base: number): GraphDiagnostic | undefined {
  const date = value.type === 'string' ? RFC3339_DATE_TIME.exec(value.value)?.[1] : undefined;
  if (!date) return undefined;
  const span = spanOf(value, base);
  return {
    span, severity: 'warning', code: 'graph.body.dateTimeForDate',
    message: l10n.t('"{0}" is a date and time where the metadata has an Edm.Date: write the date, {1} (access reviews keep the date; a service that reads the metadata strictly refuses the time).', value.value, JSON.stringify(date)),
    fixes: [{ title: l10n.t('Change to {0}', JSON.stringify(date)), edits: [{ span, newText: JSON.stringify(date) }], isPreferred: true }],
  };
}

export const DATE_TIME_MESSAGE = 'String is not a RFC3339 date-time.';
const DATE_ONLY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const DATE_TIME_NO_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/**
 * A date alone where an Edm.DateTimeOffset goes: a warning with the fix to midnight UTC, not an error. Graph's OData
 * reader takes it (PlatformHelper.ConvertStringToDateTimeOffset: XmlConvert.ToDateTimeOffset reads an xsd:date, and
 * the time-zone check only looks for '-' six characters from the end, which a date has), and contact-update sends
 * `"birthday": "1974-07-22"`; but the time and zone are then the service's, so the fix says them.
 */
export function dateForDateTime(value: Node, base: number): GraphDiagnostic | undefined {
  if (value.type === 'string' && DATE_TIME_NO_OFFSET.test(value.value)) {
    // learningcontent-update.md sends "createdDateTime": "2018-01-01T00:00:00": a time with no zone. Graph's docs show it
    // taken; RFC 3339 (the metadata's Edm.DateTimeOffset in JSON) needs the offset. A warning with the UTC fix.
    const span = spanOf(value, base);
    const utc = JSON.stringify(`${value.value}Z`);
    return {
      span, severity: 'warning', code: 'graph.body.dateTimeWithoutOffset',
      message: l10n.t('"{0}" has no time zone offset where the metadata has an Edm.DateTimeOffset (RFC 3339 needs one); which zone Graph takes is not documented: write it, e.g. UTC: {1}.', value.value, utc),
      fixes: [{ title: l10n.t('Change to {0}', utc), edits: [{ span, newText: utc }], isPreferred: true }],
    };
  }
  if (value.type !== 'string' || !DATE_ONLY.test(value.value)) return undefined;
  const span = spanOf(value, base);
  const full = JSON.stringify(`${value.value}T00:00:00Z`);
  return {
    span, severity: 'warning', code: 'graph.body.dateForDateTime',
    message: l10n.t('"{0}" is a date where the metadata has an Edm.DateTimeOffset (RFC 3339: a date, a time and an offset); which time and zone Graph gives it is not documented: write them, {1}.', value.value, full),
    fixes: [{ title: l10n.t('Change to {0}', full), edits: [{ span, newText: full }], isPreferred: true }],
  };
}
