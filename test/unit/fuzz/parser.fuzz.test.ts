import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseHttpFile, findRequestAtLine, findRequestAtOffset } from '../../../src/core/http/parser';
import { LineIndex } from '../../../src/core/text/lineIndex';
import { ANY_DOC, DOC_AND_OFFSET, fcParams } from './corpus';

const inside = (s: { start: number; end: number }, outer: { start: number; end: number }) => s.start >= outer.start && s.end <= outer.end && s.start <= s.end;

test('fuzz: the parser never throws on mutated examples, and every span is its text and inside its request', () => {
  fc.assert(fc.property(ANY_DOC, text => {
    const file = parseHttpFile(text);
    const slice = (s: { start: number; end: number }) => text.slice(s.start, s.end);
    const whole = { start: 0, end: text.length };
    let previousEnd = -1;
    file.requests.forEach((r, i) => {
      assert.equal(r.index, i);
      assert.ok(inside(r.span, whole));
      assert.ok(r.span.start > previousEnd, 'regions are ordered and disjoint');
      previousEnd = r.span.end;
      for (const s of [r.urlSpan, r.requestLineSpan, ...r.headers.flatMap(h => [h.span, h.nameSpan, h.valueSpan]), ...r.problems.map(p => p.span)]) {
        assert.ok(inside(s, r.span), `span ${JSON.stringify(s)} outside request ${JSON.stringify(r.span)}`);
      }
      assert.equal(r.url, r.urlParts.map(p => p.text).join(''));
      // urlSpan is the URL on the request line; with no URL there (`DELETE` then `  ?a=1`) it is empty and the parts come from continuations.
      assert.equal(slice(r.urlSpan), r.urlParts[0]?.line === r.requestLine ? r.urlParts[0].text : '');
      if (r.methodSpan) assert.equal(slice(r.methodSpan).toUpperCase(), r.method);
      if (r.name !== undefined) assert.equal(slice(r.nameSpan!), r.name);
      for (const h of r.headers) { assert.equal(slice(h.nameSpan), h.name); assert.equal(slice(h.valueSpan), h.value); }
      if (r.body) { assert.equal(slice(r.body.span), r.body.text); assert.ok(inside(r.body.span, r.span)); }
      assert.equal(findRequestAtLine(file, r.requestLine), r);
      assert.equal(findRequestAtOffset(file, r.urlSpan.start), r);
    });
    for (const v of file.variables) { assert.equal(slice(v.nameSpan), v.name); assert.equal(slice(v.valueSpan), v.value); }
    for (const p of file.problems) assert.ok(inside(p.span, whole));
  }), fcParams(1));
});

test('fuzz: findRequestAtOffset at any offset never throws and returns the request whose region holds it', () => {
  fc.assert(fc.property(DOC_AND_OFFSET, ([text, offset]) => {
    const file = parseHttpFile(text);
    const r = findRequestAtOffset(file, offset);
    if (r) assert.ok(offset >= r.span.start && offset <= r.span.end);
    else assert.ok(file.requests.every(q => offset < q.span.start || offset > q.span.end));
  }), fcParams(1));
});

test('fuzz: LineIndex positionAt/offsetAt round-trip on any text and any offset', () => {
  fc.assert(fc.property(DOC_AND_OFFSET, ([text, offset]) => {
    const index = new LineIndex(text);
    const pos = index.positionAt(offset);
    const clamped = Math.max(0, Math.min(offset, text.length));
    assert.ok(pos.line >= 0 && pos.line < index.lineCount && pos.character >= 0);
    const lineStart = index.lineStart(pos.line), lineEnd = index.lineEnd(pos.line);
    assert.ok(lineStart <= lineEnd && lineEnd <= text.length);
    // An offset between \r and \n of a CRLF is not a position an editor can express; it maps to the line's end.
    const inLineBreak = clamped > lineEnd;
    if (!inLineBreak) assert.equal(index.offsetAt(pos), clamped);
    else assert.ok(text[clamped - 1] === '\r' && text[clamped] === '\n' && index.offsetAt(pos) === lineEnd);
    // Every line's content holds no line break, and lines tile the text.
    assert.ok(!/[\r\n]/.test(text.slice(lineStart, lineEnd)));
    assert.deepEqual(index.positionAt(index.offsetAt(pos)), inLineBreak ? { line: pos.line, character: lineEnd - lineStart } : pos);
    // Out-of-range positions clamp instead of throwing.
    assert.ok(index.offsetAt({ line: pos.line, character: pos.character + 1000 }) <= text.length);
    assert.equal(index.offsetAt({ line: index.lineCount + 3, character: 0 }), text.length);
  }), fcParams(1));
});

test('regression (found by fuzzing): a request line holding U+2028/U+2029 parses instead of throwing', () => {
  for (const text of ['GET /beta/x\u2028y', '{{ \u2028', '\u2029', 'POST https://graph.microsoft.com/beta/a\u2029b HTTP/1.1\n']) {
    const file = parseHttpFile(text);
    assert.equal(file.requests.length, 1);
    assert.ok(file.requests[0].url.includes(text.trim().split(/\s+/).at(-1) === 'HTTP/1.1' ? 'a\u2029b' : text.trim().replace(/^(GET|POST)\s+/, '')));
  }
});
