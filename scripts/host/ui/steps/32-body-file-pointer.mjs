// A request whose body is `< ./body-pointer-group.json`: the JSON file is checked as that request's body. Its
// problems are shown in the JSON file (squiggles there, and rows under it in the Problems panel, also before it
// is opened), and the request's `<` line carries a pointer whose hover names the file and links to its first problem.
import assert from 'node:assert/strict';
import { fixture } from '../fixtures.mjs';

export const steps = [
  {
    name: 'body-file-pointer',
    async run({ wb, editor }) {
      await editor.open(fixture('body-pointer.http'), 4, 3);
      await editor.waitForSquiggle('warning', { timeout: 20_000 });
      const rows = await editor.problems('body-pointer');
      // The pointer on the request, and the file's own problems listed under the (not yet opened) JSON file.
      assert.ok(rows.some((r) => /body-pointer-group\.json has 2 problems/.test(r)), JSON.stringify(rows));
      assert.ok(rows.some((r) => /mars/.test(r)), JSON.stringify(rows));
      assert.ok(rows.some((r) => /isDefault.*read-only/.test(r)), JSON.stringify(rows));
      await wb.screenshot('body-file-pointer-01-problems');
      await wb.runCommand('View: Toggle Panel Visibility');
      const hover = await editor.hoverOver('< ./body-pointer-group.json', 'body-pointer-group');
      assert.match(hover, /has 2 problems/);
      assert.match(hover, /the first problem in body-pointer-group\.json/, 'the related-information link to the file');
      await wb.screenshot('body-file-pointer-02-hover');
      await editor.press('Escape');
      // In the JSON file itself: the problems where they are.
      await wb.openFile(fixture('body-pointer-group.json'));
      await editor.waitForSquiggle('error', { timeout: 20_000 });
      assert.ok(await editor.squiggleCount('error') + await editor.squiggleCount('warning') >= 2);
      await wb.screenshot('body-file-pointer-03-in-the-file');
    },
  },
];
