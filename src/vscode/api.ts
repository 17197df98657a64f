// The VS Code API, imported once for the whole bundle. esbuild gives every module that writes
// `import * as vscode from 'vscode'` its own interop copy of the API object (dozens of them, each copying
// every property at activation); importing the namespace here and re-exporting it makes that one copy.
import * as vscode from 'vscode';

export { vscode };
