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

/** `@name = value`. Group 1: name, group 2: value (may be empty). */
export const FILE_VARIABLE = /^\s*@([^\s=]+)\s*=\s*(.*?)\s*$/;

/** `?a=b` or `&c=d` continuing the URL of the request line above. */
export const QUERY_CONTINUATION = /^\s*[?&]/;

export const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE', 'CONNECT'] as const;

/** `METHOD URL HTTP/1.1`, method and version optional. Groups: method, url, version (with their leading space). */
export const REQUEST_LINE = new RegExp(
  `^(?:(${METHODS.join('|')})(?=\\s|$))?(\\s*)(.*?)(?:(\\s+)(HTTP\\/\\S+))?$`, 'is'); // `s`: a line may hold U+2028/U+2029, which `.` would not match

/** RFC 9110 token characters: what a header name may contain; `{{var}}` pieces are allowed too. */
export const HEADER_NAME = /^(?:[!#$%&'*+\-.^_`|~0-9A-Za-z]|\{\{[^{}]*\}\})+$/;
