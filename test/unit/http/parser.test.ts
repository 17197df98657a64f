import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseHttpFile, findRequestAtLine, findRequestAtOffset } from '../../../src/core/http/parser';
import type { Span } from '../../../src/core/text/lineIndex';

const at = (text: string, span: Span | undefined) => (span ? text.slice(span.start, span.end) : undefined);

describe('parseHttpFile: request line', () => {
  test('method, URL and version with exact spans', () => {
    const text = 'GET https://graph.microsoft.com/beta/x HTTP/1.1\n';
    const [r] = parseHttpFile(text).requests;
    assert.equal(r.method, 'GET');
    assert.equal(at(text, r.methodSpan), 'GET');
    assert.equal(r.url, 'https://graph.microsoft.com/beta/x');
    assert.equal(at(text, r.urlSpan), r.url);
    assert.equal(r.httpVersion, 'HTTP/1.1');
    assert.equal(at(text, r.requestLineSpan), 'GET https://graph.microsoft.com/beta/x HTTP/1.1');
    assert.equal(r.requestLine, 0);
    assert.deepEqual(r.problems, []);
  });

  test('every method, case-insensitive, upper-cased', () => {
    for (const m of ['get', 'Post', 'PUT', 'patch', 'DELETE', 'head', 'OPTIONS', 'trace', 'connect']) {
      const [r] = parseHttpFile(`${m} https://h/p`).requests;
      assert.equal(r.method, m.toUpperCase());
      assert.equal(r.url, 'https://h/p');
    }
  });

  test('no method means GET without a methodSpan', () => {
    const text = '  https://h/p  ';
    const [r] = parseHttpFile(text).requests;
    assert.equal(r.method, 'GET');
    assert.equal(r.methodSpan, undefined);
    assert.equal(at(text, r.urlSpan), 'https://h/p');
  });

  test('a word that only starts like a method is part of the URL', () => {
    const [r] = parseHttpFile('GETTER/x').requests;
    assert.equal(r.method, 'GET');
    assert.equal(r.url, 'GETTER/x');
  });

  test('method without URL is a problem, not a throw', () => {
    const [r] = parseHttpFile('POST').requests;
    assert.equal(r.method, 'POST');
    assert.equal(r.problems[0].code, 'http.missingUrl');
  });

  test('spaces inside the URL are flagged (seed 000)', () => {
    const text = 'POST https://graph.microsoft.com/beta** Collection URI for microsoft.graph.connectorGroup not found';
    const [r] = parseHttpFile(text).requests;
    assert.equal(r.url, 'https://graph.microsoft.com/beta** Collection URI for microsoft.graph.connectorGroup not found');
    assert.equal(r.problems[0].code, 'http.urlWhitespace');
    assert.equal(at(text, r.problems[0].span), r.url);
  });

  test('query continuation lines append to the URL and keep their positions', () => {
    const text = 'GET https://h/p\n  ?$top=5\n  &$select=id\nAccept: x\n';
    const [r] = parseHttpFile(text).requests;
    assert.equal(r.url, 'https://h/p?$top=5&$select=id');
    assert.deepEqual(r.urlParts.map(p => [p.text, p.line]), [['https://h/p', 0], ['?$top=5', 1], ['&$select=id', 2]]);
    for (const p of r.urlParts) assert.equal(text.slice(p.offset, p.offset + p.text.length), p.text);
    assert.equal(r.headers[0].name, 'Accept');
  });
});

