import * as path from 'node:path';
import { createNodeSystemVariableProvider } from '../../core/http/nodeSystemVariables';
import { findRequestAtLine, parseHttpFile } from '../../core/http/parser';
import { recordingSources, withoutMachineReads, type ValueSource } from '../../core/http/valueSources';
import { resolveRequest } from '../../core/http/variables';
import { vscode } from '../api';
import type { GraphCallRequest } from '../services';
import { readSettings } from '../session/settings';
import type { RequestVariableStore } from './requestVariables';
import { activeVariables } from './variableSets';

export interface PreparedRequest {
  request: GraphCallRequest;
  /** `# @name` of the request and its document, to record its result as that document's request variables. */
  named?: { document: string; name: string };
}

/**
 * The request at `line` (or the `index`-th, as a CodeLens passes it) with every variable substituted:
 * file variables, the active variable set over `$shared`, system variables and the named responses this
 * document received. In Restricted Mode nothing is read from the machine ($processEnv, $dotenv). Throws a user-facing error, and nothing is sent, when the request is missing or a variable has no value.
 */
export function prepareRequest(document: vscode.TextDocument, position: { line?: number; index?: number }, variables: RequestVariableStore): PreparedRequest {
  const file = parseHttpFile(document.getText());
  const request = position.index !== undefined ? file.requests[position.index] : findRequestAtLine(file, position.line ?? 0);
  if (!request) throw new Error('There is no request here: put the cursor on a request (a line such as "GET https://graph.microsoft.com/beta/...").');
  const settings = readSettings();
  const machine = createNodeSystemVariableProvider(document.uri.scheme === 'file' ? { dotenvPath: path.join(path.dirname(document.uri.fsPath), '.env') } : {});
  const trusted = vscode.workspace.isTrusted;
  const sources = new Set<ValueSource>();
  const resolved = resolveRequest(file, request, {
    environment: activeVariables(settings.environmentVariables, settings.activeVariableSet),
    requests: variables.snapshot(document.uri.toString()),
    system: recordingSources(trusted ? machine : withoutMachineReads(machine), sources),
    onEnvironmentValue: () => sources.add('variableSet'),
  });
  if (resolved.unresolved.length > 0) {
    const names = resolved.unresolved.map(n => `{{${n}}}`).join(', ');
    const restricted = trusted ? '' : ' In Restricted Mode, $processEnv and $dotenv are not read.';
    throw new Error(`Not sent: ${names} ${resolved.unresolved.length === 1 ? 'has' : 'have'} no value. Define ${resolved.unresolved.length === 1 ? 'it' : 'them'} with @name = value in the file, in the active variable set (graphConnectorGroups.environmentVariables), or send the named request (in this file) first.${restricted}`);
  }
  const { unresolved: _unresolved, ...ready } = resolved;
  return {
    request: { ...ready, ...(sources.size > 0 ? { valuesFrom: [...sources] } : {}) },
    ...(request.name ? { named: { document: document.uri.toString(), name: request.name } } : {}),
  };
}
