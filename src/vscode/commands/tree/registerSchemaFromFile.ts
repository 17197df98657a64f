import { vscode } from '../../api';
import type { Command } from '../commandManager';
import { registerSchema } from '../../../core/tenant/connectionActions';
import { schemaBodyProblems } from '../../../core/tenant/connectorBodyCheck';
import { graphUrls } from '../../../core/tenant/graphUrls';
import { pickJsonFile, readTextFile } from '../../tree/pickers';
import { connectionOf, refuseFile, type RefusedFile } from './connectionTarget';
import type { TreeCommandDeps } from '../../tree/tenantTree';
import { stringArg } from '../../../core/tenant/commandArgs';
import { COMMAND } from '../../../core/commands';

export interface StartedSchemaRegistration { sent: true; connectionId: string; operationId: string; location: string }

/**
 * "Register Schema from File…" on a connection: pick a JSON file of the workspace, check it with the editor's own
 * validator as the body of PATCH .../schema (refused, with its problems listed, when it has errors), PATCH it
 * (docs-facts schema.register: 202 Accepted, Location names the operation), remember the operation for the
 * connection's Operations (Graph cannot list them) and refresh the connection. Argument: the connection item,
 * or `{connectionId, file?}` (file: a path, relative to the workspace folder or absolute; no pick).
 */
export class RegisterSchemaFromFileCommand implements Command {
  readonly id = COMMAND.registerSchemaFromFile;
  constructor(private readonly deps: TreeCommandDeps) {}

  async execute(arg?: unknown): Promise<StartedSchemaRegistration | RefusedFile | undefined> {
    const { node, connectionId } = await connectionOf(this.deps, arg);
    if (!connectionId) throw new Error(vscode.l10n.t('Register schema: select an external connection.'));
    const name = node?.label ?? connectionId;
    const title = vscode.l10n.t('Register a schema for "{0}"', name);
    const uri = await pickJsonFile(title, stringArg(arg, 'file'));
    if (!uri) return undefined;
    const text = await readTextFile(uri);
    const refused = refuseFile(uri, vscode.l10n.t('Register schema'), await schemaBodyProblems(connectionId, text));
    if (refused) return refused;

    const started = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Registering the schema of "{0}"…', name) },
      () => registerSchema(this.deps.send, connectionId, text));
    const tenantKey = this.deps.provider.tenantKey();
    if (tenantKey) await this.deps.operations.remember(tenantKey, { connectionId, id: started.operationId, startedAt: Date.now(), status: 'inprogress' });
    await this.deps.mutated({ method: 'PATCH', url: graphUrls.connectionSchema(connectionId), status: 202, responseLocation: started.location }, node ?? 'externalConnections');

    const poll = vscode.l10n.t('Poll Operation');
    void Promise.resolve(vscode.window.showInformationMessage(
      vscode.l10n.t('Schema registration of "{0}" accepted (operation {1}): it is under the connection\'s Operations.', name, started.operationId), poll,
    )).then(a => (a === poll ? vscode.commands.executeCommand(COMMAND.pollConnectionOperation, { connectionId, operationId: started.operationId }) : undefined));
    return { sent: true, ...started };
  }
}