describe('parseHttpFile: headers and body', () => {
  const text = [
    'POST https://h/groups',
    'Content-Type:  application/json ',
    'X-Empty:',
    '',
    '{',
    '  "name": "a"',
    '}',
    '',
    '',
    '### next',
    'GET https://h/2',
  ].join('\n');
  const file = parseHttpFile(text);
  const [r] = file.requests;

  test('headers with name and value spans', () => {
    assert.equal(r.headers.length, 2);
    const [h, e] = r.headers;
    assert.equal(h.name, 'Content-Type');
    assert.equal(h.value, 'application/json');
    assert.equal(at(text, h.nameSpan), 'Content-Type');
    assert.equal(at(text, h.valueSpan), 'application/json');
    assert.equal(at(text, h.span), 'Content-Type:  application/json');
    assert.equal(h.line, 1);
    assert.equal(e.value, '');
    assert.equal(at(text, e.valueSpan), '');
  });

  test('body text equals its span, trailing blank lines trimmed', () => {
    assert.ok(r.body);
    assert.equal(r.body.text, '{\n  "name": "a"\n}');
    assert.equal(at(text, r.body.span), r.body.text);
    assert.equal(r.body.startLine, 4);
    assert.equal(r.body.endLine, 6);
  });

  test('region spans stop before the separator', () => {
    assert.equal(r.startLine, 0);
    assert.equal(r.endLine, 8);
    assert.equal(at(text, r.span), text.slice(0, text.indexOf('###') - 1));
    assert.equal(file.requests[1].startLine, 10);
    assert.equal(file.requests[1].index, 1);
  });

  test('a request without a body has none', () => {
    assert.equal(file.requests[1].body, undefined);
  });

  test('a header line without a colon is a problem, parsing goes on', () => {
    const t = 'GET https://h\nnot a header\nAccept: a\n';
    const [q] = parseHttpFile(t).requests;
    assert.equal(q.problems[0].code, 'http.badHeader');
    assert.equal(at(t, q.problems[0].span), 'not a header');
    assert.equal(q.headers[0].name, 'Accept');
  });

  test('JSON right after the headers (missing blank line) is one problem for the block, down to the next blank line', () => {
    const [q] = parseHttpFile('POST https://h\nContent-Type: application/json\n{"a": 1}').requests;
    assert.deepEqual(q.problems.map(p => p.code), ['http.bodyWithoutBlankLine']);
    const t = 'POST https://h\nContent-Type: application/json\n{\n  "displayName": "x",\n  "mailEnabled": false\n}\n\n';
    const [r] = parseHttpFile(t).requests;
    assert.deepEqual(r.problems.map(p => [p.code, at(t, p.span)]), [['http.bodyWithoutBlankLine', '{\n  "displayName": "x",\n  "mailEnabled": false\n}']]);
    assert.deepEqual(r.headers.map(h => h.name), ['Content-Type']);
    assert.equal(r.body, undefined, 'what is sent: no body (a loopback server receives Content-Length: 0)');
    assert.deepEqual(parseHttpFile('GET https://h\n{{authHeader}}\n').requests[0].problems.map(p => p.code), ['http.badHeader'], 'a {{variable}} line is not JSON');
  });

  test('a header name may be (or contain) a variable', () => {
    const [q] = parseHttpFile('GET https://h\n{{authHeader}}: {{token}}\nX-{{suffix}}: 1').requests;
    assert.deepEqual(q.problems, []);
    assert.deepEqual(q.headers.map(h => h.name), ['{{authHeader}}', 'X-{{suffix}}']);
  });

  test('comments among headers are ignored', () => {
    const [q] = parseHttpFile('GET https://h\n# note\n// other\nAccept: a').requests;
    assert.deepEqual(q.problems, []);
    assert.deepEqual(q.headers.map(h => h.name), ['Accept']);
  });

  test('a variable line inside a body stays body text; comment lines around it are not body (REST Client drops them)', () => {
    const t = 'POST https://h\n\n# a comment\n@x = 1\n// another\n';
    const f = parseHttpFile(t);
    assert.equal(f.requests[0].body?.text, '@x = 1');
    assert.deepEqual(f.variables, []);
  });

  test('a comment after a GET is not a body', () => {
    const f = parseHttpFile('GET https://h/x\n\n# just a note\n// and another\n');
    assert.equal(f.requests[0].body, undefined);
  });
});

