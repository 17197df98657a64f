// The .http language as it first appears: highlighting, and the contributed commands in the palette.
import assert from 'node:assert/strict';

export const steps = [
  {
    name: 'language-http-file',
    async run({ wb, httpFile }) {
      await wb.openFile(httpFile);
      await wb.waitForHighlighting();
      // The request URL reads as a link, not as an error: no red (a string's colour in the light theme).
      // The URLs of a request line and of a file variable (@profile = https://...) both.
      for (const line of ['GET https://graph', '@profile = https://graph']) {
        const color = await wb.page.locator('.editor-instance .view-line', { hasText: line }).first()
          .locator('span span', { hasText: 'graph.microsoft.com' }).first().evaluate((el) => getComputedStyle(el).color);
        const [r, g, b] = (color.match(/\d+/g) ?? [0, 0, 0]).map(Number);
        assert.ok(!(r > 120 && g < 80 && b < 80), `the URL on "${line}" is drawn ${color}`);
      }
      await wb.screenshot('01-http-file');
    },
  },
  {
    name: 'language-command-palette',
    async run({ wb }) {
      await wb.focusWorkbench();
      await wb.page.keyboard.press('F1');
      await wb.page.locator('.quick-input-widget input').fill('>Graph Connector Groups');
      await wb.page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 10_000 });
      const labels = await wb.page.locator('.quick-input-list .monaco-list-row .label-name').allInnerTexts();
      assert.ok(labels.length >= 5 && labels.every((l) => l.startsWith('Graph Connector Groups: ')), JSON.stringify(labels));
      await wb.screenshot('02-command-palette');
      await wb.page.keyboard.press('Escape');
    },
  },
];
