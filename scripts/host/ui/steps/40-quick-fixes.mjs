// Quick fixes as users meet them: the cursor on each diagnostic of test/ui/fixtures/quick-fixes.http, Ctrl+.,
// the fix chosen from VS Code's menu; the file that results must equal quick-fixes.expected.http (what Graph's
// docs say each request should have been). Fixes go bottom-up so earlier marks keep their lines.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../install-host.mjs';
import { fixture, markers } from '../fixtures.mjs';

/** The fix to choose at each ‸ of quick-fixes.http, in file order. */
const CHOICES = [
  'Use /beta/',
  'onPremisesPublishingProfiles/applicationProxy/connectorGroups',
  'Change to "eur"',
  "Remove 'isDefault'",
  "Rename to 'name'",
  'Quote the value',
  'Change to "#microsoft.graph.connectorGroup"',
  'Insert /beta',
  "Add 'name'",
  'Remove the body',
];

/** The same for quick-fixes-seeds.http: the docs seeds' own mistakes. */
const SEED_CHOICES = [
  'onPremisesPublishingProfiles/applicationProxy/connectorGroups',
  'external/connections',
  'Use beta',
  'Change "Boolean" to false',
  'Remove the blank line before the headers',
];

/** Applies CHOICES[i] at the i-th mark, bottom-up, and compares the saved file with test/ui/<name>.expected.http. */
async function fixAll(wb, editor, name, choices, onMenu) {
  const marks = markers(name);
  assert.equal(marks.length, choices.length);
  await wb.openFile(fixture(name));
  await editor.waitForSquiggle('error');
  for (let i = marks.length - 1; i >= 0; i--) {
    await editor.goTo(marks[i].line, marks[i].column);
    await wb.page.waitForTimeout(500); // past the validation debounce of the previous fix
    const titles = await editor.quickFixes();
    await onMenu?.(i, titles);
    await editor.applyQuickFix(choices[i], titles);
  }
  const text = await editor.savedText(fixture(name));
  const expected = readFileSync(join(REPO_ROOT, 'test/ui', name.replace(/\.http$/, '.expected.http')), 'utf8');
  if (text !== expected) console.log(`---- actual ${name} ----\n${text}\n----`);
  assert.equal(text, expected);
}

export const steps = [
  {
    // The problem's squiggle is on the header lines; a person puts the cursor on the blank line that caused it.
    name: 'quick-fixes-on-the-blank-line-itself',
    async run({ wb, editor }) {
      await fixAll(wb, editor, 'blank-line-fix.http', ['Remove the blank line before the headers']);
    },
  },
  {
    // A JSON body without Content-Type (a warning on the request line) and a batch request's body without one in its
    // headers (an error on its key): Ctrl+. adds the header in each place, as the docs' own requests have it.
    name: 'quick-fixes-content-type',
    async run({ wb, editor }) {
      await fixAll(wb, editor, 'content-type-fix.http', ['Add Content-Type: application/json', 'Add Content-Type: application/json']);
      await wb.page.waitForTimeout(1000);
      assert.equal(await editor.squiggleCount('warning') + await editor.squiggleCount('error'), 0, 'nothing left after the fixes');
      await wb.screenshot('quick-fix-04-content-type');
    },
  },
  {
    name: 'quick-fixes-seed-mistakes',
    async run({ wb, editor }) {
      await fixAll(wb, editor, 'quick-fixes-seeds.http', SEED_CHOICES);
      await wb.screenshot('quick-fix-03-seeds-fixed');
    },
  },
  {
    name: 'quick-fixes-each-diagnostic',
    async run({ wb, editor }) {
      await fixAll(wb, editor, 'quick-fixes.http', CHOICES, async (i, titles) => {
        if (i !== 2) return;
        await wb.screenshot('quick-fix-01-menu');
        assert.ok(titles.some((t) => t.includes('Change to "nam"')), JSON.stringify(titles));
      });
      await wb.page.waitForTimeout(1000);
      assert.equal(await editor.squiggleCount('error'), 0, 'no error left after the fixes');
      await wb.screenshot('quick-fix-02-all-applied');
    },
  },
];