describe('parseHttpFile: comments, names, variables, regions', () => {
  test('file variables with spans', () => {
    const text = '@host = https://graph.microsoft.com\n@empty =\n  @ver=beta  \n\nGET {{host}}/{{ver}}/x';
    const f = parseHttpFile(text);
    assert.deepEqual(f.variables.map(v => [v.name, v.value, v.line]), [['host', 'https://graph.microsoft.com', 0], ['empty', '', 1], ['ver', 'beta', 2]]);
    for (const v of f.variables) {
      assert.equal(at(text, v.nameSpan), v.name);
      assert.equal(at(text, v.valueSpan), v.value);
    }
    assert.equal(at(text, f.variables[2].span), '@ver=beta');
    assert.equal(f.requests.length, 1);
    assert.equal(f.requests[0].url, '{{host}}/{{ver}}/x');
  });

  test('# @name, // @name and # @name=foo name the next request', () => {
    for (const line of ['# @name created', '// @name created', '# @name=created', '#@name = created']) {
      const text = `${line}\nPOST https://h`;
      const [r] = parseHttpFile(text).requests;
      assert.equal(r.name, 'created', line);
      assert.equal(at(text, r.nameSpan), 'created');
    }
  });

  test('comments before the request line are skipped; ### text is a comment', () => {
    const text = '### list things\n# a comment\n// another\n\nGET https://h/a\n###\n\n###\n# only comments\n@v = 1\n###';
    const f = parseHttpFile(text);
    assert.equal(f.requests.length, 1);
    assert.equal(f.requests[0].requestLine, 4);
    assert.equal(f.requests[0].startLine, 1);
    assert.equal(f.variables[0].name, 'v');
  });

  test('empty and comment-only files produce no requests', () => {
    assert.equal(parseHttpFile('').requests.length, 0);
    assert.equal(parseHttpFile('# hi\n\n// there\n').requests.length, 0);
  });

  test('duplicate names are file problems', () => {
    const f = parseHttpFile('# @name a\nGET https://h\n###\n# @name a\nGET https://h\n');
    assert.equal(f.problems[0].code, 'http.duplicateRequestName');
  });
});

describe('parseHttpFile: line endings and robustness', () => {
  test('CRLF gives the same structure and exact spans', () => {
    const lf = '# @name x\nPOST https://h/p\nContent-Type: application/json\n\n{\n  "a": 1\n}\n\n###\nGET https://h/q\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = parseHttpFile(lf), b = parseHttpFile(crlf);
    assert.equal(b.requests.length, 2);
    const r = b.requests[0];
    assert.equal(r.body?.text, '{\r\n  "a": 1\r\n}');
    assert.equal(at(crlf, r.body?.span), r.body?.text);
    assert.equal(r.headers[0].value, 'application/json');
    assert.equal(at(crlf, r.headers[0].valueSpan), 'application/json');
    assert.equal(at(crlf, r.urlSpan), 'https://h/p');
    assert.deepEqual(b.requests.map(q => [q.startLine, q.endLine, q.requestLine]), a.requests.map(q => [q.startLine, q.endLine, q.requestLine]));
  });

  test('garbage never throws', () => {
    const samples = ['\r', '\n\n\n', '###', ':::', 'GET', '@', '@=', '# @name', '\uFEFFGET https://h', 'POST h\n\n\n\n', '\t\t?a\n&b'];
    for (const s of samples) assert.doesNotThrow(() => parseHttpFile(s), JSON.stringify(s));
    let noise = '';
    for (let i = 0; i < 2000; i++) noise += String.fromCharCode((i * 7919) % 128);
    assert.doesNotThrow(() => parseHttpFile(noise));
  });
});

describe('findRequestAtLine / findRequestAtOffset', () => {
  const text = '# @name a\nGET https://h/a\n\n###\n\nPOST https://h/b\n\n{}\n###\nGET https://h/c';
  const file = parseHttpFile(text);

  test('each line of a region finds its request; separators find none', () => {
    assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(l => findRequestAtLine(file, l)?.index), [0, 0, 0, undefined, 1, 1, 1, 1, undefined, 2]);
    assert.equal(findRequestAtLine(file, 99), undefined);
  });

  test('offsets, including the end of the last line', () => {
    assert.equal(findRequestAtOffset(file, text.indexOf('POST'))?.index, 1);
    assert.equal(findRequestAtOffset(file, text.length)?.index, 2);
    assert.equal(findRequestAtOffset(file, 0)?.name, 'a');
  });

  test('a 1,000-request file parses', () => {
    const big = Array.from({ length: 1000 }, (_, i) => `# @name r${i}\nPOST https://h/${i}\nContent-Type: application/json\n\n{"i": ${i}}\n`).join('###\n');
    const f = parseHttpFile(big);
    assert.equal(f.requests.length, 1000);
    assert.equal(f.requests[999].body?.text, '{"i": 999}');
    assert.equal(findRequestAtLine(f, f.requests[500].requestLine)?.name, 'r500');
  });
});
