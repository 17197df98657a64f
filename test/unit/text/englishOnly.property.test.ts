// englishOnly fills `{n}` as vscode.l10n.t does for English (its documented form: each `{n}` with an argument n
// replaced, others left as written): the scan equals the one-line regular expression over random messages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { englishOnly } from '../../../src/core/text/l10n';

const byRegex = (message: string, ...args: string[]) => message.replace(/\{(\d+)\}/g, (whole, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : whole));

test('property: englishOnly fills {n} exactly as the regular expression does', () => {
  const message = fc.array(fc.constantFrom('{', '}', '0', '1', '2', '01', 'x', ' ', '{0}', '{1}', '{12}'), { maxLength: 12 }).map(p => p.join(''));
  fc.assert(fc.property(message, fc.array(fc.string({ maxLength: 3 }), { maxLength: 13 }), (m, args) => {
    assert.equal(englishOnly(m, ...args), byRegex(m, ...args));
  }), { numRuns: 3000, seed: 3 });
});
