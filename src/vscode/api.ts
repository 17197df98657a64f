// The VS Code API, imported once for the whole bundle. `import vscode = require('vscode')` is the API object itself:
// esbuild gives `import * as vscode from 'vscode'` an interop copy that defines a getter for each of the API's ~300
// names when the extension loads (and each `vscode.x` then goes through one); importing it here and re-exporting it
// keeps that to one place.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the API object as is, see above
import vscode = require('vscode');

export { vscode };
