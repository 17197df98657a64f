/**
 * Whitespace in a URL as REST Client sees it: spaces inside `{{ }}` belong to a variable (`{{$dotenv ID}}`,
 * `{{$randomInt 1 10}}`) and are gone once it is resolved; spaces in the query are percent-encoded when sending.
 */
export function hasWhitespaceOutsideVariables(text: string): boolean {
  return /\s/.test(withoutVariables(text));
}

/**
 * `path` with the whitespace inside a quoted argument in parentheses (`search(q='Contoso Project')`, driveitem-search.md;
 * `getByUserIdAndRole(userId='...', role='organizer')`) replaced by `+`, same length: part of an OData string literal
 * (percent-encoded on the wire), not stray text. Whitespace between arguments is the function call's too.
 */
export function withoutArgumentSpaces(path: string): string {
  if (!/\s/.test(path) || !path.includes('(')) return path;
  let out = '', depth = 0, quoted = false;
  for (const c of path) {
    if (c === "'" && depth > 0) quoted = !quoted;
    else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')' && depth > 0) depth--;
    out += depth > 0 && /\s/.test(c) ? '+' : c;
  }
  return out;
}

/** `text` with every `{{...}}` (one line, no braces inside) replaced by `x`s of the same length. */
export function withoutVariables(text: string): string {
  return text.includes('{{') ? text.replace(/\{\{[^{}\r\n]*\}\}/g, m => 'x'.repeat(m.length)) : text;
}

/** The URL as it goes on the wire: whitespace percent-encoded (REST Client encodes it too); everything else as written. */
export function encodeUrlWhitespace(url: string): string {
  if (!/\s/.test(url)) return url;
  const masked = withoutVariables(url); // an unresolved `{{$dotenv X}}` stays as written (it is reported, not sent)
  let out = '';
  for (let i = 0; i < url.length; i++) out += /\s/.test(url[i]) && masked[i] === url[i] ? encodeURIComponent(url[i]) : url[i];
  return out;
}
