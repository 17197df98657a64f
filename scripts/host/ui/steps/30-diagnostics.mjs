// Diagnostics as users meet them: the docs seeds' mistakes flagged on open; a value typed wrong gets its squiggle
// and Problems row, and both go when it is fixed; a body file checked through jsonValidation.
import assert from 'node:assert/strict';
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../install-host.mjs';
import { fixture, markers } from '../fixtures.mjs';

export const steps = [
  {
    name: 'diagnostics-seed-mistakes',
    async run({ wb, editor, workspace }) {
      const target = join(workspace, 'seed-mistakes.http');
      if (!existsSync(target)) cpSync(join(REPO_ROOT, 'examples', 'seed-mistakes.http'), target);
      await wb.openFile('seed-mistakes.http');
      await wb.waitForHighlighting();
      await editor.waitForSquiggle('error');
      const rows = await editor.problems('seed-mistakes.http');
      assert.ok(rows.some((r) => /documentation placeholder/.test(r)), JSON.stringify(rows.slice(0, 5)));
      assert.ok(rows.some((r) => /read-only/.test(r)));
      await wb.screenshot('03-diagnostics');
      await wb.runCommand('View: Toggle Panel Visibility');
    },
  },
  {
    name: 'diagnostics-typed-and-fixed',
    async run({ wb, editor, figures }) {
      const name = 'diagnostics-typing.http';
      const { line, column } = markers(name)[0];
      await editor.open(fixture(name), line, column);
      await wb.page.waitForTimeout(800);
      assert.equal(await editor.squiggleCount('error'), 0, 'a valid body to start with');
      for (let i = 0; i < 3; i++) await editor.press('Backspace');
      await editor.type('mar');
      const typed = Date.now();
      await editor.waitForSquiggle('error');
      figures['keystroke to squiggle (ms)'] = Date.now() - typed;
      const rows = await editor.problems(name);
      const row = rows.find((r) => /"mar"/.test(r));
      assert.ok(row, `a Problems row for "mar": ${JSON.stringify(rows)}`);
      assert.match(row, /nam/);
      await wb.screenshot('diagnostics-01-typed-wrong');
      await editor.goTo(line, column);
      for (let i = 0; i < 3; i++) await editor.press('Backspace');
      await editor.type('eur');
      const fixed = Date.now();
      await wb.page.locator('.editor-instance .squiggly-error').first().waitFor({ state: 'detached', timeout: 10_000 });
      figures['keystroke to squiggle cleared (ms)'] = Date.now() - fixed;
      await wb.page.waitForFunction(() => ![...document.querySelectorAll('.markers-panel .monaco-list-row[aria-label]')].some((r) => /"mar"/.test(r.getAttribute('aria-label'))), undefined, { timeout: 10_000 });
      await wb.screenshot('diagnostics-02-fixed');
      await wb.runCommand('View: Toggle Panel Visibility');
    },
  },
  {
    name: 'diagnostics-body-file',
    async run({ wb, editor }) {
      await wb.openFile(fixture('sales.connectorGroup.json'));
      await editor.waitForSquiggle('warning', { timeout: 20_000 }).catch(() => editor.waitForSquiggle('error'));
      await editor.waitForSquiggle('warning', { timeout: 20_000 });
      const rows = await editor.problems('sales.connectorGroup.json');
      // VS Code's JSON support, from the schema: the enum. Ours, beyond the schema: the read-only property.
      assert.ok(rows.some((r) => /mars/.test(r) || /Value is not accepted/.test(r)), JSON.stringify(rows));
      assert.ok(rows.some((r) => /isDefault.*read-only/.test(r)), JSON.stringify(rows));
      assert.equal(rows.filter((r) => /mars|Value is not accepted/.test(r)).length, 1, 'the enum problem shows once, not twice');
      await wb.screenshot('diagnostics-03-body-file');
      await wb.runCommand('View: Toggle Panel Visibility');
      // Ctrl+. on the read-only property removes it.
      await editor.goTo(4, 5);
      await editor.applyQuickFix("Remove 'isDefault'");
      assert.equal(await editor.savedText(fixture('sales.connectorGroup.json')), '{\n  "name": "Sales",\n  "region": "mars"\n}\n');
    },
  },
];
