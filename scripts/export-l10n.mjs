// Writes l10n/bundle.l10n.json from the vscode.l10n.t(...) calls in src/ (what `npx @vscode/l10n-dev export`
// would write, had it found them: see l10n-strings.mjs). Translations go beside it as bundle.l10n.<locale>.json.
// usage: node scripts/export-l10n.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { bundleOf, l10nStrings, sourceFiles } from './l10n-strings.mjs';

const { messages, notLiteral } = l10nStrings(sourceFiles('src'));
if (notLiteral.length) {
  console.error(`vscode.l10n.t needs a string literal as its message:\n${notLiteral.join('\n')}`);
  process.exit(1);
}
mkdirSync('l10n', { recursive: true });
writeFileSync('l10n/bundle.l10n.json', JSON.stringify(bundleOf(messages), null, 2) + '\n');
console.log(`l10n/bundle.l10n.json: ${messages.length} messages`);
