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

/** The publish flow's three input boxes, counted in their titles (n/4). */
async function answerPublishInputs(wb, answers, screenshot) {
  for (const [i, answer] of answers.entries()) {
    await wb.page.locator('.quick-input-widget .quick-input-title', { hasText: `(${i + 1}/4)` }).waitFor({ timeout: 10_000 });
    const input = wb.page.locator('.quick-input-widget input');
    await input.fill(answer);
    if (i === 0 && screenshot) await wb.screenshot(screenshot);
    await wb.page.keyboard.press('Enter');
  }
}

/** The fourth step: a pick between sending the requests now and opening them. */
async function choosePublishAction(wb, label, screenshot) {
  await wb.page.locator('.quick-input-widget .quick-input-title', { hasText: '(4/4)' }).waitFor({ timeout: 10_000 });
  const pick = wb.page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
  await pick.waitFor({ timeout: 10_000 });
  if (screenshot) await wb.screenshot(screenshot);
  await pick.click();
}

/** Expands (or, with `open: false`, collapses) a tree row by its label, if it is not already so. */
async function setExpanded(wb, label, open = true) {
  const r = row(wb, label);
  await r.waitFor({ timeout: 20_000 });
  if ((await r.getAttribute('aria-expanded')) !== String(open)) await r.click();
}

/**
 * Expands `path` until `target` shows. After a change the view reloads the folders it touched; a row clicked while
 * the reload re-renders it can come back collapsed, so expand again (as a person would) rather than wait on a row
 * that will not appear.
 */
async function expandUntil(wb, path, target, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const label of path) await setExpanded(wb, label).catch(() => {});
    try {
      await row(wb, target).waitFor({ timeout: 3_000 });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
  }
}

/** Drags the sidebar's right edge by `dx` pixels; returns how far it moved. */
async function dragSidebarEdge(wb, dx) {
  const sidebar = await wb.page.locator('.part.sidebar').boundingBox();
  if (!sidebar || dx === 0) return 0;
  const x = sidebar.x + sidebar.width, y = sidebar.y + sidebar.height / 2;
  await wb.page.mouse.move(x, y);
  await wb.page.mouse.down();
  await wb.page.mouse.move(x + dx, y, { steps: 8 });
  await wb.page.mouse.up();
  const after = await wb.page.locator('.part.sidebar').boundingBox();
  return after ? after.width - sidebar.width : 0;
}

