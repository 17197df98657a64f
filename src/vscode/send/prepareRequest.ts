import * as path from 'node:path';
import type * as vscode from 'vscode';
import { createNodeSystemVariableProvider } from '../../core/http/nodeSystemVariables';
import { findRequestAtLine, parseHttpFile } from '../../core/http/parser';
import { resolveRequest } from '../../core/http/variables';
import type { GraphCallRequest } from '../services';
import { readSettings } from '../session/settings';
import type { RequestVariableStore } from './requestVariables';
import { activeVariables } from './variableSets';

export interface PreparedRequest {
  request: GraphCallRequest;
  /** `# @name` of the request, to record its result as request variables. */
  name?: string;
}

/**
 * The request at `line` (or the `index`-th, as a CodeLens passes it) with every variable substituted:
 * file variables, the active variable set over `$shared`, system variables and earlier named responses.
 * Throws a user-facing error, and nothing is sent, when the request is missing or a variable has no value.
 */
export function prepareRequest(document: vscode.TextDocument, position: { line?: number; index?: number }, variables: RequestVariableStore): PreparedRequest {
  const file = parseHttpFile(document.getText());
  const request = position.index !== undefined ? file.requests[position.index] : findRequestAtLine(file, position.line ?? 0);
  if (!request) throw new Error('There is no request here: put the cursor on a request (a line such as "GET https://graph.microsoft.com/beta/...").');
  const settings = readSettings();
  const resolved = resolveRequest(file, request, {
    environment: activeVariables(settings.environmentVariables, settings.activeVariableSet),
    requests: variables.snapshot(),
    system: createNodeSystemVariableProvider(document.uri.scheme === 'file' ? { dotenvPath: path.join(path.dirname(document.uri.fsPath), '.env') } : {}),
  });
  if (resolved.unresolved.length > 0) {
    const names = resolved.unresolved.map(n => `{{${n}}}`).join(', ');
    throw new Error(`Not sent: ${names} ${resolved.unresolved.length === 1 ? 'has' : 'have'} no value. Define ${resolved.unresolved.length === 1 ? 'it' : 'them'} with @name = value in the file, in the active variable set (graphConnectorGroups.environmentVariables), or send the named request first.`);
  }
  const { unresolved: _unresolved, ...ready } = resolved;
  return { request: ready, ...(request.name ? { name: request.name } : {}) };
}
