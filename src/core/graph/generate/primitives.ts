/**
 * JSON forms of the Edm primitive types, as Graph reads them in request bodies (OData JSON format 4.01,
 * IEEE754Compatible=false: Int64 and Decimal are JSON numbers, not strings).
 */
export type JsonSchema = Record<string, any>;

const GUID = '^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$';
// ISO 8601 duration as OData writes it: P[nD][T[nH][nM][n[.n]S]], at least one part.
const DURATION = '^-?P(?=\\d|T\\d)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$';
// Base64 (RFC 4648 section 4) or base64url (section 5), padded or not: groups of four, then 2 or 3 more characters
// (with "==" or "=" when padded). One character left over encodes no byte, so it is never base64
// (event-post-attachments' "base64bWFjIGFuZCBjaGVlc2UgdG9kYXk=": 33 characters before its "=").
const BASE64URL = '^(?:[A-Za-z0-9+/_-]{4})*(?:[A-Za-z0-9+/_-]{2}(?:==)?|[A-Za-z0-9+/_-]{3}=?)?$';
// OData's ABNF writes the hour with two digits, but Graph writes one itself: onpremisespublishingprofile-get's answer
// holds "updateWindowStartTime": "0:00:00", and the update page sends it back so. What the service writes is read.
const TIME_OF_DAY = '^([01]?\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,12})?)?$';

const INT_RANGES: Record<string, [number, number]> = {
  'Edm.Byte': [0, 255], 'Edm.SByte': [-128, 127], 'Edm.Int16': [-32768, 32767], 'Edm.Int32': [-2147483648, 2147483647],
};

/** The schema of one Edm primitive value, or undefined for a name that is not a primitive. */
export function primitiveSchema(edmType: string): JsonSchema | undefined {
  if (!edmType.startsWith('Edm.')) return undefined;
  const range = INT_RANGES[edmType];
  if (range) return { type: 'integer', minimum: range[0], maximum: range[1] };
  switch (edmType) {
    case 'Edm.String': return { type: 'string' };
    case 'Edm.Boolean': return { type: 'boolean' };
    case 'Edm.Int64': return { type: 'integer' };
    case 'Edm.Double': case 'Edm.Single': case 'Edm.Decimal': return { type: 'number' };
    case 'Edm.Guid': return { type: 'string', pattern: GUID, patternErrorMessage: 'Must be a GUID such as 00000000-0000-0000-0000-000000000000 (Edm.Guid).' };
    case 'Edm.DateTimeOffset': return { type: 'string', format: 'date-time' };
    case 'Edm.Date': return { type: 'string', format: 'date' };
    case 'Edm.TimeOfDay': return { type: 'string', pattern: TIME_OF_DAY, patternErrorMessage: 'Must be a time of day such as 13:45:00 (Edm.TimeOfDay).' };
    case 'Edm.Duration': return { type: 'string', pattern: DURATION, patternErrorMessage: 'Must be an ISO 8601 duration such as PT1H30M or P1D (Edm.Duration).' };
    case 'Edm.Binary': return { type: 'string', pattern: BASE64URL, patternErrorMessage: 'Must be base64-encoded bytes (Edm.Binary).' };
    case 'Edm.Stream': return { type: 'string' };
    default: return {};   // Edm.Untyped, Edm.Geography*, ...: any JSON value
  }
}
