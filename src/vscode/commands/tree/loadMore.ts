import { vscode } from '../../api';
import type { Command } from '../commandManager';
import type { TreeCommandDeps } from '../../tree/tenantTree';
import { nodeOf, stringArg } from '../../../core/tenant/commandArgs';
import { COMMAND } from '../../../core/commands';

/** "Load more": fetches the next page (@odata.nextLink) of the list the item ends. */
export class LoadMoreCommand implements Command {
  readonly id = COMMAND.loadMore;
  constructor(private readonly deps: TreeCommandDeps) {}

  async execute(arg?: unknown): Promise<void> {
    const node = (await nodeOf(this.deps.provider, arg));
    // From the inline menu the argument is the "Load more" item; from its click, `{key}` of the list's parent.
    const key = node?.kind === 'loadMore' ? node.parent?.key : node?.key ?? stringArg(arg, 'key');
    if (!key) throw new Error(vscode.l10n.t('Load more: no list given.'));
    await this.deps.provider.loadMore(key);
  }
}
