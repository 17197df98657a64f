// Hover as users meet it: the mouse over a property, an enum value, the request line, and a squiggle.
import assert from 'node:assert/strict';
import { fixture } from '../fixtures.mjs';

export const steps = [
  {
    name: 'hover-property-value-request-line',
    async run({ wb, editor }) {
      await wb.openFile(fixture('hover.http'));
      await wb.waitForHighlighting();
      const property = await editor.hoverOver('"region"', 'region');
      assert.match(property, /region/);
      assert.match(property, /North America/);
      await wb.screenshot('hover-01-property');
      await editor.press('Escape');
      const value = await editor.hoverOver('"region"', 'asia');
      assert.match(value, /asia.*Asia/s);
      await wb.screenshot('hover-02-enum-value');
      await editor.press('Escape');
      const line = await editor.hoverOver('POST https://graph', 'POST');
      assert.match(line, /Create a connector group/);
      assert.match(line, /201 Created/);
      assert.match(line, /Directory\.ReadWrite\.All/);
      await wb.screenshot('hover-03-request-line');
      await editor.press('Escape');
    },
  },
  {
    // Hover on a squiggle: the message, and the property's docs (enum meanings) from the schema.
    name: 'hover-diagnostic',
    async run({ wb, editor }) {
      await wb.openFile('seed-mistakes.http');
      const text = await editor.hoverOver('"region": "String"', 'String');
      assert.match(text, /placeholder/);
      await wb.screenshot('04-hover');
      await editor.press('Escape');
    },
  },
];
