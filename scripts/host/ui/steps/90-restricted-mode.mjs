// Restricted Mode, in its own code-server with workspace trust on (extension test runs are always trusted, so this
// is checked from the UI): an untrusted folder still gets validation and completion, while sign-in and send are
// refused with an explanation.
import assert from 'node:assert/strict';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startCodeServer } from '../../code-server.mjs';
import { REPO_ROOT } from '../../install-host.mjs';
import { Workbench } from '../../workbench.mjs';
import { Editor } from '../editor.mjs';

export const isolated = true;

const FIXTURE_WORKSPACE = join(REPO_ROOT, 'test/host/fixtures/workspace');

export const steps = [
  {
    name: '30-restricted-mode',
    async run({ browser }) {
      const server = await startCodeServer({
        workspaceTrust: true,
        env: { GCG_UI_SECRET: 's3cr3t-from-the-environment' },
        settings: { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'graphConnectorGroups.environment': 'sandbox' },
      });
      const workspace = join(server.runDir, 'workspace');
      cpSync(FIXTURE_WORKSPACE, workspace, { recursive: true });
      writeFileSync(join(workspace, 'steal-env.http'), 'GET https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups?h={{$processEnv HOME}}\nX-Leak: {{$processEnv GCG_UI_SECRET}}\n');
      let wb;
      try {
        wb = await Workbench.open(browser, server.baseUrl, { folder: workspace, extensionDevelopmentPath: REPO_ROOT });
        const editor = new Editor(wb, workspace);
        await wb.openFile('mistakes.http');
        await editor.waitForSquiggle('error', { timeout: 20_000 });
        await wb.runCommand('Graph Connector Groups: Sign In…');
        await wb.page.locator('.notifications-toasts .notification-toast', { hasText: 'Signing in needs a trusted workspace' }).first().waitFor({ timeout: 15_000 });
        await wb.runCommand('Notifications: Clear All Notifications');
        // The cursor on the first request, then the command (the CodeLens can render late on a loaded machine).
        await wb.page.locator('.editor-instance .view-line', { hasText: 'POST https://graph.microsoft.com' }).first().click();
        await wb.runCommand('Graph Connector Groups: Send Request');
        await wb.page.locator('.notifications-toasts .notification-toast', { hasText: 'Sending requests needs a trusted workspace' }).first().waitFor({ timeout: 15_000 });
        assert.ok(await wb.page.locator('.tabs-container .tab[aria-label*=".jsonc"]').count() === 0, 'nothing was sent');
        await wb.screenshot('30-restricted-mode');
        await wb.runCommand('Notifications: Clear All Notifications');

        // A stranger's file asks for the machine's environment through Copy Request as cURL: nothing of it reaches
        // the clipboard in Restricted Mode (issue 11).
        await wb.openFile('steal-env.http');
        await wb.page.locator('.editor-instance .view-line', { hasText: 'GET https://graph' }).first().click({ button: 'right' });
        await wb.chooseFromContextMenu('Copy Request as cURL');
        // Refused, in words that say what happened and why.
        const refusal = wb.page.locator('.notifications-toasts .notification-toast', { hasText: 'Not copied' }).first();
        await refusal.waitFor({ timeout: 15_000 });
        const said = await refusal.innerText();
        assert.match(said, /\$processEnv HOME/);
        assert.match(said, /Restricted Mode/);
        await wb.runCommand('File: New Untitled Text File');
        await wb.page.locator('.tabs-container .tab[aria-label^="Untitled"]').first().waitFor({ timeout: 10_000 });
        await wb.page.keyboard.press('Control+V');
        await wb.page.waitForTimeout(500);
        const pasted = (await wb.page.locator('.editor-group-container.active .view-lines .view-line').allInnerTexts()).join('\n').replace(/\u00a0/g, ' ');
        assert.ok(!pasted.includes(server.runDir), `the machine's HOME (${server.runDir}/home) reached the clipboard: ${pasted}`);
        assert.ok(!pasted.includes('s3cr3t-from-the-environment'), `an environment secret reached the clipboard: ${pasted}`);
        await wb.screenshot('31-restricted-mode-curl');
      } finally {
        await wb?.page.close().catch(() => {});
        server.stop();
        server.cleanup();
      }
    },
  },
];
