/**
 * The extension's command ids, one place for each: command classes register them, tree items and notifications
 * invoke them, and package.json contributes them (test/unit/manifest/commandIds.test.ts keeps the two equal). In
 * core because the tree's item models (core/tenant) name the commands their items run.
 */
export const COMMAND = {
  sendRequest: 'graphConnectorGroups.sendRequest',
  cancelRequest: 'graphConnectorGroups.cancelRequest',
  resendLastRequest: 'graphConnectorGroups.resendLastRequest',
  copyRequestAsCurl: 'graphConnectorGroups.copyRequestAsCurl',
  copyRequestAsPowerShell: 'graphConnectorGroups.copyRequestAsPowerShell',
  copyRequestAsAzureCli: 'graphConnectorGroups.copyRequestAsAzureCli',
  copyResponseAsCurl: 'graphConnectorGroups.copyResponseAsCurl',
  saveResponseBody: 'graphConnectorGroups.saveResponseBody',
  loadNextPage: 'graphConnectorGroups.loadNextPage',
  pollOperation: 'graphConnectorGroups.pollOperation',
  showHistory: 'graphConnectorGroups.showHistory',
  clearHistory: 'graphConnectorGroups.clearHistory',
  signIn: 'graphConnectorGroups.signIn',
  signOut: 'graphConnectorGroups.signOut',
  switchAccount: 'graphConnectorGroups.switchAccount',
  useSandbox: 'graphConnectorGroups.useSandbox',
  selectEnvironment: 'graphConnectorGroups.selectEnvironment',
  refreshTree: 'graphConnectorGroups.refreshTree',
  loadMore: 'graphConnectorGroups.loadMore',
  createConnectorGroup: 'graphConnectorGroups.createConnectorGroup',
  renameConnectorGroup: 'graphConnectorGroups.renameConnectorGroup',
  deleteConnectorGroup: 'graphConnectorGroups.deleteConnectorGroup',
  addConnectorToGroup: 'graphConnectorGroups.addConnectorToGroup',
  moveConnectorToGroup: 'graphConnectorGroups.moveConnectorToGroup',
  copyId: 'graphConnectorGroups.copyId',
  openItemJson: 'graphConnectorGroups.openItemJson',
  insertRequest: 'graphConnectorGroups.insertRequest',
  addExternalGroupById: 'graphConnectorGroups.addExternalGroupById',
  publishAppThroughGroup: 'graphConnectorGroups.publishAppThroughGroup',
  assignAppToConnectorGroup: 'graphConnectorGroups.assignAppToConnectorGroup',
  openApplicationRequest: 'graphConnectorGroups.openApplicationRequest',
  registerSchemaFromFile: 'graphConnectorGroups.registerSchemaFromFile',
  pollConnectionOperation: 'graphConnectorGroups.pollConnectionOperation',
  putItemFromFile: 'graphConnectorGroups.putItemFromFile',
  openExample: 'graphConnectorGroups.openExample',
  copyDeviceCode: 'graphConnectorGroups.copyDeviceCode',
} as const;

export type CommandId = typeof COMMAND[keyof typeof COMMAND];
