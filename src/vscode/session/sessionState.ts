import { vscode } from '../api';
import type { AccountSummary } from '../../core/auth/tokenSource';
import type { Session, SessionInfo } from '../services';
import type { EnvironmentManager } from './environments';

const SIGNED_IN_KEY = 'graphConnectorGroups.signedIn';

/**
 * What the rest of the extension may know about the session: environment, cloud, account. Kept
 * synchronous for readers (the tree, the status bar); the auth layer pushes account changes in.
 */
export class SessionState implements Session, vscode.Disposable {
  private account: AccountSummary | undefined;
  private readonly changed = new vscode.EventEmitter<SessionInfo>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly environments: EnvironmentManager) {
    void this.publish();
  }

  current(): SessionInfo {
    const { kind, cloud } = this.environments.describe();
    const info: SessionInfo = { environment: kind, cloudLabel: cloud.label, graphBaseUrl: cloud.graphHost, signedIn: this.account !== undefined };
    if (this.account) info.account = { username: this.account.username, tenantId: this.account.tenantId };
    return info;
  }

  setAccount(account: AccountSummary | undefined): void {
    const same = account?.homeAccountId === this.account?.homeAccountId && account?.username === this.account?.username;
    this.account = account;
    if (!same) void this.publish();
  }

  /** The environment changed: the old account does not apply until the new one is looked up. */
  environmentChanged(): void {
    this.account = undefined;
    void this.publish();
  }

  private async publish(): Promise<void> {
    const info = this.current();
    await vscode.commands.executeCommand('setContext', SIGNED_IN_KEY, info.signedIn);
    this.changed.fire(info);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
