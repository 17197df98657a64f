/**
 * Date arithmetic and formatting for `{{$timestamp}}` / `{{$datetime}}`, without a date library:
 * the offset units and format tokens are the day.js ones REST Client documents.
 */

export type OffsetUnit = 'ms' | 's' | 'm' | 'h' | 'd' | 'w' | 'M' | 'y';

const FIXED_UNITS: Record<string, number> = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5, w: 6048e5 };

/** `now` moved by `amount` units; months and years follow the calendar (UTC), like day.js `add`. */
export function addOffset(ms: number, amount: number, unit: OffsetUnit): number {
  if (unit === 'M' || unit === 'y') {
    const d = new Date(ms);
    d.setUTCMonth(d.getUTCMonth() + amount * (unit === 'y' ? 12 : 1));
    return d.getTime();
  }
  return ms + amount * FIXED_UNITS[unit];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const TOKEN = /\[([^\]]*)\]|YYYY|YY|MMMM|MMM|MM|M|DD|D|dddd|ddd|HH|H|hh|h|mm|m|ss|s|SSS|A|a|ZZ|Z|X|x/g;

/** Formats with day.js tokens (YYYY MM DD HH mm ss SSS, MMM, ddd, A, Z, X, x; `[text]` is literal). */
export function formatDate(ms: number, format: string, utc: boolean): string {
  const d = new Date(ms);
  const p = utc
    ? { y: d.getUTCFullYear(), mo: d.getUTCMonth(), day: d.getUTCDate(), wd: d.getUTCDay(), h: d.getUTCHours(), mi: d.getUTCMinutes(), s: d.getUTCSeconds(), ms: d.getUTCMilliseconds(), off: 0 }
    : { y: d.getFullYear(), mo: d.getMonth(), day: d.getDate(), wd: d.getDay(), h: d.getHours(), mi: d.getMinutes(), s: d.getSeconds(), ms: d.getMilliseconds(), off: -d.getTimezoneOffset() };
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const zone = (sep: string) => `${p.off < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(p.off) / 60))}${sep}${pad(Math.abs(p.off) % 60)}`;
  return format.replace(TOKEN, (token, literal: string | undefined) => {
    if (literal !== undefined) return literal;
    switch (token) {
      case 'YYYY': return String(p.y);
      case 'YY': return pad(p.y % 100);
      case 'MMMM': return MONTHS[p.mo];
      case 'MMM': return MONTHS[p.mo].slice(0, 3);
      case 'MM': return pad(p.mo + 1);
      case 'M': return String(p.mo + 1);
      case 'DD': return pad(p.day);
      case 'D': return String(p.day);
      case 'dddd': return DAYS[p.wd];
      case 'ddd': return DAYS[p.wd].slice(0, 3);
      case 'HH': return pad(p.h);
      case 'H': return String(p.h);
      case 'hh': return pad(p.h % 12 || 12);
      case 'h': return String(p.h % 12 || 12);
      case 'mm': return pad(p.mi);
      case 'm': return String(p.mi);
      case 'ss': return pad(p.s);
      case 's': return String(p.s);
      case 'SSS': return pad(p.ms, 3);
      case 'A': return p.h < 12 ? 'AM' : 'PM';
      case 'a': return p.h < 12 ? 'am' : 'pm';
      case 'ZZ': return zone('');
      case 'Z': return zone(':');
      case 'X': return String(Math.floor(ms / 1000));
      default: return String(ms); // 'x'
    }
  });
}

/** RFC 1123 (HTTP-date), always in GMT. */
export function formatRfc1123(ms: number): string {
  return new Date(ms).toUTCString();
}

/** ISO 8601; in UTC with `Z`, or local time with its offset for `$localDatetime`. */
export function formatIso8601(ms: number, utc: boolean): string {
  return utc ? new Date(ms).toISOString() : formatDate(ms, 'YYYY-MM-DDTHH:mm:ss.SSSZ', false);
}
