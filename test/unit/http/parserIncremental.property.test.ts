// The incremental parse (an edit re-parses only the `###` blocks it touches) gives exactly what a fresh parse gives:
// random files, random edits (separators, line breaks of every kind, comments, bodies typed or deleted anywhere),
// and chains of edits each parsed from the one before, compared field by field with parseHttpFile of the result.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseHttpFile, parseHttpFileAfterEdit } from '../../../src/core/http/parser';
import { parsedHttpFile } from '../../../src/core/http/parsedFiles';

const LINE = fc.oneof(
  fc.constantFrom('###', '### title', '  ###', '##', '# @name a', '// @name=b', '# @no-redirect', '# @prompt id Group id', '# @note careful',
    '# note', '// note', '@v = 1', '@w=', '@v = 2', 'GET https://h/x', 'post {{base}}/y HTTP/1.1', 'https://h/z', 'DELETE',
    '  ?a=1', '&b=2', 'Content-Type: application/json', 'X: {{v}}', 'bad header', '{"a": 1}', '{', '}', '', '   ', '\t',
    'curl -X POST https://h/c -d \'{"x":1}\'', 'HTTP/1.1 200 OK', 'GET https://h/a b', '# @name a'),
  fc.string({ maxLength: 8 }),
);
const EOL = fc.constantFrom('\n', '\r\n', '\r');
// Whole requests too (name, settings, headers, a blank line, a body), so edits land in every part of one.
const REQUEST = fc.tuple(
  fc.constantFrom('###', '### t', '  ###'), fc.constantFrom([], ['# @name a'], ['# @no-redirect', '@v = 1']),
  fc.constantFrom('GET https://h/x', 'POST https://h/y HTTP/1.1', 'PATCH {{base}}/z\n  ?a=1', 'curl -X POST https://h/c -d \'{"x":1}\''),
  fc.constantFrom([], ['Content-Type: application/json'], ['X: {{v}}', 'bad header']),
  fc.constantFrom([], ['', '{"a": 1}'], ['', '{', '  "b": [1,', '# c', '  2]', '}', '']),
).map(([sep, pre, line, headers, body]) => [sep, ...pre, line, ...headers, ...body]);
const FILE = fc.tuple(fc.array(fc.oneof(REQUEST, LINE.map(l => [l])), { minLength: 0, maxLength: 25 }), EOL)
  .map(([pieces, eol]) => pieces.flat().join(eol).replace(/\n/g, eol));
const PIECE = fc.oneof(fc.constantFrom('#', '###', '\n', '\r', '\r\n', '\n###\n', '\nGET https://h/n\n', ' ', '{', '"', '@', '?', 'x', '\n\n'), fc.string({ maxLength: 5 }));
// Anywhere, or at a line break (before or after it): where a separator is made or unmade.
const EDIT = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), atBreak: fc.constantFrom(0, 1, 2), remove: fc.oneof(fc.constant(0), fc.constant(1), fc.nat({ max: 12 })), insert: fc.oneof(fc.constant(''), PIECE) });

function apply(text: string, e: { at: number; atBreak: number; remove: number; insert: string }): string {
  let at = Math.floor(e.at * text.length);
  if (e.atBreak) {
    const breaks = [...text.matchAll(/\r\n|\r|\n/g)];
    const b = breaks[Math.floor(e.at * breaks.length)];
    if (b) at = b.index! + (e.atBreak === 2 ? b[0].length : 0);
  }
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

test('property: an edit parsed incrementally equals a fresh parse of the edited text', () => {
  fc.assert(fc.property(FILE, fc.array(EDIT, { minLength: 1, maxLength: 6 }), (text, edits) => {
    let previous = text;
    let file = parseHttpFile(text);
    for (const e of edits) {
      const next = apply(previous, e);
      file = parseHttpFileAfterEdit(previous, file, next);
      assert.deepStrictEqual(file, parseHttpFile(next));
      previous = next;
    }
  }), { numRuns: 1500, seed: 7 });
});

test('a one-character edit in the middle of a large file keeps the untouched requests (same objects before, moved after)', () => {
  const blocks = Array.from({ length: 50 }, (_, i) => `### ${i}\n# @name r${i}\nPOST https://h/x${i}\nContent-Type: application/json\n\n{"name": "n${i}"}\n`);
  const text = blocks.join('');
  const before = parseHttpFile(text);
  const at = text.indexOf('"n25"') + 2;
  const edited = text.slice(0, at) + 'Z' + text.slice(at);
  const after = parseHttpFileAfterEdit(text, before, edited);
  assert.deepStrictEqual(after, parseHttpFile(edited));
  assert.equal(after.requests[10], before.requests[10], 'a request before the edit is the same object');
  assert.notEqual(after.requests[40], before.requests[40]);
  assert.equal(after.requests[40].span.start, before.requests[40].span.start + 1);
  assert.equal(after.requests[25].body?.text, '{"name": "nZ25"}');
});

test('the shared cache parses a new text as an edit of the last one, with the same result as a fresh parse', () => {
  const text = Array.from({ length: 20 }, (_, i) => `###\nGET https://h/${i}\n`).join('');
  parsedHttpFile(text);
  const edited = text.replace('/7\n', '/7x\n');
  assert.deepStrictEqual(parsedHttpFile(edited), parseHttpFile(edited));
});
