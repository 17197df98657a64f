/**
 * Hostile text (issue 11): the inputs that used to block the extension host for seconds, at the sizes the audit
 * used, timed through the same functions the editor and the CLI call. The unit tests check that each grows
 * linearly; this reports the absolute times.
 */
import grammar from '../syntaxes/http.tmLanguage.json';
import { createValidator } from '../src/core/intelligence';
import { parseDotenv } from '../src/core/http/nodeSystemVariables';
import { redactSecrets } from '../src/core/net/redact';
import { timeMedian, type BenchResult } from './util';

const POST = 'POST https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups\nContent-Type: application/json\n\n';
const unknownProps = (n: number) => `${POST}{"name": "x", ${Array.from({ length: n }, (_, i) => `"p${i}": 1`).join(', ')}}\n`;

/** Every grammar regex run over the line from start to end, as the tokenizer's scanner would. */
function grammarRegexes(node: unknown, out: RegExp[] = []): RegExp[] {
  if (Array.isArray(node)) node.forEach(n => grammarRegexes(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (['match', 'begin', 'end', 'while'].includes(k) && typeof v === 'string') out.push(v.startsWith('(?i)') ? new RegExp(v.slice(4), 'gi') : new RegExp(v, 'g'));
      else grammarRegexes(v, out);
    }
  }
  return out;
}
const regexes = grammarRegexes(grammar);
function scanLine(line: string): void {
  for (const re of regexes) {
    re.lastIndex = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) if (m[0] === '') re.lastIndex++;
  }
}

export async function run(): Promise<BenchResult[]> {
  const cases: [string, () => unknown, number?][] = [
    ['validate: request line with 100 KB of inner spaces (was 6-13 s)', () => createValidator().validate(`GET https://graph.microsoft.com/beta/me${' '.repeat(100_000)}x\n`)],
    ['validate: file variable with 100 KB of inner spaces (was 6-13 s)', () => createValidator().validate(`@v = a${' '.repeat(100_000)}b\nGET https://graph.microsoft.com/beta/{{v}}\n`)],
    ['validate: body with 20,000 unknown properties (was 5 s)', () => createValidator().validate(unknownProps(20_000)), 500],
    ['validate: body with 200,000 unknown properties, not checked (was > 30 s)', () => createValidator().validate(unknownProps(200_000))],
    ['validate: 2 MB URL (was 5 s)', () => createValidator().validate(`GET https://graph.microsoft.com/beta/connectorGroupz${'x'.repeat(2_000_000)}\n`)],
    ['validate: 10 MB URL (was 17 s)', () => createValidator().validate(`GET https://graph.microsoft.com/beta/${'x'.repeat(10_000_000)}\n`)],
    ['redactSecrets: 50 KB of eyJeyJ... (was 1.5 s)', () => redactSecrets('eyJ'.repeat(50_000 / 3))],
    ['parseDotenv: a line with 50 KB of spaces (was 3-5 s)', () => parseDotenv(`K=a${' '.repeat(50_000)}b\n`)],
    ['grammar: every rule on a 20,000-character request line (JS RegExp; was about 1 s)', () => scanLine(`GET https://graph.microsoft.com/beta/me${' '.repeat(20_000)}x`)],
  ];
  const out: BenchResult[] = [];
  for (const [name, fn, goalMax = 100] of cases) out.push({ name: `hostile text: ${name}`, value: await timeMedian(fn, 3, 1), unit: 'ms', goal: `<= ${goalMax} ms`, goalMax });
  return out;
}
