// The Tenant view as users meet it: expanding folders, and the context menu's actions as clicks.
import assert from 'node:assert/strict';
import { signInToSandbox } from './60-send.mjs';

const row = (wb, label) => wb.page.locator('.part.sidebar .monaco-list-row', { hasText: label }).first();

/** Right-clicks a tree row and returns the labels of its context menu. */
async function contextMenu(wb, label) {
  await row(wb, label).click({ button: 'right' });
  const items = wb.page.locator('.context-view .monaco-menu .action-item:not(.disabled) .action-label');
  await items.first().waitFor({ timeout: 10_000 });
  return (await items.allInnerTexts()).map((t) => t.trim()).filter(Boolean);
}

/** Signed in to the sandbox, with the Tenant view in front. */
async function openTenantView(wb) {
  if (!await wb.page.locator('.part.statusbar', { hasText: '@sandbox' }).count()) await signInToSandbox(wb);
  await wb.runCommand('Graph Connector Groups: Focus on Tenant View');
}

export const steps = [
  {
    name: 'tree-expanded',
    async run({ wb }) {
      await openTenantView(wb);
      await wb.clickTreeItem('Connector groups');
      await row(wb, 'US datacenter').waitFor({ timeout: 20_000 });
      await wb.clickTreeItem('Default');
      // The first "Connectors" row is now the Default group's own folder (the tenant-wide one is further down).
      await row(wb, 'Applications').waitFor({ timeout: 20_000 });
      await wb.clickTreeItem('Connectors');
      await row(wb, 'APPPROXY-EU-01').waitFor({ timeout: 20_000 });
      await row(wb, 'US datacenter').click();
      await wb.page.locator('.part.sidebar .monaco-list-row', { hasText: 'Applications' }).nth(1).waitFor({ timeout: 20_000 });
      await wb.screenshot('20-tenant-tree');
    },
  },
  {
    name: 'tree-context-menu-open-json',
    async run({ wb }) {
      const items = await contextMenu(wb, 'US datacenter');
      for (const want of ['Rename…', 'Delete…', 'Add Connector to Group…', 'Insert Request into .http File…', 'Copy Id', 'Open JSON']) {
        assert.ok(items.includes(want), `context menu ${JSON.stringify(items)} lacks ${want}`);
      }
      await wb.screenshot('tree-01-context-menu');
      await wb.chooseFromContextMenu('Open JSON');
      await wb.page.locator('.editor-instance .view-line', { hasText: '"name": "US datacenter"' }).first().waitFor({ timeout: 15_000 });
      await wb.screenshot('tree-02-open-json');
    },
  },
  {
    name: 'tree-context-menu-rename',
    async run({ wb }) {
      await contextMenu(wb, 'Empty staging group');
      await wb.chooseFromContextMenu('Rename…');
      const input = wb.page.locator('.quick-input-widget input');
      await input.waitFor({ timeout: 10_000 });
      await input.fill('Staging (renamed in the UI)');
      await wb.page.keyboard.press('Enter');
      await row(wb, 'Staging (renamed in the UI)').waitFor({ timeout: 20_000 });
      await wb.screenshot('tree-03-renamed');
    },
  },
  {
    name: 'tree-context-menu-insert-request',
    async run({ wb }) {
      await contextMenu(wb, 'US datacenter');
      await wb.chooseFromContextMenu('Insert Request into .http File…');
      // A pick of requests for this group; the first one goes into an editor.
      const pick = wb.page.locator('.quick-input-list .monaco-list-row');
      await pick.first().waitFor({ timeout: 10_000 });
      await wb.screenshot('tree-04-insert-request-pick');
      await wb.page.keyboard.press('Enter');
      await wb.page.locator('.editor-instance .view-line', { hasText: 'connectorGroups/' }).first().waitFor({ timeout: 15_000 });
      await wb.screenshot('tree-05-inserted-request');
    },
  },
  {
    name: 'tree-context-menu-publish-app',
    async run({ wb }) {
      await contextMenu(wb, 'US datacenter');
      await wb.chooseFromContextMenu('Publish an App through This Group…');
      // Three input boxes, one after the other (the title counts them): display name, internal URL, external URL.
      const answers = ['Payroll (UI)', 'https://payroll.contoso.local/', 'https://payroll-ui-contoso.msappproxy.net/'];
      for (const [i, answer] of answers.entries()) {
        await wb.page.locator('.quick-input-widget .quick-input-title', { hasText: `(${i + 1}/3)` }).waitFor({ timeout: 10_000 });
        const input = wb.page.locator('.quick-input-widget input');
        await input.fill(answer);
        if (i === 0) await wb.screenshot('tree-07-publish-app-name');
        await wb.page.keyboard.press('Enter');
      }
      // An untitled .http document with the tutorial's requests for this group, its URLs as request variables.
      const line = (text) => wb.page.locator('.editor-instance .view-line', { hasText: text }).first();
      await line('through the connector group "US datacenter"').waitFor({ timeout: 15_000 });
      await line('@internalUrl = https://payroll.contoso.local/').waitFor({ timeout: 5_000 });
      await line('@externalUrl = https://payroll-ui-contoso.msappproxy.net/').waitFor({ timeout: 5_000 });
      await line("applicationTemplates?$filter=displayName eq 'Custom'").waitFor({ timeout: 5_000 });
      await line('/instantiate').waitFor({ timeout: 5_000 });
      assert.ok(await wb.page.locator('.tab.active', { hasText: 'Untitled' }).count(), 'the requests open in an untitled editor');
      await wb.screenshot('tree-08-publish-app-requests');
    },
  },
  {
    name: 'tree-create',
    async run({ wb }) {
      await openTenantView(wb);
      await wb.page.locator('.part.sidebar .title-actions .action-label[aria-label^="Create Connector Group"]').first().click();
      const input = wb.page.locator('.quick-input-widget input');
      await input.waitFor({ timeout: 10_000 });
      await input.fill('Made in the UI');
      await wb.page.keyboard.press('Enter');
      const region = wb.page.locator('.quick-input-list .monaco-list-row', { hasText: 'Europe' }).first();
      await region.waitFor({ timeout: 10_000 });
      await region.click();
      const folder = row(wb, 'Connector groups');
      if (await folder.getAttribute('aria-expanded') === 'false') await folder.click();
      await row(wb, 'Made in the UI').waitFor({ timeout: 20_000 });
      await wb.screenshot('tree-06-created');
      // Delete asks in a modal dialog, which VS Code refuses to show while its smoke-test driver runs (this harness):
      // the delete itself is checked in the extension host tests.
    },
  },
];
