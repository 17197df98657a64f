import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createValidator, getCompletions, getHover } from '../../../src/core/intelligence';
import { parseHttpFile } from '../../../src/core/http/parser';
import { parseDotenv } from '../../../src/core/http/nodeSystemVariables';
import { redactSecrets } from '../../../src/core/net/redact';
import { bestGrowth, describeGrowth, LINEAR_RATIO } from '../growth';

// A cloned repository is hostile text: no file may make a keystroke's work grow faster than the file.
// Each case is one finding of issue 11, as an attacker would write it.
const validate = (text: string) => createValidator().validate(text);
const linear = (make: (n: number) => string, op: (s: string) => unknown, sizes?: { small: number; large: number }) => {
  const g = bestGrowth(make, op, sizes);
  assert.ok(g.ratio < LINEAR_RATIO, describeGrowth(g));
};

describe('hostile text: work grows linearly', () => {
  test('a request line with 100 KB of inner spaces (parse and validate)', () => {
    const text = (n: number) => `GET https://graph.microsoft.com/beta/me${' '.repeat(n)}x\n`;
    linear(text, parseHttpFile);
    linear(text, validate);
  });

  test('every line shape with 100 KB of inner spaces (names, comments, settings, headers, continuations)', () => {
    const shapes = ['# @name a', '// @name=a', '# @note a', '# @prompt id a', '# a', '// a', '### a', 'X-A: a', '  &$top=a', '?a', '{{a'];
    for (const shape of shapes) {
      linear(n => `${shape}${' '.repeat(n)}b\nGET https://graph.microsoft.com/beta/me\n${shape}${' '.repeat(n)}b\n`, parseHttpFile);
    }
  });

  test('a file variable with 100 KB of inner spaces', () => {
    linear(n => `@v = a${' '.repeat(n)}b\nGET https://graph.microsoft.com/beta/{{v}}\n`, validate);
  });

  test('a body with 20,000 unknown properties (2,000 vs 20,000)', () => {
    const body = (n: number) => {
      const props: string[] = ['"name": "x"'];
      for (let i = 0, len = 0; len < n; i++) { const p = `"p${i}": 1`; props.push(p); len += p.length + 2; }
      return `POST https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups\nContent-Type: application/json\n\n{${props.join(', ')}}\n`;
    };
    linear(body, validate, { small: 20_000, large: 200_000 });
  });

  test('a body of 100,000 bound URLs: at most 100 are resolved (10 KB vs 100 KB of them grow linearly) and 50 findings listed', () => {
    const group = (n: number) => `POST https://graph.microsoft.com/v1.0/groups\nContent-Type: application/json\n\n{ "displayName": "x", "mailEnabled": false, "mailNickname": "x", "securityEnabled": true, "members@odata.bind": [${Array.from({ length: Math.ceil(n / 60) }, (_, i) => `"https://graph.microsoft.com/v1.0/usres/${i}"`).join(', ')}] }\n`;
    linear(group, validate);
    assert.equal(validate(group(100_000)).filter(d => d.code === 'graph.body.referenceUrl').length, 50);
  });

  test('a body of unquoted {{variables}}, and of strings between them', () => {
    const post = (json: string) => `POST https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups\nContent-Type: application/json\n\n${json}\n`;
    linear(n => post(`{"name": "x", "region": [${'{{v}}, '.repeat(n / 7)}1]}`), validate);
    linear(n => post(`{"name": "${'"{{v}}'.repeat(n / 6)}"}`), validate);
  });

  const connectorGroup = (props: string) => `POST https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups\nContent-Type: application/json\n\n{"name": "x", ${props}}\n`;
  const unknownProps = (n: number) => Array.from({ length: n }, (_, i) => `"p${i}": 1`).join(', ');

  test('a body of 20,000 unknown properties: 100 problems and an info that counts the rest', () => {
    const diagnostics = validate(connectorGroup(unknownProps(20_000)));
    assert.equal(diagnostics.filter(d => d.code === 'graph.body.unknownProperty').length, 100);
    const info = diagnostics.find(d => d.code === 'graph.limit.bodyProblems');
    assert.equal(info?.severity, 'info');
    assert.match(info!.message, /more than 100 problems: the first 100 are listed, 19,900 more are not/);
  });

  test('a body of 200,000 unknown properties (2.4 MB) is not checked, and an info says so', () => {
    const diagnostics = validate(connectorGroup(unknownProps(200_000)));
    assert.deepEqual(diagnostics.map(d => [d.code, d.severity]), [['graph.limit.bodyNotChecked', 'info']]);
    assert.match(diagnostics[0].message, /This body is 2,\d{3} KB: bodies over 256 KB are not checked/);
  });

  test('a long URL (did-you-mean), up to the 16 KB that is checked', () => {
    const sizes = { small: 1_600, large: 16_000 };
    linear(n => `GET https://graph.microsoft.com/beta/${'x'.repeat(n)}\n`, validate, sizes);
    linear(n => `GET https://graph.microsoft.com/beta/${'ab/'.repeat(n / 3)}\n`, validate, sizes);
    linear(n => `GET https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroupz/${'a/'.repeat(n / 2)}\n`, validate, sizes);
  });

  test('a 2 MB URL is not checked, and an info says so', () => {
    const diagnostics = validate(`GET https://graph.microsoft.com/beta/connectorGroupz${'x'.repeat(2_000_000)}\n`);
    assert.deepEqual(diagnostics.map(d => [d.code, d.severity]), [['graph.limit.urlNotChecked', 'info']]);
    assert.match(diagnostics[0].message, /This URL is 1,953 KB: URLs over 16 KB are not checked \(route, version, \$select, did you mean\)/);
  });

  test('a path of over 32 segments gets no did-you-mean, and an info says so', () => {
    const diagnostics = validate(`GET https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroupz/${'a/'.repeat(40)}\n`);
    assert.deepEqual(diagnostics.map(d => [d.code, d.severity]), [['graph.url.unknownPath', 'error'], ['graph.limit.suggestionsSkipped', 'info']]);
    assert.match(diagnostics[1].message, /No "did you mean" for this path: paths over 2,048 characters or 32 segments are not compared/);
  });

  test('JWT redaction of eyJeyJ...', () => {
    linear(n => 'eyJ'.repeat(n / 3), redactSecrets);
    linear(n => `eyJ${'a'.repeat(n)}.`, redactSecrets);
    linear(n => `Bearer ${'a'.repeat(n)}`, redactSecrets);
    linear(n => `authorization${' '.repeat(n)}x "secret"${' '.repeat(n)}: Bearer${' '.repeat(n)}!`, redactSecrets);
    linear(n => 'eyJabcde.'.repeat(n / 9), redactSecrets);
  });

  test('a .env line with 100 KB of spaces', () => {
    linear(n => `K=a${' '.repeat(n)}b\n`, parseDotenv);
    linear(n => `K=${' '.repeat(n)}\n`, parseDotenv);
    linear(n => `${' '.repeat(n)}K\n`, parseDotenv);
  });

  test('completion and hover on a request line of spaces', () => {
    const text = (n: number) => `GET https://graph.microsoft.com/beta/${' '.repeat(n)}x`;
    linear(text, t => getCompletions(t, t.length));
    linear(text, t => getHover(t, t.length - 1));
  });

  test('completion after a 100 KB word', () => {
    linear(n => `GET https://graph.microsoft.com/beta/me\n${'a'.repeat(n)} b\n`, t => getCompletions(t, t.length - 2));
    linear(n => `GET https://graph.microsoft.com/beta/${'a'.repeat(n)}`, t => getCompletions(t, t.length));
  });
});
