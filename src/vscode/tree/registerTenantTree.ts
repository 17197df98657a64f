import { vscode } from '../api';
import type { CommandManager } from '../commands/commandManager';
import type { Prompts } from '../prompts';
import type { ExtensionServices, TenantMutation } from '../services';
import { AddConnectorToGroupCommand } from './commands/addConnectorToGroup';
import { AddExternalGroupByIdCommand } from './commands/addExternalGroupById';
import { AssignAppToConnectorGroupCommand } from './commands/assignAppToConnectorGroup';
import { CopyIdCommand } from './commands/copyId';
import { CreateConnectorGroupCommand } from './commands/createConnectorGroup';
import { DeleteConnectorGroupCommand } from './commands/deleteConnectorGroup';
import { InsertRequestCommand } from './commands/insertRequest';
import { LoadMoreCommand } from './commands/loadMore';
import { MoveConnectorToGroupCommand } from './commands/moveConnectorToGroup';
import { OpenApplicationRequestCommand } from './commands/openApplicationRequest';
import { OpenItemJsonCommand } from './commands/openItemJson';
import { RefreshTreeCommand } from './commands/refreshTree';
import { PublishAppThroughGroupCommand } from './commands/publishAppThroughGroup';
import { PollConnectionOperationCommand } from './commands/pollConnectionOperation';
import { PutItemFromFileCommand } from './commands/putItemFromFile';
import { RegisterSchemaFromFileCommand } from './commands/registerSchemaFromFile';
import { RenameConnectorGroupCommand } from './commands/renameConnectorGroup';
import type { TreeCommandDeps } from './commands/treeCommandDeps';
import { graphSendFrom } from './graphSend';
import { ItemJsonDocuments } from './itemJsonDocuments';
import { createdExternalGroup, externalGroupFromUrl, RememberedExternalGroups } from '../../core/tenant/rememberedExternalGroups';
import { RememberedOperations, startedOperation } from '../../core/tenant/rememberedOperations';
import { permissionFor } from '../../core/tenant/refusedPermission';
import { TenantTreeProvider } from './tenantTreeProvider';

const VIEW_ID = 'graphConnectorGroups.tenant';
/** Several requests sent from a .http file in a row cause one reload, not one each. */
const MUTATION_DEBOUNCE_MS = 400;

/** The Tenant view: provider, view, commands, and the events that refresh it. */
export function registerTenantTree(context: vscode.ExtensionContext, services: ExtensionServices & { readonly prompts: Prompts }, commands: CommandManager): vscode.Disposable {
  const send = graphSendFrom(services);
  const remembered = new RememberedExternalGroups(context.workspaceState);
  const operations = new RememberedOperations(context.workspaceState);
  const provider = new TenantTreeProvider({
    send, permissionFor, session: services.session, rememberedGroups: key => remembered.list(key),
    rememberedOperations: key => operations.list(key), operationRead: (key, op, status) => { void operations.setStatus(key, op.connectionId, op.id, status); },
  });
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const documents = new ItemJsonDocuments();

  // Our own mutations refresh precisely at once; the echo through onDidMutateTenant must not reload everything again.
  const own = new WeakSet<TenantMutation>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onMutation = services.onDidMutateTenant(async (m) => {
    if (own.has(m)) return;
    const tenantKey = provider.tenantKey();
    const group = externalGroupFromUrl(m.url);
    if (group?.id && m.method.toUpperCase() === 'DELETE' && tenantKey) await remembered.forget(tenantKey, group.connectionId, group.id);
    // `requestBody` is not in the TenantMutation contract yet; when the sender passes it, created groups are remembered.
    const created = createdExternalGroup(m as TenantMutation & { requestBody?: string });
    if (created && tenantKey) await remembered.remember(tenantKey, created);
    // A schema registration sent from a .http file: its 202 named the operation, which Graph cannot list later.
    const operation = startedOperation(m, Date.now());
    if (operation && tenantKey) await operations.remember(tenantKey, { ...operation, status: 'inprogress' });
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => provider.refresh(), MUTATION_DEBOUNCE_MS);
  });

  // The session layer owns the graphConnectorGroups.signedIn context key (and so the welcome view); the tree only follows.
  const onSession = services.session.onDidChange(() => provider.refresh());

  const deps: TreeCommandDeps = {
    provider, send, remembered, operations, prompts: services.prompts,
    async mutated(mutation, ...targets) {
      const nodes = await Promise.all(targets.map(t => (typeof t === 'string' ? provider.find(t) : t)));
      if (nodes.length === 0 || nodes.some(n => !n)) provider.refresh();
      else for (const n of nodes) provider.refresh(n);
      own.add(mutation);
      services.fireTenantMutated(mutation);
    },
  };
  commands.register(new RefreshTreeCommand(deps));
  commands.register(new LoadMoreCommand(deps));
  commands.register(new CreateConnectorGroupCommand(deps));
  commands.register(new RenameConnectorGroupCommand(deps));
  commands.register(new DeleteConnectorGroupCommand(deps));
  commands.register(new AddConnectorToGroupCommand(deps));
  commands.register(new MoveConnectorToGroupCommand(deps));
  commands.register(new CopyIdCommand(deps));
  commands.register(new OpenItemJsonCommand(deps, documents));
  commands.register(new InsertRequestCommand(deps));
  commands.register(new AddExternalGroupByIdCommand(deps));
  commands.register(new PublishAppThroughGroupCommand(deps));
  commands.register(new AssignAppToConnectorGroupCommand(deps));
  commands.register(new OpenApplicationRequestCommand(deps));
  commands.register(new RegisterSchemaFromFileCommand(deps));
  commands.register(new PollConnectionOperationCommand(deps));
  commands.register(new PutItemFromFileCommand(deps));

  return vscode.Disposable.from(view, provider, documents, onMutation, onSession, { dispose: () => timer && clearTimeout(timer) });
}
