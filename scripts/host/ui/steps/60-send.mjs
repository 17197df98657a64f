// Signing in and sending as users meet it: "Use the Sandbox Tenant" (device code, approved by the emulator), the
// CodeLens and the keybinding, the response view and its title actions, an error response, the history.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const toasts = (wb) => wb.page.locator('.notifications-toasts .notification-toast');

/** Runs "Use the Sandbox Tenant" and waits until the status bar shows the signed-in account. */
export async function signInToSandbox(wb) {
  await wb.runCommand('Graph Connector Groups: Use the Sandbox Tenant');
  await wb.page.locator('.part.statusbar', { hasText: '@sandbox' }).waitFor({ timeout: 30_000 });
}

/** The labels of the response tabs on screen: each response is a document of its own, named with a counter. */
const responseTabs = (wb) => wb.page.locator('.tabs-container .tab[aria-label*=".jsonc"]').evaluateAll(tabs => tabs.map(t => t.getAttribute('aria-label')));

/**
 * Waits for a response tab that was not among `before` (a response replaces the previous one's preview tab in the
 * response column, as REST Client's single panel does, so the number of tabs need not grow), and for its status line.
 */
async function waitForResponse(wb, before, status) {
  await wb.page.waitForFunction((b) => [...document.querySelectorAll('.tabs-container .tab[aria-label*=".jsonc"]')].some(t => !b.includes(t.getAttribute('aria-label'))), before, { timeout: 30_000 });
  await wb.page.locator('.editor-instance .view-line', { hasText: status }).first().waitFor({ timeout: 15_000 });
}

export const steps = [
  {
    name: 'send-sign-in-device-code',
    async run({ wb }) {
      await signInToSandbox(wb);
      // The device code's notification closes with the sign-in (it used to stay on screen for good); the renderer
      // takes it down a moment after the status bar changes.
      const code = toasts(wb).filter({ hasText: 'enter the code' });
      await wb.page.waitForFunction(() => ![...document.querySelectorAll('.notifications-toasts .notification-toast')].some((t) => /enter the code/.test(t.textContent ?? '')), undefined, { timeout: 10_000 })
        .catch(async () => assert.equal(await code.count(), 0, 'the device-code notification is still on screen 10 s after sign-in'));
      await wb.screenshot('send-01-signed-in');
    },
  },
  {
    name: 'send-codelens-response-view',
    async run({ wb, httpFile }) {
      await wb.openFile(httpFile);
      const before = await responseTabs(wb);
      const lens = wb.page.locator('.editor-instance .codelens-decoration a', { hasText: 'Send Request' }).first();
      await lens.waitFor({ timeout: 15_000 });
      await lens.click();
      await waitForResponse(wb, before, '200 OK');
      assert.ok(await wb.page.locator('.editor-instance .view-line', { hasText: 'US datacenter' }).count() > 0, 'the tenant\'s groups in the response');
      assert.equal(await toasts(wb).filter({ hasText: 'enter the code' }).count(), 0);
      await wb.screenshot('10-response-view');
      // The response view's title bar (shown for the active group): "Resend Last Request" sends again.
      await wb.page.locator('.editor-group-container').last().locator('.view-line').first().click();
      const resend = wb.page.locator('.editor-actions .action-label[aria-label^="Resend Last Request"]').first();
      const shown = await responseTabs(wb);
      await resend.click();
      await waitForResponse(wb, shown, '200 OK');
      assert.equal(await wb.page.locator('.editor-group-container').count(), 2, 'the resend opened another editor column');
    },
  },
  {
    name: 'send-keybinding-error-response',
    async run({ wb, workspace }) {
      // connectorGroups exist only in beta: the sandbox answers v1.0 with an error the view explains.
      writeFileSync(join(workspace, 'error-demo.http'), '### Connector groups are beta-only\nGET https://graph.microsoft.com/v1.0/onPremisesPublishingProfiles/applicationProxy/connectorGroups\n');
      await wb.runCommand('View: Show Explorer');
      await wb.clickTreeItem('error-demo.http'); // Quick Open's index may not know a file written a moment ago
      await wb.page.locator('.tabs-container .tab[aria-label^="error-demo.http"]').first().waitFor({ timeout: 15_000 });
      await wb.page.locator('.editor-instance .view-line', { hasText: 'GET https://graph' }).first().click();
      const before = await responseTabs(wb);
      await wb.page.keyboard.press('Control+Alt+g');
      await waitForResponse(wb, before, '400');
      await wb.screenshot('11-error-response');
    },
  },
  {
    name: 'send-editor-context-menu-and-curl',
    async run({ wb }) {
      await wb.openFile('ui/paging.http');
      const line = wb.page.locator('.editor-instance .view-line', { hasText: 'GET https://graph' }).first();
      await line.click();
      const before = await responseTabs(wb);
      await wb.chooseFromContextMenu('Send Request', () => line.click({ button: 'right' }));
      await waitForResponse(wb, before, '200 OK');
      await wb.screenshot('send-03-editor-context-menu');
      // The response links to the next page: the title bar's "Load Next Page" sends it.
      assert.ok(await wb.page.locator('.editor-instance .view-line', { hasText: '@odata.nextLink' }).count() > 0, 'the first page links to the next');
      await wb.page.locator('.editor-group-container').last().locator('.view-line').first().click();
      const firstPage = await responseTabs(wb);
      await wb.page.locator('.editor-actions .action-label[aria-label^="Load Next Page"]').first().click();
      await waitForResponse(wb, firstPage, '200 OK');
      await wb.screenshot('send-04-next-page');
      // Copy as cURL from the editor's context menu: the token is redacted unless asked for.
      const request = wb.page.locator('.editor-group-container').first().locator('.view-line', { hasText: 'GET https://graph' }).first();
      await wb.chooseFromContextMenu('Copy Request as cURL', () => request.click({ button: 'right' }));
      await toasts(wb).filter({ hasText: 'Copied as cURL (token redacted)' }).first().waitFor({ timeout: 10_000 });
      await wb.screenshot('send-05-copied-as-curl');
    },
  },
  {
    name: 'send-history',
    async run({ wb }) {
      await wb.runCommand('Graph Connector Groups: Show Request History');
      const rows = wb.page.locator('.quick-input-list .monaco-list-row');
      await rows.first().waitFor({ timeout: 10_000 });
      const labels = await rows.allInnerTexts();
      assert.ok(labels.some((l) => /GET/.test(l) && /connectorGroups/.test(l)), JSON.stringify(labels));
      assert.ok(labels.every((l) => !/eyJ/.test(l)), 'no token in the history');
      await wb.screenshot('send-02-history');
      await wb.page.keyboard.press('Escape');
    },
  },
];
