import { vscode } from '../../api';
import { errorsOf, listProblems, type BodyProblem } from '../../../core/tenant/connectorBodyCheck';
import type { TenantNode } from '../../../core/tenant/nodes';
import type { TreeCommandDeps } from '../../tree/tenantTree';
import { nodeOf, stringArg } from '../../../core/tenant/commandArgs';

/** The connection a command acts on: its tree item, or `{connectionId}` (state items, scripts and tests). */
export async function connectionOf(deps: TreeCommandDeps, arg: unknown): Promise<{ node?: TenantNode; connectionId?: string }> {
  const node = await nodeOf(deps.provider, arg);
  const connectionId = node?.kind === 'externalConnection' ? node.entityId : node?.connectionId ?? stringArg(arg, 'connectionId');
  const connection = node?.kind === 'externalConnection' ? node
    : connectionId ? await deps.provider.find(`externalConnections/connection:${connectionId}`) : undefined;
  return { node: connection, connectionId };
}

export interface RefusedFile { sent: false; file: string; problems: BodyProblem[]; message: string }

/**
 * A file whose check found errors is not sent: the notification lists them (line, column, message) and opens the
 * file at the first one on request. Returns what was refused (the host tests read it).
 */
export function refuseFile(uri: vscode.Uri, what: string, problems: readonly BodyProblem[]): RefusedFile | undefined {
  const errors = errorsOf(problems);
  if (errors.length === 0) return undefined;
  const file = vscode.workspace.asRelativePath(uri, false);
  const message = `${vscode.l10n.t('{0}: {1} has {2} problem(s); nothing was sent.', what, file, errors.length)}\n${listProblems(errors)}`;
  const open = vscode.l10n.t('Open the File');
  void Promise.resolve(vscode.window.showErrorMessage(message, open)).then(async (a) => {
    if (a !== open) return;
    const first = errors.find(e => e.line > 0);
    const position = new vscode.Position(Math.max(0, (first?.line ?? 1) - 1), Math.max(0, (first?.column ?? 1) - 1));
    await vscode.window.showTextDocument(uri, { selection: new vscode.Range(position, position) });
  });
  return { sent: false, file, problems: errors, message };
}
