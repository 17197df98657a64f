// One parse per text: every feature asking for the same document text gets the one parse.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parsedHttpFile } from '../../../src/core/http/parsedFiles';
import { parseHttpFile } from '../../../src/core/http/parser';

const text = (n: number) => `### ${n}\nGET https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups\n`;

test('the same text, even as another string object (as document.getText() returns), gets the same parse', () => {
  const a = parsedHttpFile(text(1));
  const b = parsedHttpFile([text(1)].join(''));
  assert.equal(a, b);
  assert.deepEqual(a, parseHttpFile(text(1)));
});

test('an edited text is parsed afresh, and only the most recent texts are kept', () => {
  const first = parsedHttpFile(text(100));
  assert.notEqual(parsedHttpFile(text(101)), first);
  for (let i = 0; i < 8; i++) parsedHttpFile(text(200 + i));
  assert.notEqual(parsedHttpFile(text(100)), first, 'the oldest was let go');
});

test('large texts of one length that differ only where no sample looks get their own parses (no hash by length, no sample-only match)', () => {
  const body = '# ' + 'y'.repeat(99_990) + '\n';
  const a = `GET /a\n${body}`, b = `GET /b\n${body}`;                     // differ at index 5: not one of the 32 sampled places
  assert.equal(a.length, b.length);
  assert.equal(parsedHttpFile(a).requests[0].url, '/a');
  assert.equal(parsedHttpFile(b).requests[0].url, '/b');
  assert.equal(parsedHttpFile([a].join('')).requests[0].url, '/a', 'a again, as another string object: its own parse');
});
