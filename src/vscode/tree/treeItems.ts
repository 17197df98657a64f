import { vscode } from '../api';
import { isEntity, type TenantNode } from '../../core/tenant/nodes';

/**
 * TreeItems for the item models. `contextValue` comes from the model (model/nodes.ts CONTEXT) and is
 * what package.json's `view/item/context` clauses match: `connectorGroupsFolder`, `connectorGroup[.default]`,
 * `connector.active|inactive`, `application`, `externalConnection`, `externalGroup`, `loadMore`.
 */
abstract class TenantTreeItem extends vscode.TreeItem {
  constructor(readonly node: TenantNode, collapsed: vscode.TreeItemCollapsibleState) {
    super(node.label, collapsed);
    this.id = node.key;
    this.description = node.description;
    this.tooltip = node.tooltip;
    this.contextValue = node.contextValue;
    if (node.icon) this.iconPath = new vscode.ThemeIcon(node.icon.id, node.icon.color ? new vscode.ThemeColor(node.icon.color) : undefined);
    if (node.command) this.command = { command: node.command.command, title: node.command.title, arguments: node.command.arguments };
  }
}

/** Tenant roots and folders: they only hold other items. */
export class ContainerTreeItem extends TenantTreeItem {
  constructor(node: TenantNode) {
    super(node, node.kind === 'tenant' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
  }
}

/** A Graph object (connector group, connector, application, external connection or group). */
export class EntityTreeItem extends TenantTreeItem {
  constructor(node: TenantNode) {
    super(node, node.expandable ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  }
}

/** Loading, empty, error, "Load more" and action items. */
export class StateTreeItem extends TenantTreeItem {
  constructor(node: TenantNode) {
    super(node, vscode.TreeItemCollapsibleState.None);
  }
}

export function treeItemFor(node: TenantNode): vscode.TreeItem {
  if (isEntity(node)) return new EntityTreeItem(node);
  return node.expandable ? new ContainerTreeItem(node) : new StateTreeItem(node);
}
