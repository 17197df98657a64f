import { exportableRequest, type RequestToExport } from './exportRequest';

/**
 * A PowerShell single-quoted string: nothing inside is expanded ($, backticks, newlines stay as they are); the only
 * character to escape is the quote itself, by doubling, and PowerShell also reads the typographic single quotes
 * (‘ ’ ‚ ‛) as quotes, so they are doubled too.
 */
export function powerShellQuote(s: string): string {
  return `'${s.replace(/['\u2018\u2019\u201A\u201B]/g, q => q + q)}'`;
}

/**
 * The request as a Microsoft Graph PowerShell SDK command: `Invoke-MgGraphRequest`, which signs in itself
 * (Connect-MgGraph), so no token is in it. Variables must be resolved before.
 */
export function toPowerShell(request: RequestToExport, cloudGraphHost?: string): string {
  const r = exportableRequest(request, cloudGraphHost);
  const parts = ['Invoke-MgGraphRequest', '-Method', r.method, '-Uri', powerShellQuote(r.url)];
  if (r.headers.length > 0) parts.push('-Headers', `@{ ${r.headers.map(([k, v]) => `${powerShellQuote(k)} = ${powerShellQuote(v)}`).join('; ')} }`);
  if (r.contentType) parts.push('-ContentType', powerShellQuote(r.contentType));
  if (r.body !== undefined) parts.push('-Body', powerShellQuote(r.body));
  const command = parts.join(' ');
  return r.binaryBody ? `# The binary body is not included: add -InputFilePath <file>.\n${command}` : command;
}
