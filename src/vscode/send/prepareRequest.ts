import * as path from 'node:path';
import { createNodeSystemVariableProvider } from '../../core/http/nodeSystemVariables';
import { findRequestAtLine, parseHttpFile } from '../../core/http/parser';
import { recordingSources, withoutMachineReads, type ValueSource } from '../../core/http/valueSources';
import { findDotenvPath, LocalFileRefusedError } from '../../core/http/dotenvFile';
import { findBodyFile } from '../../core/http/bodyFileReader';
import { vscode } from '../api';
import type { GraphCallRequest } from '../services';
import { readSettings } from '../session/settings';
import type { RequestVariableStore } from '../../core/send/requestVariableStore';
import { activeVariables, hasNoVariables, sharedVariables } from '../../core/settings/variableSets';
import { getCloud } from '../../core/auth/clouds';
import { prepareSend, type AadTokenSupply } from '../../core/send/prepareSend';

export interface PreparedRequest {
  request: GraphCallRequest;
  /** `{{$aadToken}}` / `{{$aadV2Token}}` expressions the extension's own sign-in stands for: checked against it before sending. */
  ownSignIn: string[];
  /**
   * `{{$aadToken}}` / `{{$aadV2Token}}` expressions that got a token of their own (`scopes:`, `new`, another
   * audience, or placed in a URL, body or other header) from `aadTokens`.
   */
  aadTokens: string[];
  /** `# @name` of the request and its document, to record its result as that document's request variables. */
  named?: { document: string; name: string };
}

/**
 * The request at `line` (or the `index`-th, as a CodeLens passes it) built by the core's one build step
 * (prepareSend, the CLI's too) with every variable substituted: file variables, the active variable set over
 * `$shared`, system variables and the named responses this document received. What is the editor's: the settings
 * and documents it reads, Restricted Mode reading nothing from the machine ($processEnv, $dotenv, body files), the
 * header of `{{$aadV2Token}}` dropped where the extension's own sign-in stands for it, a body from files kept as text
 * when it is, and `aadTokens` (the sign-in's, asked only when the request needs them; a copy has none and is refused).
 * Throws a user-facing error, and nothing is sent, when the request is missing or a variable has no value.
 */
export async function prepareRequest(
  document: vscode.TextDocument, position: { line?: number; index?: number }, variables: RequestVariableStore,
  prompted?: Record<string, string>, purpose: 'send' | 'copy' = 'send', aadTokens?: AadTokenSupply,
): Promise<PreparedRequest> {
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
  const prepared = await prepareSend(file, request, {
    context: {
      environment: activeVariables(sets, settings.activeVariableSet),
      sharedEnvironment: sharedVariables(sets),
      requests: variables.snapshot(document.uri.toString()),
      system: recordingSources(trusted ? machine : withoutMachineReads(machine), sources),
      onEnvironmentValue: () => sources.add(ours ? 'variableSet' : 'restClientVariableSet'),
      ...(onDisk && trusted ? { readBodyFile: (p: string) => readBodyFile(p, dir, workspace) } : {}),
    },
    ...(prompted ? { prompted } : {}),
    ...(purpose === 'send' && aadTokens ? { aadTokens } : {}),
    ownSignIn: { graphHost: getCloud(settings.cloud)?.graphHost ?? 'https://graph.microsoft.com' },
    purpose, bodyAsText: true, restricted: !trusted,
  });
  // The core's one phrasing of "has no value"; a copy is refused in the same words, but not called a send.
  if (prepared.kind === 'unresolved') throw new Error(prepared.error.hint ? `${prepared.error.message} ${prepared.error.hint}` : prepared.error.message);
  if (prepared.kind === 'failed') throw prepared.cause;
  const sendSettings = { ...(request.settings?.noRedirect ? { noRedirect: true } : {}), ...(request.settings?.noCookieJar ? { noCookieJar: true } : {}) };
  return {
    ownSignIn: prepared.ownSignIn, aadTokens: prepared.aadTokens,
    request: { ...prepared.request, ...(sources.size > 0 ? { valuesFrom: [...sources] } : {}), ...(Object.keys(sendSettings).length ? { settings: sendSettings } : {}) },
    ...(request.name ? { named: { document: document.uri.toString(), name: request.name } } : {}),
  };
}

/** `< ./file`: relative to the `.http` file, else the workspace, under the core's rules (findBodyFile: regular file, inside, capped). */
function readBodyFile(file: string, dir: string, workspace: string): Buffer {
  const found = findBodyFile(file, { dir, workspace });
  if (found) return found.bytes;
  throw new LocalFileRefusedError(`Not sent: the body file ${file} does not exist next to the .http file or in the workspace.`);
}
