import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseHttpFile, findRequestAtLine, findRequestAtOffset } from '../../../src/core/http/parser';

// Lines that exercise every branch of the parser, mixed at random with noise.
const LINE = fc.oneof(
  fc.constantFrom('###', '### title', '# @name a', '// @name=b', '# note', '// note', '@v = 1', '@w=',
    'GET https://h/x', 'post {{base}}/y HTTP/1.1', 'https://h/z', 'DELETE', '  ?a=1', '&b=2',
    'Content-Type: application/json', 'X: {{v}}', 'bad header', '{"a": 1}', '{', '}', '', '   ', '\t'),
  fc.string({ maxLength: 12 }),
);
const FILE = fc.tuple(fc.array(LINE, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r')).map(([lines, eol]) => lines.join(eol));

test('property: any text parses, and every span points at exactly what the request says', () => {
  fc.assert(fc.property(FILE, text => {
    const file = parseHttpFile(text);
    const slice = (s: { start: number; end: number }) => text.slice(s.start, s.end);
    let previousEnd = -1;
    file.requests.forEach((r, i) => {
      assert.equal(r.index, i);
      assert.ok(r.span.start > previousEnd && r.span.end <= text.length);
      previousEnd = r.span.end;
      assert.ok(r.startLine <= r.requestLine && r.requestLine <= r.endLine);
      assert.equal(r.url, r.urlParts.map(p => p.text).join(''));
      assert.equal(slice(r.urlSpan), r.urlParts[0]?.text ?? '');
      if (r.methodSpan) assert.equal(slice(r.methodSpan).toUpperCase(), r.method);
      if (r.name !== undefined) assert.equal(slice(r.nameSpan!), r.name);
      for (const h of r.headers) {
        assert.equal(slice(h.nameSpan), h.name);
        assert.equal(slice(h.valueSpan), h.value);
      }
      if (r.body) {
        assert.equal(slice(r.body.span), r.body.text);
        assert.ok(r.body.span.start >= r.span.start && r.body.span.end <= r.span.end);
        assert.ok(r.body.startLine > r.requestLine && r.body.endLine <= r.endLine);
      }
      assert.equal(findRequestAtLine(file, r.requestLine), r);
      assert.equal(findRequestAtOffset(file, r.urlSpan.start), r);
    });
    for (const v of file.variables) {
      assert.equal(slice(v.nameSpan), v.name);
      assert.equal(slice(v.valueSpan), v.value);
    }
  }), { numRuns: 300, seed: 42 });
});
