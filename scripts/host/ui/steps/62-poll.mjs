// Graph connectors' async operations as users meet them: a schema registration answers 202 Accepted with a
// Location, and the response view's title bar offers "Poll This Operation", which shows the operation's status.
import assert from 'node:assert/strict';
import { signInToSandbox } from './60-send.mjs';

const line = (wb, text) => wb.page.locator('.editor-instance .view-line', { hasText: text }).first();

export const steps = [
  {
    name: 'poll-operation-title-action',
    async run({ wb }) {
      // Signed in already when the send steps ran before (a run of all steps); alone, this step signs in itself.
      if (await wb.page.locator('.part.statusbar', { hasText: '@sandbox' }).count() === 0) await signInToSandbox(wb);
      await wb.openFile('ui/poll-operation.http');
      const request = wb.page.locator('.editor-group-container').first();
      const lenses = request.locator('.editor-instance .codelens-decoration a', { hasText: 'Send Request' });
      await lenses.nth(1).waitFor({ timeout: 15_000 });
      await lenses.nth(0).click();
      await line(wb, '// 201').waitFor({ timeout: 30_000 });
      await lenses.nth(1).click();
      await line(wb, '// 202').waitFor({ timeout: 30_000 });
      await line(wb, '/operations/').waitFor({ timeout: 5_000 });
      await wb.screenshot('poll-01-accepted');
      // The 202's title bar: "Poll This Operation" GETs the Location (and again while it is inprogress, for a few seconds).
      await wb.page.locator('.editor-group-container').last().locator('.view-line').first().click();
      await wb.page.locator('.editor-actions .action-label[aria-label^="Poll This Operation"]').first().click();
      await line(wb, /"status":\s*"(completed|inprogress)"/).waitFor({ timeout: 30_000 });
      // The operation replaces the 202 in the response column (one response panel, as REST Client has), not a third column.
      assert.equal(await wb.page.locator('.editor-group-container').count(), 2, 'the poll opened another editor column');
      await wb.screenshot('poll-02-operation');
    },
  },
];
