import { exportableRequest, type RequestToExport } from './exportRequest';

/** A POSIX shell single-quoted word (bash, zsh, Cloud Shell): nothing inside is expanded; a quote is closed, escaped and reopened. */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/**
 * The request as an Azure CLI command for a POSIX shell: `az rest`, which signs in itself (az login) and finds the
 * Graph resource from the URL, so no token is in it. Headers go as one JSON object, which keeps values with `=`
 * or spaces intact. Variables must be resolved before.
 */
export function toAzureCli(request: RequestToExport, cloudGraphHost?: string): string {
  const r = exportableRequest(request, cloudGraphHost);
  const parts = ['az', 'rest', '--method', r.method.toLowerCase(), '--url', shellQuote(r.url)];
  const headers = Object.fromEntries([...(r.contentType ? [['Content-Type', r.contentType]] : []), ...r.headers]);
  if (Object.keys(headers).length > 0) parts.push('--headers', shellQuote(JSON.stringify(headers)));
  if (r.body !== undefined) parts.push('--body', shellQuote(r.body));
  const command = parts.join(' ');
  // az reads a --body that starts with @ as a file name.
  const notes = [
    ...(r.binaryBody ? ['# The binary body is not included: add --body @<file>.'] : []),
    ...(r.body?.startsWith('@') ? ['# az rest reads a --body starting with @ as a file name: put this body in a file and pass --body @<file>.'] : []),
  ];
  return [...notes, command].join('\n');
}