const toast = (wb, text) => wb.page.locator('.notifications-toasts .notification-toast', { hasText: text }).first();

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
      await answerPublishInputs(wb, ['Payroll (UI)', 'https://payroll.contoso.local/', 'https://payroll-ui-contoso.msappproxy.net/'], 'tree-07-publish-app-name');
      // Then the choice: send now, or open the requests first.
      await choosePublishAction(wb, 'Open them in a .http file');
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
    name: 'tree-context-menu-publish-app-send',
    async run({ wb }) {
      await contextMenu(wb, 'Staging (renamed in the UI)');
      await wb.chooseFromContextMenu('Publish an App through This Group…');
      await answerPublishInputs(wb, ['Timesheets (UI)', 'https://timesheets.contoso.local/', 'https://timesheets-ui-contoso.msappproxy.net/']);
      await choosePublishAction(wb, 'Send the requests now', 'tree-09-publish-app-choice');
      // The six requests go through the tree's Graph client; the notification says where the app is now.
      const done = wb.page.locator('.notifications-toasts .notification-toast', { hasText: 'Published "Timesheets (UI)"' }).first();
      await done.waitFor({ timeout: 30_000 });
      // The group's Applications folder shows the app without a manual refresh.
      await row(wb, 'Staging (renamed in the UI)').click();
      const apps = wb.page.locator('.part.sidebar .monaco-list-row', { hasText: 'Applications' });
      await apps.first().waitFor({ timeout: 10_000 });
      const app = row(wb, 'Timesheets (UI)');
      if (!await app.count()) await apps.last().click();
      await app.waitFor({ timeout: 20_000 });
      await wb.screenshot('tree-10-published-app');
    },
  },
  {
    name: 'tree-context-menu-application',
    async run({ wb }) {
      const items = await contextMenu(wb, 'Timesheets (UI)');
      for (const want of ['Assign to Another Connector Group…', 'Open in a Request', 'Insert Request into .http File…', 'Copy Id', 'Open JSON']) {
        assert.ok(items.includes(want), `context menu ${JSON.stringify(items)} lacks ${want}`);
      }
      await wb.screenshot('tree-11-application-menu');
      await wb.chooseFromContextMenu('Open in a Request');
      await wb.page.locator('.editor-instance .view-line', { hasText: '$select=id,appId,displayName,identifierUris,web,onPremisesPublishing' }).first().waitFor({ timeout: 15_000 });
      await wb.screenshot('tree-12-application-request');
    },
  },
  {
    name: 'tree-delete-group-with-apps-warns',
    async run({ wb }) {
      await contextMenu(wb, 'Staging (renamed in the UI)');
      await wb.chooseFromContextMenu('Delete…');
      // Non-modal, so this harness can show it: it names the app, and nothing is sent unless "Delete Anyway".
      const warning = wb.page.locator('.notifications-toasts .notification-toast', { hasText: 'still has 1 application: "Timesheets (UI)"' }).first();
      await warning.waitFor({ timeout: 15_000 });
      assert.ok(await warning.locator('.monaco-button', { hasText: 'Delete Anyway' }).count(), 'the warning offers "Delete Anyway"');
      await wb.screenshot('tree-13-delete-group-with-apps');
      await warning.hover();
      await warning.locator('.codicon-notifications-clear, .codicon-close').first().click().catch(() => wb.page.keyboard.press('Escape'));
      assert.ok(await row(wb, 'Staging (renamed in the UI)').count(), 'the group is still there');
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
  {
    name: 'tree-connector-register-schema',
    async run({ wb }) {
      await openTenantView(wb);
      // The journey's file beside the tree, as the README shows it.
      await wb.openFile('graph-connector.http');
      await wb.runCommand('Graph Connector Groups: Focus on Tenant View');
      await setExpanded(wb, 'Connector groups', false);
      await setExpanded(wb, 'External connections');
      const items = await contextMenu(wb, 'Contoso HR');
      for (const want of ['Register Schema from File…', 'Put Item from File…', 'Add Existing External Group by Id…']) {
        assert.ok(items.includes(want), `context menu ${JSON.stringify(items)} lacks ${want}`);
      }
      await wb.screenshot('tree-14-connection-menu');
      await wb.chooseFromContextMenu('Register Schema from File…');
      // A pick of the workspace's JSON files.
      const input = wb.page.locator('.quick-input-widget input');
      await input.waitFor({ timeout: 10_000 });
      await input.fill('graph-connector.schema');
      await wb.page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'graph-connector.schema.json' }).waitFor({ timeout: 15_000 });
      await wb.screenshot('tree-15-schema-file-pick');
      await wb.page.keyboard.press('Enter');
      await toast(wb, 'Schema registration of "Contoso HR" accepted').waitFor({ timeout: 20_000 });
      // The connection holds its Schema and Operations; the operation shows there, read when expanded.
      await setExpanded(wb, 'Contoso HR');
      await setExpanded(wb, 'Operations');
      await row(wb, 'Schema registration').waitFor({ timeout: 20_000 });
      await wb.screenshot('tree-16-operation');
    },
  },
  {
    name: 'tree-connector-poll-operation',
    async run({ wb }) {
      const items = await contextMenu(wb, 'Schema registration');
      assert.ok(items.includes('Poll Operation'), `context menu ${JSON.stringify(items)} lacks Poll Operation`);
      await wb.chooseFromContextMenu('Poll Operation');
      await toast(wb, 'The schema of "Contoso HR" is registered').waitFor({ timeout: 30_000 });
      // Completed: the connections reload (the state), the operation says completed, and the Schema lists the properties.
      await expandUntil(wb, ['Contoso HR', 'Operations'], 'completed · started');
      await expandUntil(wb, ['Contoso HR', 'Schema'], 'priority');
      await row(wb, 'lastModified').waitFor({ timeout: 5_000 });
      assert.ok(await row(wb, 'int64 · queryable, retrievable, refinable').count(), 'the property row names its type and flags');
      await wb.screenshot('tree-17-polled');
      // For the README: the journey's file beside the tree, notifications cleared, the sidebar wide enough for the descriptions.
      await wb.runCommand('Notifications: Clear All Notifications');
      await wb.openFile('graph-connector.http');
      const widen = await dragSidebarEdge(wb, 220);
      await row(wb, 'External connections').hover();
      await wb.screenshot('graph-connector-tree');
      // A property's tooltip: every flag, yes or no.
      await row(wb, 'priority').hover();
      await wb.page.locator('.monaco-hover, .workbench-hover', { hasText: 'Refinable: yes' }).first().waitFor({ timeout: 10_000 });
      await wb.screenshot('tree-18-property-tooltip');
      await dragSidebarEdge(wb, -widen); // the later steps see the usual layout
    },
  },
];
