// A snippet as a person uses it: type its prefix, accept it from the suggest widget, fill its tab stops.
import assert from 'node:assert/strict';
import { fixture } from '../fixtures.mjs';

export const steps = [
  {
    name: 'snippet-prefix-accepted',
    async run({ editor, wb }) {
      const name = 'snippet.http';
      await editor.open(fixture(name), 1, 1);
      await editor.type('gcg-connectorgroup-cre');
      const rows = await editor.suggestions();
      assert.ok(rows.includes('gcg-connectorgroup-create'), JSON.stringify(rows));
      await wb.screenshot('snippet-01-prefix');
      await editor.accept('gcg-connectorgroup-create');
      await editor.type('sales');          // ${1:created}: the request's name
      await editor.press('Tab');
      await editor.type('Sales group');    // ${2:...}: the group's name
      await editor.press('Tab');           // ${3|nam,...|}: the region choice opens
      const regions = await editor.suggestions();
      assert.deepEqual(regions, ['nam', 'eur', 'aus', 'asia', 'ind']);
      await editor.accept('eur');
      const text = await editor.savedText(fixture(name));
      assert.match(text, /^### Create a connector group\n# @name sales\nPOST https:\/\/graph\.microsoft\.com\/beta\/onPremisesPublishingProfiles\/applicationProxy\/connectorGroups\nContent-Type: application\/json\n\n\{\n {2}"name": "Sales group",\n {2}"region": "eur"\n\}\n/);
      await wb.page.waitForTimeout(1000); // past the validation debounce
      assert.equal(await editor.squiggleCount('error') + await editor.squiggleCount('warning'), 0, 'the inserted request has no problems');
      await wb.screenshot('snippet-02-filled');
    },
  },
];
