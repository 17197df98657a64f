import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createValidator, getCompletions, getHover } from '../../../src/core/intelligence';

// Users type half-finished requests all day: nothing they write may make validation, completion or hover throw,
// and every span must point inside the document.
const pieces = [
  'GET ', 'POST ', 'PATCH ', 'https://graph.microsoft.com/', 'beta/', 'v1.0/', 'onPremisesPublishingProfiles/', 'applicationProxy/',
  'connectorGroups', 'connectors/', '{id}', '{{id}}', '/members/$ref', '?$select=name,', 'external/connections/c/groups',
  '\n', '\r\n', '\n\n', '###\n', '@v = beta\n', 'Content-Type: application/json\n', '{', '}', '"name": ', '"region": ', '"eur"', ',',
  '"@odata.id": "https://graph.microsoft.com/beta/x"', '{{flag}}', '"{{n}}"', 'true', '"Boolean"', ' ', '"', '\\', '[', ']',
];
const documents = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { maxLength: 40 }).map(p => p.join(''));

describe('robustness', () => {
  test('validate, getCompletions and getHover never throw; spans stay inside the text', () => {
    const validator = createValidator();
    fc.assert(fc.property(documents, fc.nat(), (text, n) => {
      const inside = (s: { start: number; end: number }) => s.start >= 0 && s.start <= s.end && s.end <= text.length;
      for (const d of validator.validate(text)) {
        assert.ok(inside(d.span), `${d.code} ${JSON.stringify(d.span)}`);
        for (const f of d.fixes ?? []) for (const e of f.edits) assert.ok(inside(e.span), `${d.code} fix ${JSON.stringify(e.span)}`);
      }
      const offset = text.length ? n % (text.length + 1) : 0;
      for (const c of getCompletions(text, offset)) if (c.replaceSpan) assert.ok(inside(c.replaceSpan), c.label);
      const h = getHover(text, offset);
      if (h) assert.ok(inside(h.span));
    }), { numRuns: 300, seed: 7 });
  });
});
