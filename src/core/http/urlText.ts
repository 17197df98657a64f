/**
 * Whitespace in a URL as REST Client sees it: spaces inside `{{ }}` belong to a variable (`{{$dotenv ID}}`,
 * `{{$randomInt 1 10}}`) and are gone once it is resolved; spaces in the query are percent-encoded when sending.
 */
export function hasWhitespaceOutsideVariables(text: string): boolean {
  return /\s/.test(withoutVariables(text));
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
