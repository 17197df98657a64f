// Completion as users meet it: Ctrl+Space (or a trigger character) at every position the core supports, the rows
// VS Code's suggest widget shows after its own filtering, one accepted, and the text and cursor that result.
import assert from 'node:assert/strict';
import { fixture, markers } from '../fixtures.mjs';

const CG = 'https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups';
const BODY_HEAD = `POST ${CG}\nContent-Type: application/json\n\n`;
const REGIONS = ['nam', 'eur', 'aus', 'asia', 'ind']; // connectorGroupRegion's members, unknownFutureValue aside

/** Opens a fixture with the cursor on its (first) ‸. */
async function openAtMark(editor, name, n = 0) {
  const { line, column } = markers(name)[n];
  await editor.open(fixture(name), line, column);
  return { line, column };
}

const includesAll = (rows, wanted) => assert.ok(wanted.every((w) => rows.includes(w)), `suggest widget shows ${JSON.stringify(rows)}; expected ${JSON.stringify(wanted)} among them`);

export const steps = [
  {
    name: 'completion-method',
    async run({ editor, wb }) {
      const name = 'completion-method.http';
      await openAtMark(editor, name);
      const rows = await editor.triggerSuggest();
      includesAll(rows, ['GET', 'POST', 'PATCH', 'PUT', 'DELETE']);
      await wb.screenshot('completion-01-method');
      await editor.accept('PATCH');
      await editor.type(' x');
      assert.equal(await editor.savedText(fixture(name)), '### A new request\nPATCH x\n');
    },
  },
  {
    name: 'completion-url-segments',
    async run({ editor, wb }) {
      const name = 'completion-url.http';
      await openAtMark(editor, name);
      await editor.type('/'); // a trigger character: the widget opens by itself
      includesAll(await editor.suggestions(), ['applicationProxy']);
      await wb.screenshot('completion-02-url-segment');
      await editor.accept('applicationProxy');
      await editor.type('/');
      const rows = await editor.suggestions();
      includesAll(rows, ['connectorGroups', 'connectors']);
      // Typing the whole segment, then Enter: a new line, not the (unchanged) suggestion accepted again.
      await editor.type('connectorGroups');
      await editor.press('Enter');
      // A header typed on the new line: no suggestions pop up after its space.
      await editor.type('Accept: ');
      await wb.page.waitForTimeout(600);
      assert.equal(await wb.page.locator('.editor-widget.suggest-widget.visible').count(), 0, 'no suggest widget after a space');
      await editor.type('application/json');
      assert.equal(await editor.savedText(fixture(name)), `### A URL typed segment by segment\nGET ${CG}\nAccept: application/json\n`);
    },
  },
  {
    name: 'completion-property-after-brace',
    async run({ editor, wb }) {
      const name = 'completion-body-after-brace.http';
      await openAtMark(editor, name);
      const rows = await editor.triggerSuggest();
      includesAll(rows, ['name', 'region', '@odata.type']);
      assert.equal(rows[0], 'name', 'the required property comes first');
      for (const readOnly of ['id', 'isDefault', 'connectorGroupType']) assert.ok(!rows.includes(readOnly), `read-only ${readOnly} is not offered`);
      await wb.screenshot('completion-03-property-after-brace');
      await editor.accept('name');
      await editor.type('Sales'); // the cursor waits inside the value's quotes
      assert.equal(await editor.savedText(fixture(name)), `${BODY_HEAD}{"name": "Sales"}\n`);
    },
  },
  {
    name: 'completion-property-after-quote-and-enum-choice',
    async run({ editor, wb }) {
      const name = 'completion-body-after-quote.http';
      await openAtMark(editor, name);
      await editor.type('"'); // auto-closed to "", and a trigger character
      const rows = await editor.suggestions();
      includesAll(rows, ['region', '@odata.type']);
      assert.ok(!rows.includes('name'), 'a property already present is not offered again');
      await wb.screenshot('completion-04-property-after-quote');
      await editor.accept('region');
      // The value is a snippet choice: VS Code lists the regions right away.
      includesAll(await editor.suggestions(), REGIONS);
      await wb.screenshot('completion-05-region-choice');
      await editor.accept('eur');
      await editor.type(' '); // the choice was the snippet's last stop: the cursor is already after the value
      assert.equal(await editor.savedText(fixture(name)), `${BODY_HEAD}{"name": "x", "region": "eur" }\n`);
    },
  },
  {
    name: 'completion-enum-inside-quotes',
    async run({ editor, wb }) {
      const name = 'completion-body-enum-quoted.http';
      await openAtMark(editor, name);
      const rows = await editor.triggerSuggest();
      assert.deepEqual(rows.filter((r) => !r.startsWith('gcg-')), REGIONS);
      await wb.screenshot('completion-06-enum-inside-quotes');
      await editor.accept('asia');
      const text = await editor.savedText(fixture(name));
      assert.equal(text, `${BODY_HEAD}{"name": "x", "region": "asia"}\n`, 'quotes not doubled');
      const line = `{"name": "x", "region": "asia"`;
      assert.deepEqual(await editor.cursor(), { line: 4, column: line.length + 1 }, 'the cursor after the value');
    },
  },
  {
    name: 'completion-enum-before-quote',
    async run({ editor, wb }) {
      const name = 'completion-body-enum-bare.http';
      await openAtMark(editor, name);
      const rows = await editor.triggerSuggest();
      includesAll(rows, REGIONS);
      await wb.screenshot('completion-07-enum-before-quote');
      await editor.accept('ind');
      assert.equal(await editor.savedText(fixture(name)), `${BODY_HEAD}{"name": "x", "region": "ind"}\n`);
    },
  },
  {
    name: 'completion-boolean',
    async run({ editor, wb }) {
      const name = 'completion-body-boolean.http';
      await openAtMark(editor, name);
      const rows = await editor.triggerSuggest();
      includesAll(rows, ['false', 'true']);
      await wb.screenshot('completion-08-boolean');
      await editor.accept('false');
      assert.equal(await editor.savedText(fixture(name)), `${BODY_HEAD}{"name": "x", "isDefault": false}\n`);
    },
  },
  {
    name: 'completion-odata-id',
    async run({ editor, wb }) {
      const name = 'completion-odata-id.http';
      await openAtMark(editor, name);
      const rows = await editor.triggerSuggest();
      const url = 'https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectors/{connectorId}';
      includesAll(rows, [url]);
      await wb.screenshot('completion-09-odata-id');
      await editor.accept(url);
      await editor.type('c42'); // the snippet's tab stop selects the id placeholder
      const text = await editor.savedText(fixture(name));
      assert.equal(text, `POST ${CG}/g1/members/$ref\nContent-Type: application/json\n\n{"@odata.id": "https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectors/c42"}\n`);
    },
  },
  {
    name: 'completion-body-skeleton',
    async run({ editor, wb }) {
      const name = 'completion-skeleton.http';
      await openAtMark(editor, name);
      const rows = await editor.triggerSuggest();
      includesAll(rows, ['{ connectorGroup (create) }']);
      await wb.screenshot('completion-10-body-skeleton');
      await editor.accept('{ connectorGroup (create) }');
      await editor.type('Sales');
      assert.equal(await editor.savedText(fixture(name)), `${BODY_HEAD}{\n  "name": "Sales"\n}\n`);
      await wb.page.waitForTimeout(800);
      assert.equal(await editor.squiggleCount('error') + await editor.squiggleCount('warning'), 0, 'the completed body has no problems');
    },
  },
];
