// Graph connector items as users meet them in a file that also registers the connection's schema: a property the
// schema lacks gets its squiggle and Problems row (with the did-you-mean), Ctrl+Space inside `properties` offers
// the schema's property names (a collection arrives with its @odata.type marker), and F12 on an ACL entry's
// external group id goes to the request that creates the group.
import assert from 'node:assert/strict';
import { fixture, markers } from '../fixtures.mjs';

const NAME = 'graph-connector-rules.http';

export const steps = [
  {
    name: 'connector-item-property-not-in-schema',
    async run({ wb, editor }) {
      const { line, column } = markers(NAME)[1];
      await editor.open(fixture(NAME), line, column);
      await wb.page.waitForTimeout(800);
      assert.equal(await editor.squiggleCount('error'), 0, 'the file is valid to start with');
      await editor.type('"priorty": 1, ');
      await editor.closeWidgets(); // the quote and the colon are completion triggers
      await editor.waitForSquiggle('error');
      const rows = await editor.problems(NAME);
      const row = rows.find((r) => /'priorty' is not a property of the schema this file registers for connection 'tickets'/.test(r));
      assert.ok(row, `a Problems row for 'priorty': ${JSON.stringify(rows)}`);
      assert.match(row, /Did you mean 'priority'\?/);
      assert.match(row, /externalconnectors-externalitem\.md/);
      await wb.screenshot('connector-01-property-not-in-schema');
      await wb.runCommand('View: Toggle Panel Visibility');
      // The did-you-mean fix from Ctrl+. on the name.
      await editor.goTo(line, column + 2);
      await editor.applyQuickFix("Rename to 'priority'");
      await wb.page.locator('.editor-instance .squiggly-error').first().waitFor({ state: 'detached', timeout: 10_000 });
      assert.match(await editor.savedText(fixture(NAME)), /\n {4}"priority": 1, "title": "Printer on fire"\n/);
    },
  },
  {
    name: 'connector-item-property-completion',
    async run({ wb, editor }) {
      const { line, column } = markers(NAME)[2];
      await editor.open(fixture(NAME), line, column);
      const rows = await editor.triggerSuggest();
      assert.deepEqual(rows.slice(0, 3), ['title', 'priority', 'tags'], `the schema's property names, in its order: ${JSON.stringify(rows)}`);
      await wb.screenshot('connector-02-property-completion');
      await editor.accept('tags');
      await editor.type('"urgent"');
      const text = await editor.savedText(fixture(NAME));
      assert.match(text, /"properties": \{"tags@odata\.type": "Collection\(String\)",\n\s*"tags": \["urgent"\]\}/);
      await wb.page.waitForTimeout(800);
      assert.equal(await editor.squiggleCount('error'), 0, 'the completed collection carries its marker: no problem');
    },
  },
  {
    name: 'connector-acl-external-group-definition',
    async run({ wb, editor }) {
      const { line, column } = markers(NAME)[0];
      await editor.open(fixture(NAME), line, column);
      await editor.press('F12');
      // The creating request's body id: line 18, `{ "id": "supportTeam", ...`, the cursor on the value's quote.
      await editor.waitForCursor(18, 9, 10_000);
      await wb.screenshot('connector-03-go-to-group');
    },
  },
];
