import { vscode } from '../../api';
import type { Command } from '../commandManager';
import { isRunning, pollOperation } from '../../../core/tenant/connectionActions';
import { operationError } from '../../../core/tenant/connectionParts';
import type { TreeCommandDeps } from '../../tree/tenantTree';
import { nodeOf, stringArg } from '../../../core/tenant/commandArgs';
import { COMMAND } from '../../../core/commands';

/** Graph's registrations take minutes (docs-facts schema.register successNote: 5 to 15): poll up to 15, less often as it goes. */
const FIRST_INTERVAL_MS = 1_000;
const MAX_INTERVAL_MS = 15_000;
const TIMEOUT_MS = 15 * 60_000;

/**
 * "Poll Operation" on an operation item: GET .../operations/{id} (connectionOperation.get) until it is completed or
 * failed, with a cancellable progress notification showing its status; then the item (and, once completed, the
 * connection: its state and schema) refresh, and a notification says how it ended (a failure with Graph's
 * publicError). Argument: the operation item, or `{connectionId, operationId}`. Returns the last answer.
 */
export class PollConnectionOperationCommand implements Command {
  readonly id = COMMAND.pollConnectionOperation;
  constructor(private readonly deps: TreeCommandDeps, private readonly timing = { intervalMs: FIRST_INTERVAL_MS, maxIntervalMs: MAX_INTERVAL_MS, timeoutMs: TIMEOUT_MS }) {}

  async execute(arg?: unknown): Promise<Record<string, unknown> | undefined> {
    const node = await nodeOf(this.deps.provider, arg);
    const fromNode = node?.kind === 'connectionOperation';
    const connectionId = fromNode ? node.connectionId : stringArg(arg, 'connectionId');
    const operationId = fromNode ? node.entityId : stringArg(arg, 'operationId');
    if (!connectionId || !operationId) throw new Error(vscode.l10n.t('Poll operation: select an operation under a connection\'s Operations.'));

    const connectionKey = `externalConnections/connection:${connectionId}`;
    // The connection's name, as the tree shows it (its id when the connection is not loaded).
    const name = (await this.deps.provider.find(connectionKey).catch(() => undefined))?.label ?? connectionId;
    const last = await vscode.window.withProgress({
      location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Schema registration of "{0}"', name), cancellable: true,
    }, async (progress, token) => {
      const controller = new AbortController();
      const onCancel = token.onCancellationRequested(() => controller.abort());
      try {
        return await pollOperation(this.deps.send, connectionId, operationId, {
          ...this.timing, signal: controller.signal,
          onStatus: (op, attempt) => progress.report({ message: vscode.l10n.t('{0} (check {1})', String(op.status ?? '?'), attempt) }),
        });
      } finally { onCancel.dispose(); }
    });

    const status = typeof last.status === 'string' ? last.status : 'unknown';
    const tenantKey = this.deps.provider.tenantKey();
    if (tenantKey) await this.deps.operations.setStatus(tenantKey, connectionId, operationId, status);
    // Completed: the connection is ready and has its schema, so the connections reload (their state); otherwise the operations.
    const refresh = status === 'completed' ? 'externalConnections' : (fromNode ? node.parent : undefined) ?? `${connectionKey}/operations`;
    const target = typeof refresh === 'string' ? await this.deps.provider.find(refresh) : refresh;
    this.deps.provider.refresh(target);

    if (status === 'completed') void vscode.window.showInformationMessage(vscode.l10n.t('The schema of "{0}" is registered (operation {1} completed).', name, operationId));
    else if (status === 'failed') void vscode.window.showErrorMessage(vscode.l10n.t('The schema registration of "{0}" failed: {1}', name, operationError(last) ?? vscode.l10n.t('Graph gave no error')));
    else if (isRunning(last)) void vscode.window.showInformationMessage(vscode.l10n.t('The schema registration of "{0}" is still {1}: poll it again later.', name, status));
    return last;
  }
}
