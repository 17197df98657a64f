// The getting-started walkthrough, as a new user meets it: opened from Welcome: Open Walkthrough, its steps listed,
// and a step checked off by the real event it waits for ("Show the Tenant View" opens the view, which completes
// "Browse the tenant"); the Tenant view's welcome says what to do next in one line.
import assert from 'node:assert/strict';

export const steps = [
  {
    name: 'walkthrough-from-welcome-view',
    async run({ wb }) {
      await wb.runCommand('Welcome: Open Walkthrough...');
      const pick = wb.page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get Started with Graph Connector Groups' }).first();
      await pick.waitFor({ timeout: 15_000 });
      await pick.click();
      const page = wb.page.locator('.gettingStartedContainer');
      await page.locator('.getting-started-step', { hasText: 'Try the sandbox tenant' }).first().waitFor({ timeout: 15_000 });
      const titles = await page.locator('.getting-started-step .step-title').allInnerTexts();
      for (const t of ['Try the sandbox tenant', 'Open an example and send it', 'See a validation error and fix it', 'Browse the tenant', 'Sign in to your own tenant', 'Check and send in CI']) {
        assert.ok(titles.some((x) => x.includes(t)), `${t} in ${JSON.stringify(titles)}`);
      }
      await wb.screenshot('walkthrough-01-steps');
      // "Browse the tenant" completes when the Tenant view opens.
      await page.locator('.getting-started-step', { hasText: 'Browse the tenant' }).first().click();
      await page.locator('a, .button-link', { hasText: 'Show the Tenant View' }).first().click();
      // The view opens in the sidebar, with the welcome's one-line next step; the walkthrough stays beside it.
      await wb.page.locator('.part.sidebar', { hasText: 'Next: sign in' }).first().waitFor({ timeout: 10_000 });
      const done = page.locator('.getting-started-step[aria-checked="true"]', { hasText: 'Browse the tenant' });
      await done.first().waitFor({ timeout: 10_000 });
      await wb.screenshot('walkthrough-02-step-done');
      await wb.runCommand('View: Close All Editors');
    },
  },
];
