import { vscode } from '../api';

/**
 * The TreeDataProvider a view is created with at activation, while its implementation is made on first use (a view
 * asks for children only once it shows): each call waits for the implementation, and its change events are passed on.
 */
export class LazyTreeDataProvider<T> implements vscode.TreeDataProvider<T>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<T | T[] | undefined | null | void>();
  readonly onDidChangeTreeData = this.changed.event;
  private forwarding: vscode.Disposable | undefined;

  constructor(private readonly make: () => Promise<vscode.TreeDataProvider<T>>) {}

  async getChildren(element?: T): Promise<T[] | null | undefined> {
    return (await this.provider()).getChildren(element);
  }

  async getTreeItem(element: T): Promise<vscode.TreeItem> {
    return (await this.provider()).getTreeItem(element);
  }

  async getParent(element: T): Promise<T | null | undefined> {
    return (await this.provider()).getParent?.(element);
  }

  private async provider(): Promise<vscode.TreeDataProvider<T>> {
    const provider = await this.make();
    this.forwarding ??= provider.onDidChangeTreeData?.(e => this.changed.fire(e));
    return provider;
  }

  dispose(): void {
    this.forwarding?.dispose();
    this.changed.dispose();
  }
}
