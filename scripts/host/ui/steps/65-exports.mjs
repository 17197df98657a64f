// Copy as PowerShell and Copy as Azure CLI, as a user meets them: the editor's context menu next to "Copy Request
// as cURL", the notification saying how the tool signs in, and the command pasted into an editor: variables
// resolved, each shell's quoting, and no token.
import assert from 'node:assert/strict';

const toasts = (wb) => wb.page.locator('.notifications-toasts .notification-toast');

/** Right-clicks the request line of ui/exports.http and picks `item` from the editor's context menu. */
async function copyFromContextMenu(wb, item) {
  await wb.openFile('ui/exports.http');
  await wb.page.locator('.editor-instance .view-line', { hasText: 'POST {{base}}' }).first().click({ button: 'right' });
  await wb.chooseFromContextMenu(item);
}

/** Pastes the clipboard into a new untitled editor and returns what the editor shows. */
async function pasted(wb) {
  await wb.runCommand('File: New Untitled Text File');
  await wb.page.locator('.tabs-container .tab[aria-label^="Untitled"]').first().waitFor({ timeout: 10_000 });
  await wb.page.keyboard.press('Control+V');
  // The untitled editor's own lines (another open editor's text would satisfy a page-wide wait before the paste lands).
  await wb.page.locator('.editor-group-container.active .view-lines .view-line', { hasText: /\S/ }).first().waitFor({ timeout: 10_000 });
  const text = (await wb.page.locator('.editor-group-container.active .view-lines .view-line').allInnerTexts()).join('\n');
  return text.replace(/\u00a0/g, ' ');
}

async function closeUntitled(wb) {
  await wb.runCommand('View: Revert and Close Editor');
}

export const steps = [
  {
    name: 'exports-powershell',
    async run({ wb }) {
      await copyFromContextMenu(wb, 'Copy Request as PowerShell (Invoke-MgGraphRequest)');
      await toasts(wb).filter({ hasText: 'Copied as PowerShell' }).first().waitFor({ timeout: 10_000 });
      await wb.screenshot('exports-01-copied-as-powershell');
      const text = await pasted(wb);
      assert.match(text, /^Invoke-MgGraphRequest -Method POST -Uri 'https:\/\/graph\.microsoft\.com\/beta\/onPremisesPublishingProfiles\/applicationProxy\/connectorGroups' -ContentType 'application\/json' -Body '\{/, text);
      assert.ok(text.includes(`"name": "O''Brien''s $team"`), text);
      assert.doesNotMatch(text, /\{\{|eyJ|Authorization/);
      await wb.screenshot('exports-02-powershell-pasted');
      await closeUntitled(wb);
    },
  },
  {
    name: 'exports-azure-cli',
    async run({ wb }) {
      await copyFromContextMenu(wb, 'Copy Request as Azure CLI (az rest)');
      await toasts(wb).filter({ hasText: 'Copied as Azure CLI' }).first().waitFor({ timeout: 10_000 });
      const text = await pasted(wb);
      assert.match(text, /^az rest --method post --url 'https:\/\/graph\.microsoft\.com\/beta\/onPremisesPublishingProfiles\/applicationProxy\/connectorGroups' --headers '\{"Content-Type":"application\/json"\}' --body '\{/, text);
      assert.ok(text.includes(`"name": "O'\\''Brien'\\''s $team"`), text);
      assert.doesNotMatch(text, /\{\{|eyJ|Authorization/);
      await wb.screenshot('exports-03-azure-cli-pasted');
      await closeUntitled(wb);
    },
  },
];
