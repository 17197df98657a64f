/** Whether a response body is text we can show, or bytes we keep as they are (photos, PDFs, zips). */
export function isTextContentType(contentType: string | undefined): boolean {
  if (!contentType) return true; // Graph error bodies sometimes lack a type; they are JSON text
  const t = contentType.split(';')[0].trim().toLowerCase();
  return t.startsWith('text/') || t === 'application/json' || t.endsWith('+json') || t === 'application/xml' || t.endsWith('+xml')
    || t === 'application/x-www-form-urlencoded' || t === 'application/javascript' || t === 'application/problem+json';
}

export function isJsonContentType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const t = contentType.split(';')[0].trim().toLowerCase();
  return t === 'application/json' || t.endsWith('+json');
}
