/**
 * The line shapes of REST Client's `.http` syntax. Kept as data (regexes) so the parser,
 * and anyone checking it, can see the whole grammar in one place.
 */

/** `###` and anything after it (the rest is a comment). */
export const SEPARATOR = /^\s*#{3,}/;

/** `# comment` or `// comment`. */
export const COMMENT = /^\s*(?:#|\/\/)/;

/** `# @name foo`, `// @name foo`, `# @name=foo`. Group 1: the name. */
export const REQUEST_NAME = /^\s*(?:#|\/\/)\s*@name(?:\s*=\s*|\s+)(\S+)\s*$/;

/** Exactly what `\s` matches, without a regex call per character. */
function isWs(c: string): boolean {
  return isWsCode(c.charCodeAt(0));
}
function isWsCode(n: number): boolean {
  return n === 32 || n >= 9 && n <= 13 || n === 0xa0 || n === 0x1680 || n >= 0x2000 && n <= 0x200a
    || n === 0x2028 || n === 0x2029 || n === 0x202f || n === 0x205f || n === 0x3000 || n === 0xfeff;
}
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * `@name = value`: the name and the value (may be empty), or undefined. The shape of
 * `^\s*@([^\s=]+)\s*=\s*(.*?)\s*$` as a linear scan: that regex backtracks quadratically on a value with a long
 * run of inner spaces.
 */
export function splitFileVariable(raw: string): { name: string; value: string } | undefined {
  let i = 0;
  while (i < raw.length && isWs(raw[i])) i++;
  if (raw[i] !== '@') return undefined;
  const nameStart = ++i;
  while (i < raw.length && raw[i] !== '=' && !isWs(raw[i])) i++;
  if (i === nameStart) return undefined;
  const name = raw.slice(nameStart, i);
  while (i < raw.length && isWs(raw[i])) i++;
  if (raw[i] !== '=') return undefined;
  const value = raw.slice(i + 1).trim(); // String#trim strips exactly what \s matches
  return LINE_BREAK.test(value) ? undefined : { name, value }; // `.` matches no line terminator
}
/** `?a=b` or `&c=d` continuing the URL of the request line above. */
export const QUERY_CONTINUATION = /^\s*[?&]/;

/** REST Client's request-line methods: HTTP's own, then WebDAV's (RFC 4918, 3253, 3744, 4791, 5323). */
export const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE', 'CONNECT',
  'LOCK', 'UNLOCK', 'PROPFIND', 'PROPPATCH', 'COPY', 'MOVE', 'MKCOL', 'MKCALENDAR', 'ACL', 'SEARCH', 'REPORT'] as const;

const LONGEST_METHOD = 10; // MKCALENDAR: a longer first word (a URL) is not upper-cased to be looked up

/** `# @no-redirect`, `// @note Deletes data`, `# @prompt id Group id`: REST Client's per-request settings. Group 1: name. */
export const REQUEST_SETTING = /^\s*(?:#|\/\/)\s*@(note|no-redirect|no-cookie-jar|prompt)(?=\s|$)/;

/** REQUEST_SETTING's name and the trimmed rest of the line (a slice, not a lazy `(.*?)\s*$`, which is quadratic on long runs of spaces). */
export function splitRequestSetting(raw: string): { name: string; rest?: string } | undefined {
  const m = REQUEST_SETTING.exec(raw);
  if (!m) return undefined;
  const rest = raw.slice(m[0].length).trim();
  return { name: m[1], ...(rest ? { rest } : {}) };
}

/** A status line (`HTTP/1.1 200 OK`): a response pasted below `###`, never a request. */
export const STATUS_LINE = /^\s*HTTP\/\d+(?:\.\d+)?\s+\d{3}(?:\s|$)/i;

/** A request written as a cURL command (REST Client sends these too). */
export const CURL_COMMAND = /^\s*curl(?:\s|$)/i;

/**
 * `METHOD URL HTTP/1.1`, method and version optional: the shape of `^(?:(METHOD)(?=\s|$))?(\s*)(.*?)(?:(\s+)(HTTP\/\S+))?$`
 * (`is` flags) on a trimmed line, as a linear scan: that regex backtracks quadratically on long runs of inner spaces.
 * `gap` is the whitespace between method and URL.
 */
export function splitRequestLine(raw: string): { method?: string; gap: string; url: string; version?: string } {
  let method: string | undefined;
  let i = 0;
  while (i < raw.length && !isWsCode(raw.charCodeAt(i))) i++;
  const word = raw.slice(0, i);
  if (i <= LONGEST_METHOD && (METHODS as readonly string[]).includes(word.toUpperCase())) method = word;
  else i = 0;
  const gapStart = i;
  while (i < raw.length && isWsCode(raw.charCodeAt(i))) i++;
  const gap = raw.slice(gapStart, i);
  const rest = raw.slice(i);
  // The version is the last word when whitespace inside the rest comes before it.
  let e = rest.length;
  while (e > 0 && !isWsCode(rest.charCodeAt(e - 1))) e--;
  if (e === 0) return { method, gap, url: rest }; // one word: no version
  const last = rest.slice(e);
  let ws = e;
  while (ws > 0 && isWsCode(rest.charCodeAt(ws - 1))) ws--;
  if (ws > 0 && e > ws && /^HTTP\/\S+$/i.test(last)) return { method, gap, url: rest.slice(0, ws), version: last };
  return { method, gap, url: rest };
}

/** RFC 9110 token characters: what a header name may contain; `{{var}}` pieces are allowed too. */
export const HEADER_NAME = /^(?:[!#$%&'*+\-.^_`|~0-9A-Za-z]|\{\{[^{}]*\}\})+$/;
