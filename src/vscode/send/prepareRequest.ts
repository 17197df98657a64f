import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { createNodeSystemVariableProvider } from '../../core/http/nodeSystemVariables';
import { findRequestAtLine, parseHttpFile } from '../../core/http/parser';
import { recordingSources, withoutMachineReads, type ValueSource } from '../../core/http/valueSources';
import { buildRequest } from '../../core/http/buildRequest';
import { findDotenvPath, readLocalFile, LocalFileRefusedError } from '../../core/http/dotenvFile';
import { vscode } from '../api';
import type { GraphCallRequest } from '../services';
import { readSettings } from '../session/settings';
import type { RequestVariableStore } from '../../core/send/requestVariableStore';
import { activeVariables, hasNoVariables, sharedVariables } from '../../core/settings/variableSets';
import { parseAadExpression, standsForOwnSignIn } from '../../core/send/aadTokens';
import { getCloud } from '../../core/auth/clouds';
import { describeUnresolved } from '../../core/send/sendOne';

/** A `< ./file` body bigger than this is not sent from the editor. */
const BODY_FILE_MAX_BYTES = 50 * 1024 * 1024;

export interface PreparedRequest {
  request: GraphCallRequest;
  /** `{{$aadToken}}` / `{{$aadV2Token}}` expressions the extension's own sign-in stands for: checked against it before sending. */
  ownSignIn: string[];
  /**
   * `{{$aadToken}}` / `{{$aadV2Token}}` expressions that need a token of their own (`scopes:`, `new`, another
   * audience, or placed in a URL, body or other header): until prepareRequest is called again with their tokens,
   * the request holds placeholders and must not be sent.
   */
  aadTokens: string[];
  /** `# @name` of the request and its document, to record its result as that document's request variables. */
  named?: { document: string; name: string };
}

/**
 * The request at `line` (or the `index`-th, as a CodeLens passes it) with every variable substituted:
 * file variables, the active variable set over `$shared`, system variables and the named responses this
 * document received. In Restricted Mode nothing is read from the machine ($processEnv, $dotenv). Throws a user-facing error, and nothing is sent, when the request is missing or a variable has no value.
 */
export function prepareRequest(document: vscode.TextDocument, position: { line?: number; index?: number }, variables: RequestVariableStore, prompted?: Record<string, string>, purpose: 'send' | 'copy' = 'send', aadToken?: (expression: string) => string | undefined): PreparedRequest {
  const file = parseHttpFile(document.getText());
  const request = position.index !== undefined ? file.requests[position.index] : findRequestAtLine(file, position.line ?? 0);
  if (!request) throw new Error(vscode.l10n.t('There is no request here: put the cursor on a request (a line such as "GET https://graph.microsoft.com/beta/...").'));
  const settings = readSettings();
  const onDisk = document.uri.scheme === 'file';
  const dir = onDisk ? path.dirname(document.uri.fsPath) : '';
  const workspace = onDisk ? vscode.workspace.getWorkspaceFolder(document.uri)?.uri.fsPath ?? dir : '';
  const roots = [...new Set([dir, workspace])];
  // REST Client looks for the .env next to the file, then in the folders above it up to the workspace.
  const machine = createNodeSystemVariableProvider(onDisk ? { dotenvPath: findDotenvPath(dir, workspace) ?? path.join(dir, '.env'), dotenvRoots: roots } : {});
  const trusted = vscode.workspace.isTrusted;
  const sources = new Set<ValueSource>();
  // Our variable sets; when they are empty, REST Client's (an existing user's), and the consent names which.
  const ours = !hasNoVariables(settings.environmentVariables);
  const sets = ours ? settings.environmentVariables : vscode.workspace.getConfiguration('rest-client').get<unknown>('environmentVariables');
  const marks = new Placeholders();
  const built = buildRequest(file, request, {
    environment: activeVariables(sets, settings.activeVariableSet),
    sharedEnvironment: sharedVariables(sets),
    requests: variables.snapshot(document.uri.toString()),
    system: { ...recordingSources(trusted ? machine : withoutMachineReads(machine), sources), aadToken: e => aadToken?.(e) ?? marks.mark(e) },
    onEnvironmentValue: () => sources.add(ours ? 'variableSet' : 'restClientVariableSet'),
    ...(prompted ? { prompted } : {}),
    ...(onDisk && trusted ? { readBodyFile: (p: string) => readBodyFile(p, dir, workspace, roots) } : {}),
  });
  const ownSignIn = useOwnSignIn(built.headers, built.url, marks, getCloud(settings.cloud)?.graphHost ?? 'https://graph.microsoft.com');
  const body = built.body === undefined || typeof built.body === 'string' ? built.body : textOrBytes(built.body, purpose);
  const bodyText = typeof body === 'string' ? body : body ? Buffer.from(body).toString('latin1') : '';
  const aadTokens = marks.foundIn([built.url, ...Object.values(built.headers), bodyText]);
  if (aadTokens.length && purpose === 'copy') {
    throw new Error(vscode.l10n.t('Not copied: {0} is a token the editor gets only when it sends the request. Send it, or copy a request without it.', `{{${aadTokens[0]}}}`));
  }
  if (aadTokens.length && aadToken) throw new Error(vscode.l10n.t('Not sent: there is no token for {0}.', `{{${aadTokens[0]}}}`));
  const resolved = { method: built.method, url: built.url, headers: built.headers, ...(body === undefined ? {} : { body }), unresolved: built.unresolved };
  // The core's one phrasing; a copy (cURL, PowerShell, Azure CLI) is refused in the same words, but not called a send.
  if (resolved.unresolved.length > 0) throw new Error(describeUnresolved(resolved.unresolved, { copy: purpose === 'copy', restricted: !trusted }).message);
  const { unresolved: _unresolved, ...ready } = resolved;
  const sendSettings = { ...(request.settings?.noRedirect ? { noRedirect: true } : {}), ...(request.settings?.noCookieJar ? { noCookieJar: true } : {}) };
  return {
    ownSignIn, aadTokens,
    request: { ...ready, ...(sources.size > 0 ? { valuesFrom: [...sources] } : {}), ...(Object.keys(sendSettings).length ? { settings: sendSettings } : {}) },
    ...(request.name ? { named: { document: document.uri.toString(), name: request.name } } : {}),
  };
}

