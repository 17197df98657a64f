/**
 * An `application/x-www-form-urlencoded` body, encoded the way REST Client's default (`automatic`) strategy
 * does: each name and value is percent-encoded unless it already is (it holds a valid `%XX` escape and
 * nothing that would need one). So `scope=https://graph.microsoft.com/.default` goes out encoded, while a
 * body the user encoded by hand is sent as written.
 */
export function encodeFormBody(body: string): string {
  return body.split('&').map(pair => {
    const eq = pair.indexOf('=');
    if (eq < 0) return encodePart(pair);
    return `${encodePart(pair.slice(0, eq))}=${encodePart(pair.slice(eq + 1))}`;
  }).join('&');
}

function encodePart(part: string): string {
  if (isEncoded(part)) return part;
  return encodeURIComponent(part);
}

function isEncoded(part: string): boolean {
  if (!/%[0-9a-f]{2}/i.test(part)) return false;
  try { return encodeURIComponent(decodeURIComponent(part)) === part.replace(/%[0-9a-f]{2}/gi, m => m.toUpperCase()); } catch { return false; }
}
