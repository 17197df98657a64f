import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseHttpFile } from '../../../src/core/http/parser';
import { applyEdits, createValidator, getCompletions, getHover, type GraphDiagnostic } from '../../../src/core/intelligence';
import { loadRouteTable } from '../../../src/core/graph/routes';
import { ANY_DOC, DOC_AND_OFFSET, MUTATED_DOC, applyMutation, fcParams, type Mutation } from './corpus';

// The validator runs vscode-json-languageservice on every body: the slowest properties here run a fraction of FUZZ_RUNS
// (validator 20%, fix application 20%, cache 10%, completion/hover 30%: about 10 s of CPU by default).
const VALIDATOR_SCALE = 0.2;
const table = loadRouteTable();

function checkDiagnostics(text: string, diagnostics: GraphDiagnostic[]): void {
  const file = parseHttpFile(text);
  const fileLevel = new Set(file.problems.map(p => `${p.code}@${p.span.start}`));
  for (const d of diagnostics) {
    assert.ok(d.span.start >= 0 && d.span.start <= d.span.end && d.span.end <= text.length, `${d.code} span ${JSON.stringify(d.span)} outside 0..${text.length}`);
    assert.ok(typeof d.message === 'string' && d.message.length > 0 && typeof d.code === 'string');
    if (!fileLevel.has(`${d.code}@${d.span.start}`)) {
      const owner = file.requests.find(r => d.span.start >= r.span.start && d.span.end <= r.span.end);
      assert.ok(owner, `${d.code} ${JSON.stringify(d.span)} lies in no request's region`);
    }
    for (const fix of d.fixes ?? []) {
      const edits = [...fix.edits].sort((a, b) => a.span.start - b.span.start);
      edits.forEach((e, i) => {
        assert.ok(e.span.start >= 0 && e.span.start <= e.span.end && e.span.end <= text.length, `fix "${fix.title}" edit ${JSON.stringify(e.span)} outside the document`);
        if (i > 0) assert.ok(edits[i - 1].span.end <= e.span.start, `fix "${fix.title}" has overlapping edits`);
      });
      const fixed = applyEdits(text, fix.edits);
      assert.equal(typeof fixed, 'string');
    }
  }
  for (let i = 1; i < diagnostics.length; i++) assert.ok(diagnostics[i - 1].span.start <= diagnostics[i].span.start, 'sorted by position');
}

test('fuzz: the validator never throws on mutated documents; spans and fixes stay inside the document and its request', () => {
  const validator = createValidator({ table });
  fc.assert(fc.property(ANY_DOC, text => {
    checkDiagnostics(text, validator.validate(text));
  }), fcParams(VALIDATOR_SCALE));
});

test('fuzz: applying any fix never throws, and the fixed document validates too', () => {
  const validator = createValidator({ table });
  fc.assert(fc.property(MUTATED_DOC, fc.nat(), (text, pick) => {
    const fixes = validator.validate(text).flatMap(d => d.fixes ?? []);
    if (fixes.length === 0) return;
    const fixed = applyEdits(text, fixes[pick % fixes.length].edits);
    checkDiagnostics(fixed, validator.validate(fixed));
  }), fcParams(VALIDATOR_SCALE));
});

test('fuzz: the per-request cache changes nothing: an edited document gets what a fresh validator gives', () => {
  const cached = createValidator({ table, cacheSize: 50 });
  fc.assert(fc.property(MUTATED_DOC, fc.array(fc.tuple(fc.nat(), fc.string({ maxLength: 3 })), { minLength: 1, maxLength: 3 }), (text, edits) => {
    cached.validate(text);
    const edited = edits.reduce((t, [at, s]) => applyMutation(t, { kind: 'insert', at, text: s } as Mutation), text);
    assert.deepEqual(cached.validate(edited), createValidator({ table }).validate(edited));
  }), fcParams(0.1));
});

test('regression (found by fuzzing): a file variable holding a surrogate pair, used in a URL, no longer makes the validator throw', () => {
  const text = '@g = \u{1F600}\nGET https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups/{{g}}/bogus\n';
  const diagnostics = createValidator({ table }).validate(text);
  checkDiagnostics(text, diagnostics);
  assert.ok(diagnostics.some(d => d.code === 'graph.url.unknownPath'));
});

test('fuzz: completion and hover at any offset never throw; their spans are inside the document', () => {
  fc.assert(fc.property(DOC_AND_OFFSET, ([text, rawOffset]) => {
    const offset = Math.max(0, Math.min(rawOffset, text.length)); // editors only ask inside the document
    for (const c of getCompletions(text, offset, { table })) {
      assert.ok(typeof c.label === 'string' && typeof c.insertText === 'string');
      if (c.replaceSpan) {
        assert.ok(c.replaceSpan.start >= 0 && c.replaceSpan.start <= c.replaceSpan.end && c.replaceSpan.end <= text.length, `completion ${c.label} replaces ${JSON.stringify(c.replaceSpan)}`);
      }
    }
    const hover = getHover(text, offset, { table });
    if (hover) {
      assert.ok(hover.markdown.length > 0);
      assert.ok(hover.span.start >= 0 && hover.span.start <= hover.span.end && hover.span.end <= text.length);
    }
  }), fcParams(0.3));
});

test('a JSON body nested thousands deep is reported, not a stack overflow in validate/completion/hover', () => {
  const text = 'POST https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups\nContent-Type: application/json\n\n' + '['.repeat(20_000) + '\n';
  let diagnostics: ReturnType<ReturnType<typeof createValidator>['validate']> = [];
  assert.doesNotThrow(() => { diagnostics = createValidator({ table }).validate(text); });
  assert.ok(diagnostics.some(d => d.code === 'graph.body.tooDeep'));
  assert.doesNotThrow(() => getCompletions(text, text.length - 1, { table }));
  assert.doesNotThrow(() => getHover(text, text.length - 3, { table }));
});
