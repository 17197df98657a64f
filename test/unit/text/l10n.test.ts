// The pure layouts localize through src/vscode/l10n.ts: once activation hands it a translator (vscode.l10n.t in the
// product), every message goes through it with its arguments, and a translated bundle changes what users read.
import { afterEach, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { englishOnly, useTranslator } from '../../../src/core/text/l10n';
import { formatResponseDocument } from '../../../src/core/response/formatResponse';
import { describeHistoryEntry } from '../../../src/core/history/historyEntry';

afterEach(() => useTranslator(englishOnly));

test('without a translator a message is its English text with {n} filled in, as vscode.l10n.t does', () => {
  assert.equal(englishOnly('{0} ms', 12), '12 ms');
  assert.equal(englishOnly('Error {0}: {1}', 'E', 'm {1}'), 'Error E: m {1}');
  assert.equal(englishOnly('left {2}', 'a'), 'left {2}');
});

test('the response document and history labels are read through the translator', () => {
  const seen: string[] = [];
  // A stand-in "German bundle": the layout must ask for every message, and show what the translator answers.
  const de: Record<string, string> = { '{0} ms': '{0} Millisekunden', 'Headers:': 'Kopfzeilen:', 'Error {0}: {1}': 'Fehler {0}: {1}', 'no response': 'keine Antwort' };
  useTranslator((m, ...a) => { seen.push(m); return englishOnly(de[m] ?? m, ...a); });
  const { text } = formatResponseDocument({ method: 'GET', url: 'https://graph.microsoft.com/beta/x', status: 404, statusText: 'Not Found',
    durationMs: 7, bodyBytes: 2, headers: { a: 'b' }, body: '{}', error: { code: 'NotFound', message: 'gone' } });
  assert.match(text, /\/\/ 7 Millisekunden · 2 B/);
  assert.match(text, /\/\/ Fehler NotFound: gone/);
  assert.match(text, /\/\/ Kopfzeilen:/);
  assert.equal(describeHistoryEntry({ method: 'GET', url: 'https://graph.microsoft.com/beta/x', headers: {}, time: 0 } as never).description.split(' · ')[0], 'keine Antwort');
  assert.ok(seen.includes('Headers:') && seen.includes('no response'));
});
