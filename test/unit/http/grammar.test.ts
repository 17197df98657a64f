import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import grammar from '../../../syntaxes/http.tmLanguage.json';
import languageConfiguration from '../../../syntaxes/http.language-configuration.json';

type Rule = Record<string, unknown>;

/** Every regex in the grammar with where it sits, found by walking the JSON. */
function collectRegexes(node: unknown, path: string, out: { path: string; source: string }[] = []) {
  if (Array.isArray(node)) node.forEach((n, i) => collectRegexes(n, `${path}[${i}]`, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if ((k === 'match' || k === 'begin' || k === 'end' || k === 'while') && typeof v === 'string') out.push({ path: `${path}.${k}`, source: v });
      else collectRegexes(v, `${path}.${k}`, out);
    }
  }
  return out;
}

/**
 * Oniguruma accepts a leading `(?i)`; JavaScript only as a flag. That is the one Oniguruma-only
 * construct the grammar uses, so the test turns it into the `i` flag and compiles the rest as is.
 */
function toJs(source: string): RegExp {
  return source.startsWith('(?i)') ? new RegExp(source.slice(4), 'i') : new RegExp(source);
}

const repo = grammar.repository as Record<string, Rule>;
const regex = (name: string, key = 'match') => toJs((repo[name] as Record<string, string>)[key]);

describe('http.tmLanguage.json', () => {
  test('scope name coexists with REST Client / httpYac (source.http)', () => {
    assert.equal(grammar.scopeName, 'source.http.gcg');
  });

  test('every regex compiles as a JavaScript RegExp', () => {
    const all = collectRegexes(grammar, '$');
    assert.ok(all.length > 10);
    for (const { path, source } of all) assert.doesNotThrow(() => toJs(source), path);
  });

  test('every #include points at a repository rule', () => {
    const includes = JSON.stringify(grammar).match(/"include":"[^"]+"/g) ?? [];
    for (const inc of includes) {
      const target = inc.slice('"include":"'.length, -1);
      if (target.startsWith('#')) assert.ok(target.slice(1) in repo, target);
      else assert.equal(target, 'source.json');
    }
  });

  test('the body is embedded JSON and stops at ###, even inside an unclosed brace (begin/while)', () => {
    const body = repo.body as Record<string, unknown>;
    assert.equal(body.contentName, 'meta.embedded.block.json');
    assert.ok(JSON.stringify(body.patterns).includes('source.json'));
    assert.equal(regex('body', 'while').test('### next'), false);
    assert.equal(regex('body', 'while').test('  "a": 1'), true);
    assert.ok(regex('body', 'begin').test(''));
  });

  test('line shapes land on the right rules', () => {
    assert.ok(regex('separator').test('### create a group'));
    assert.ok(regex('requestName').test('# @name created'));
    assert.ok(regex('requestName').test('// @name=created'));
    assert.ok(regex('fileVariable').test('@host = https://graph.microsoft.com'));
    assert.ok(regex('header').test('Content-Type: application/json'));
    assert.ok(regex('header').test('{{authHeader}}: {{token}}'));
    assert.equal(regex('header').test('{"a": 1}'), false);
    assert.ok(regex('queryContinuation').test('  &$top=5'));
    const line = regex('request', 'begin').exec('post https://graph.microsoft.com/beta/{{x}} HTTP/1.1');
    assert.deepEqual(line?.slice(1, 4), ['post', 'https://graph.microsoft.com/beta/{{x}}', 'HTTP/1.1']);
    const bare = regex('request', 'begin').exec('https://h/p');
    assert.deepEqual(bare?.slice(1, 3), [undefined, 'https://h/p']);
  });

  test('variables: plain, request and system', () => {
    const [system, plain] = (repo.variables.patterns as Record<string, string>[]).map(p => toJs(p.match));
    assert.equal(system.exec('{{$datetime iso8601 1 d}}')?.[2], '$datetime');
    assert.equal(plain.exec('{{created.response.body.$.id}}')?.[2], 'created');
    assert.equal(plain.exec('{{ host }}')?.[2], 'host');
  });
});

test('language configuration: # comments, brackets, pairs', () => {
  assert.equal(languageConfiguration.comments.lineComment, '#');
  assert.ok(languageConfiguration.brackets.some(([o, c]) => o === '{' && c === '}'));
  assert.ok(languageConfiguration.autoClosingPairs.length >= 3);
  assert.ok(languageConfiguration.surroundingPairs.length >= 3);
});
