import { redactSecrets } from '../net/redact';

export interface CurlOptions {
  /** Only when the user explicitly asks; the default export is safe to paste anywhere. */
  includeToken?: boolean;
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** A cURL command line for the request, with the Authorization value redacted unless asked otherwise. */
export function toCurl(request: { method: string; url: string; headers: Record<string, string>; body?: string | Uint8Array }, options: CurlOptions = {}): string {
  const parts = ['curl', '-X', request.method.toUpperCase(), shellQuote(options.includeToken ? request.url : redactSecrets(request.url))];
  for (const [name, value] of Object.entries(request.headers)) {
    let v = options.includeToken ? value : redactSecrets(value); // a token may sit in any header (Cookie, X-...), not only Authorization
    if (!options.includeToken && /^(authorization|proxy-authorization)$/i.test(name)) {
      const scheme = /^(\w+)\s+/.exec(value)?.[1];
      v = scheme ? `${scheme} <redacted>` : '<redacted>';
    }
    parts.push('-H', shellQuote(`${name}: ${v}`));
  }
  if (request.body !== undefined) {
    const text = typeof request.body === 'string' ? request.body : '<binary body not included>';
    parts.push('--data-raw', shellQuote(options.includeToken ? text : redactSecrets(text)));
  }
  return parts.join(' ');
}