/** `< ./file`: relative to the `.http` file, else the workspace, under the `.env` rules (regular file, inside, capped). */
function readBodyFile(file: string, dir: string, workspace: string, roots: string[]): Buffer {
  const candidates = path.isAbsolute(file) ? [file] : [path.resolve(dir, file), path.resolve(workspace, file)];
  for (const candidate of candidates) {
    const bytes = readLocalFile(candidate, { roots, maxBytes: BODY_FILE_MAX_BYTES, what: 'a request body file' });
    if (bytes) return bytes;
  }
  throw new LocalFileRefusedError(`Not sent: the body file ${file} does not exist next to the .http file or in the workspace.`);
}

/**
 * A body read from files (`< ./file`, multipart parts) as text when it is UTF-8, so history and request variables
 * can keep it; otherwise its exact bytes, sent as they are. A copy (cURL...) cannot carry bytes that are not text.
 */
function textOrBytes(bytes: Uint8Array, purpose: 'send' | 'copy'): string | Uint8Array {
  const text = Buffer.from(bytes).toString('utf8');
  if (Buffer.from(text, 'utf8').equals(Buffer.from(bytes))) return text;
  if (purpose === 'copy') throw new Error(vscode.l10n.t('Not copied: the body includes a binary file, which a command line cannot carry as text. Send it from the editor, or with the CLI (graph-connector-groups send).'));
  return Buffer.from(bytes);
}

/**
 * Marks where a `{{$aadToken}}` was, so the editor can hand the header to its own sign-in or get the token it needs.
 * Letters and digits only (a random run per request): a URL's encoding leaves them as they are.
 */
class Placeholders {
  private readonly nonce = randomBytes(6).toString('hex');
  private readonly expressions: string[] = [];

  mark(expression: string): string {
    let i = this.expressions.indexOf(expression);
    if (i < 0) i = this.expressions.push(expression) - 1;
    return `AADTOKEN${this.nonce}N${i}X`;
  }

  /** The expression a whole value stands for, when it is just one placeholder. */
  whole(value: string): string | undefined {
    const m = new RegExp(`^AADTOKEN${this.nonce}N(\\d+)X$`).exec(value);
    return m ? this.expressions[Number(m[1])] : undefined;
  }

  /** The expressions still standing as placeholders in these texts. */
  foundIn(texts: string[]): string[] {
    const found = new Set<string>();
    for (const text of texts) for (const m of text.matchAll(new RegExp(`AADTOKEN${this.nonce}N(\\d+)X`, 'g'))) found.add(this.expressions[Number(m[1])]);
    return [...found];
  }
}

/**
 * `Authorization: Bearer {{$aadV2Token ...}}` asking for just the Graph token (no `scopes:`, no `new`): the header
 * goes, and the extension's sign-in attaches its Graph token (only to the Graph endpoint, as always; checkOwnSignIn
 * refuses such a request to another host). The other expressions get their own token.
 */
function useOwnSignIn(headers: Record<string, string>, url: string, marks: Placeholders, graphHost: string): string[] {
  const expressions: string[] = [];
  for (const [name, value] of Object.entries(headers)) {
    const expression = /^Bearer\s+(\S+)$/.exec(value)?.[1];
    const m = expression === undefined ? undefined : marks.whole(expression);
    if (name.toLowerCase() !== 'authorization' || m === undefined) continue;
    let wanted;
    try { wanted = parseAadExpression(m, url, graphHost); } catch { continue; }
    if (standsForOwnSignIn(wanted, graphHost)) { delete headers[name]; expressions.push(m); }
  }
  return expressions;
}

