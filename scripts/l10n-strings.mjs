// The messages of every `vscode.l10n.t(...)` call in the editor layer, read with the TypeScript parser.
// `npx @vscode/l10n-dev export` finds none here: it looks for calls on an `import ... from 'vscode'` binding, and
// this code imports the API once through src/vscode/api.ts. Shared by scripts/export-l10n.mjs (which writes the
// bundle) and the unit test that checks the bundle against the code.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** Every .ts file under `dir`, sorted, so the bundle's order is stable. */
export function sourceFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p)); else if (p.endsWith('.ts') && !p.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/**
 * The messages, in order of first use, and the calls whose message is not a literal (a translator could never
 * see those: each must be a plain string, with `{0}` placeholders for the values).
 */
export function l10nStrings(files, root = process.cwd()) {
  const messages = [];
  const notLiteral = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (ts.isCallExpression(node) && /(^|\.)l10n\.t$/.test(node.expression.getText(source))) {
        const [first] = node.arguments;
        if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) {
          if (!messages.includes(first.text)) messages.push(first.text);
        } else {
          const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
          notLiteral.push(`${relative(root, file)}:${line + 1}: ${node.getText(source).slice(0, 80)}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { messages, notLiteral };
}

/** The bundle VS Code reads for English: each message is its own key and text. */
export function bundleOf(messages) {
  return Object.fromEntries(messages.map(m => [m, m]));
}
