import { test } from 'node:test';
import assert from 'node:assert/strict';
import grammar from '../../../syntaxes/http.tmLanguage.json';
import { bestGrowth, describeGrowth, LINEAR_RATIO } from '../growth';

// TextMate runs every rule's regex on every line as the user types; a pattern that backtracks on a long line of
// spaces froze the editor for about a second on a 20,000-character request line. JavaScript's RegExp is a
// backtracking engine like Oniguruma, so a pattern that is quadratic in one is quadratic in the other.
function regexes(node: unknown, out: RegExp[] = []): RegExp[] {
  if (Array.isArray(node)) node.forEach(n => regexes(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if ((k === 'match' || k === 'begin' || k === 'end' || k === 'while') && typeof v === 'string') {
        out.push(v.startsWith('(?i)') ? new RegExp(v.slice(4), 'gi') : new RegExp(v, 'g'));
      } else regexes(v, out);
    }
  }
  return out;
}
const all = regexes(grammar);

/** Every match of every rule on the line, as a tokenizer scanning it from start to end would find them. */
function scanLine(line: string): number {
  let found = 0;
  for (const re of all) {
    re.lastIndex = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      found++;
      if (m[0] === '') re.lastIndex++;
    }
  }
  return found;
}

const spaces = (n: number) => ' '.repeat(n);
const hostileLines: Record<string, (n: number) => string> = {
  'request line with inner spaces': n => `GET https://graph.microsoft.com/beta/me${spaces(n)}x`,
  'request line with inner spaces before HTTP/1.1': n => `GET a${spaces(n)}b${spaces(n)}HTTP/1.1${spaces(n)}`,
  'file variable with inner spaces': n => `@v = a${spaces(n)}b`,
  'query continuation with inner spaces': n => `  &$top=5${spaces(n)}x`,
  'header with inner spaces': n => `X-Note: a${spaces(n)}b`,
  'an unclosed system variable': n => `GET {{$guid${spaces(n)}x`,
  'an unclosed request variable': n => `GET {{created.${spaces(n)}x`,
  'a request name with inner spaces': n => `# @name${spaces(n)}a${spaces(n)}b`,
};

for (const [name, make] of Object.entries(hostileLines)) {
  test(`grammar: a 20,000-character line costs about 10 times a 2,000-character one (${name})`, () => {
    const g = bestGrowth(make, scanLine, { small: 2_000, large: 20_000 });
    assert.ok(g.ratio < LINEAR_RATIO, describeGrowth(g).replace('10 KB', '2,000 chars').replace('100 KB', '20,000 chars'));
  });
}
