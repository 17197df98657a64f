#!/usr/bin/env node
// A stand-in "VS Code executable" for @vscode/test-electron's runTests({ vscodeExecutablePath }) where no
// desktop VS Code can be downloaded: it reads the CLI that runTests builds and runs the same extension
// tests in code-server's real extension host instead. Must stay executable (git mode 100755).
import { resolve } from 'node:path';
import { runExtensionTests } from './code-server-driver.mjs';

const argv = process.argv.slice(2);
const opt = (name) => {
  const a = argv.find((x) => x.startsWith(`--${name}=`));
  return a && resolve(a.slice(name.length + 3));
};
const extensionDevelopmentPath = opt('extensionDevelopmentPath');
const extensionTestsPath = opt('extensionTestsPath');
const folder = argv.find((a) => !a.startsWith('-'));
if (!extensionDevelopmentPath || !extensionTestsPath) {
  console.error('vscode-shim: need --extensionDevelopmentPath=... and --extensionTestsPath=...');
  process.exit(2);
}
process.exit(await runExtensionTests({
  extensionDevelopmentPath,
  extensionTestsPath,
  folder: folder && resolve(folder),
  userDataDir: opt('user-data-dir'),
  extensionsDir: opt('extensions-dir'),
}));
