// Graph v1.0 beyond the route table, as users meet it (issue 17): a PATCH /users/{id} body is checked against
// user's shape from v1.0-Prod.csdl, so a misspelt property of this open type gets a warning squiggle and a Problems
// row with the did-you-mean; typing a URL after /v1.0/ completes the metadata's roots (`us` -> users); the CodeLens
// above the request names the metadata's operation and permissions.json's least-privileged permission, and hovers
// show the metadata's property types and the operation. A body whose @odata.type names a derived type is offered that
// type's properties, and inside them the concrete types an abstract value may name.
import assert from 'node:assert/strict';
import { fixture, markers } from '../fixtures.mjs';

const NAME = 'graph-v1.http';
const DERIVED = 'graph-v1-derived.http';
const NESTED = 'graph-v1-nested-hover.http';
const BETA_PROPERTY = 'graph-v1-beta-property.http';
const BATCH = 'graph-v1-batch.http';
const DEPRECATED = 'graph-v1-deprecated.http';
const DEEP_INSERT = 'graph-v1-deep-insert.http';

/** Opens `name` at its marker, waits for a `severity` squiggle and reads the file's Problems rows, as a user filters them. */
async function problemRowsAtMarker(editor, name, severity) {
  const { line, column } = markers(name)[0];
  await editor.open(fixture(name), line, column);
  await editor.waitForSquiggle(severity);
  return { rows: await editor.problems(name), line, column };
}

/** Closes the panel and presses Ctrl+. just inside the marked key: the fixes VS Code offers there. */
async function fixesAtMarker(wb, editor, line, column) {
  await wb.runCommand('View: Toggle Panel Visibility');
  await editor.goTo(line, column + 2);
  return editor.quickFixes();
}

export const steps = [
  {
    name: 'v1-codelens-operation-and-permission',
    async run({ wb, editor }) {
      await editor.open(fixture(NAME), 2, 1);
      // Graph's permissions.json marks User.ReadWrite.All `least=DelegatedWork,Application` for PATCH /users/{id};
      // routes.json has no PATCH under its partial root /users, so this is the whole v1.0 metadata's operation.
      // A lens without a command renders as a span, not a link.
      const lens = wb.page.locator('.editor-instance .codelens-decoration > *', { hasText: 'Update user' }).first();
      await lens.waitFor({ timeout: 15_000 });
      assert.equal((await lens.textContent())?.trim(), 'Update user · User.ReadWrite.All');
      await wb.screenshot('v1-00-codelens');
    },
  },
  {
    name: 'v1-hover-property-and-request-line',
    async run({ wb, editor }) {
      await editor.open(fixture(NAME), 2, 1);
      await wb.waitForHighlighting();
      // v1.0-Prod.csdl: user's jobTitle is an Edm.String (nullable); PATCH /users/{id} is user's update.
      const property = await editor.hoverOver('"jobTitle"', 'jobTitle');
      assert.match(property, /jobTitle.*Edm\.String/s);
      await wb.screenshot('v1-00-hover-property');
      await editor.press('Escape');
      const line = await editor.hoverOver('PATCH https://graph', 'PATCH');
      assert.match(line, /Update user/);
      assert.match(line, /User\.ReadWrite\.All/);
      await editor.press('Escape');
    },
  },
  {
    name: 'v1-user-patch-misspelt-property',
    async run({ wb, editor }) {
      const { line, column } = markers(NAME)[0];
      await editor.open(fixture(NAME), line, column);
      await wb.page.waitForTimeout(800);
      assert.equal(await editor.squiggleCount('warning'), 0, 'the body is valid to start with');
      assert.equal(await editor.squiggleCount('error'), 0, 'the body is valid to start with');
      await editor.type('"officeLocaton": "B1", ');
      await editor.closeWidgets(); // the quote and the colon are completion triggers
      await editor.waitForSquiggle('warning');
      const rows = await editor.problems(NAME);
      const row = rows.find((r) => /user declares no property 'officeLocaton'/.test(r));
      assert.ok(row, `a Problems row for 'officeLocaton': ${JSON.stringify(rows)}`);
      assert.match(row, /Did you mean 'officeLocation'\?/);
      await wb.screenshot('v1-01-user-misspelt-property');
      await wb.runCommand('View: Toggle Panel Visibility');
    },
  },
  {
    name: 'v1-url-completion-roots',
    async run({ wb, editor }) {
      const { line, column } = markers(NAME)[1];
      await editor.open(fixture(NAME), line, column);
      await editor.type('us');
      const rows = await editor.triggerSuggest();
      assert.ok(rows.includes('users'), `users among the v1.0 roots: ${JSON.stringify(rows)}`);
      await wb.screenshot('v1-02-url-completion');
      await editor.accept('users');
      assert.match(await editor.savedText(fixture(NAME)), /\nGET https:\/\/graph\.microsoft\.com\/v1\.0\/users\n/);
    },
  },
  {
    name: 'v1-derived-type-completion',
    async run({ wb, editor }) {
      const { line, column } = markers(DERIVED)[0];
      await editor.open(fixture(DERIVED), line, column);
      await wb.waitForHighlighting();
      // v1.0-Prod.csdl: isTrusted and ipRanges are ipNamedLocation's own, not namedLocation's (what the URL addresses).
      await editor.type('"'); // auto-closed to "", and a trigger character
      const rows = await editor.suggestions();
      assert.ok(rows.includes('isTrusted') && rows.includes('ipRanges'), `ipNamedLocation's properties: ${JSON.stringify(rows)}`);
      assert.ok(!rows.includes('displayName') && !rows.includes('@odata.type'), 'properties already present are not offered again');
      await wb.screenshot('v1-03-derived-type-properties');
      await editor.accept('ipRanges');
      // Inside the array: an object, then its @odata.type, whose values are ipRange's concrete types (ipRange is abstract).
      await editor.type('{"@odata.type": "');
      const types = await editor.triggerSuggest();
      assert.deepEqual(types.filter((t) => t.startsWith('#')).sort(), ['#microsoft.graph.iPv4CidrRange', '#microsoft.graph.iPv4Range', '#microsoft.graph.iPv6CidrRange', '#microsoft.graph.iPv6Range']);
      await wb.screenshot('v1-04-abstract-type-choices');
      await editor.accept('#microsoft.graph.iPv4CidrRange');
      await editor.closeWidgets();
      const text = await editor.savedText(fixture(DERIVED));
      assert.match(text, /"ipRanges": \[\{"@odata\.type": "#microsoft\.graph\.iPv4CidrRange"/, text);
    },
  },
  {
    // Hover inside an array item: the property of the type the item's @odata.type names, not of the URL's type.
    name: 'v1-nested-hover',
    async run({ wb, editor }) {
      await wb.openFile(fixture(NESTED));
      await wb.waitForHighlighting();
      // permissions.json marks Policy.Read.All least for POST namedLocations; the docs page asks for it "and
      // Policy.ReadWrite.ConditionalAccess": a read permission alone cannot create, so the lens names both.
      const lens = wb.page.locator('.editor-instance .codelens-decoration > *', { hasText: 'Create a namedLocation' }).first();
      await lens.waitFor({ timeout: 15_000 });
      assert.equal((await lens.textContent())?.trim(), 'Create a namedLocation · Policy.Read.All and Policy.ReadWrite.ConditionalAccess');
      // v1.0-Prod.csdl: cidrAddress is iPv4CidrRange's (Edm.String), lowerAddress iPv6Range's; ipRange is abstract
      // with four ComplexTypes deriving from it.
      const cidr = await editor.hoverOver('"cidrAddress"', 'cidrAddress');
      assert.match(cidr, /cidrAddress.*Edm\.String/s);
      assert.match(cidr, /Property of microsoft\.graph\.iPv4CidrRange/);
      await wb.screenshot('v1-05-nested-hover');
      await editor.press('Escape');
      const lower = await editor.hoverOver('"lowerAddress"', 'lowerAddress');
      assert.match(lower, /Property of microsoft\.graph\.iPv6Range/);
      await editor.press('Escape');
      const ranges = await editor.hoverOver('"ipRanges"', 'ipRanges');
      assert.match(ranges, /Each item names its type in @odata\.type \(microsoft\.graph\.ipRange is abstract\)/);
      for (const t of ['iPv4CidrRange', 'iPv4Range', 'iPv6CidrRange', 'iPv6Range']) assert.match(ranges, new RegExp(`#microsoft\\.graph\\.${t}\\b`));
      await wb.screenshot('v1-06-abstract-items-hover');
      await editor.press('Escape');
    },
  },
  {
    // A property v1.0's type lacks and beta's declares (beta-USNat: physicalAddress.postOfficeBox): the Problems row
    // says so (a warning), and Ctrl+. offers to send the request to /beta/.
    name: 'v1-beta-only-property-fix',
    async run({ wb, editor }) {
      // A warning: some v1.0 services accept beta's names (Bookings echoes postOfficeBox), others reject them.
      const { rows, line, column } = await problemRowsAtMarker(editor, BETA_PROPERTY, 'warning');
      assert.ok(rows.some((r) => /'postOfficeBox' exists only in beta: beta's physicalAddress declares it/.test(r)), JSON.stringify(rows));
      const titles = await fixesAtMarker(wb, editor, line, column);
      assert.ok(titles.includes('Use /beta/') && titles.includes("Remove 'postOfficeBox'"), JSON.stringify(titles));
      await wb.screenshot('v1-07-beta-only-property-fixes');
      await editor.applyQuickFix('Use /beta/', titles);
      const text = await editor.savedText(fixture(BETA_PROPERTY));
      assert.match(text, /^POST https:\/\/graph\.microsoft\.com\/beta\/solutions\/bookingBusinesses\//m, text);
    },
  },
  {
    // A JSON batch is checked request by request (concepts/json-batching.md): an unknown path in request 1 and a
    // misspelt property of group in request 2 get their Problems rows, named by request id, placed inside the batch
    // body; Ctrl+. on the property offers the rename, which edits the batch body.
    name: 'v1-batch-requests',
    async run({ wb, editor }) {
      const { rows, line, column } = await problemRowsAtMarker(editor, BATCH, 'warning');
      assert.ok(rows.some((r) => /Batch request 1: Unknown Graph path '\/me\/bogusThing'/.test(r)), JSON.stringify(rows));
      assert.ok(rows.some((r) => /Batch request 2: group declares no property 'descriptio'\. Did you mean 'description'\?/.test(r)), JSON.stringify(rows));
      await wb.screenshot('v1-08-batch-problems');
      const titles = await fixesAtMarker(wb, editor, line, column);
      assert.ok(titles.includes("Rename to 'description'"), JSON.stringify(titles));
      await editor.applyQuickFix("Rename to 'description'", titles);
      const text = await editor.savedText(fixture(BATCH));
      assert.match(text, /"body": \{ "description": "Self help community for golf" \}/, text);
    },
  },
  {
    // What Graph's metadata deprecates (Core.V1.Revisions): plannerPlan's owner is struck through where it is written,
    // with a warning row in the metadata's words; completion in the next request's body still offers it, last, struck
    // through, as VS Code draws a deprecated item.
    name: 'v1-deprecated-property',
    async run({ wb, editor }) {
      const { rows } = await problemRowsAtMarker(editor, DEPRECATED, 'warning');
      assert.ok(rows.some((r) => /'owner' is deprecated: Owner property is deprecated and will be removed in April 2024\. Please use the container property instead\./.test(r)), JSON.stringify(rows));
      await wb.runCommand('View: Toggle Panel Visibility');
      const struck = wb.page.locator('.editor-instance .squiggly-inline-deprecated').first();
      await struck.waitFor({ timeout: 10_000 });
      // The strike-through covers the key as written: the centre of `owner` on its line is inside the decoration.
      const line = wb.page.locator('.editor-instance .view-line', { hasText: '"owner"' }).first();
      const owner = await editor.measure(line, 'owner');
      const box = await struck.boundingBox();
      assert.ok(owner && box && owner.x >= box.x && owner.x <= box.x + box.width && owner.y >= box.y && owner.y <= box.y + box.height, JSON.stringify({ owner, box }));
      await wb.screenshot('v1-09-deprecated-property');
      // The legacy security alerts' request: its CodeLens says the path is deprecated (the tooltip has the metadata's words).
      const lens = wb.page.locator('.editor-instance .codelens-decoration > *', { hasText: 'List alert items' }).first();
      await lens.waitFor({ timeout: 15_000 });
      assert.match((await lens.textContent()) ?? '', /^List alert items · .+ · deprecated$/);
      const { line: at, column } = markers(DEPRECATED)[1];
      await editor.goTo(at, column);
      await editor.type('"');
      const labels = await editor.suggestions();
      assert.equal(labels[labels.length - 1], 'owner', JSON.stringify(labels));
      const deprecatedRows = await wb.page.locator('.suggest-widget .monaco-list-row .monaco-icon-label.deprecated .label-name').allInnerTexts();
      assert.deepEqual(deprecatedRows.map((t) => t.trim()), ['owner']);
      await wb.screenshot('v1-10-deprecated-completion');
      await editor.closeWidgets();
    },
  },
  {
    // Docs sample 6: values under a navigation property (a deep insert) are checked as the target type, and a bound
    // function's parameters as OData writes them. The question's "false" gets the quoted-Boolean warning, completion in
    // the question offers accessPackageTextInputQuestion's own properties, and the report's unquoted string its fix.
    name: 'v1-deep-insert-and-function-parameter',
    async run({ wb, editor }) {
      const { rows } = await problemRowsAtMarker(editor, DEEP_INSERT, 'warning');
      assert.ok(rows.some((r) => /"false" is a string: Graph reads it as false/.test(r)), JSON.stringify(rows));
      assert.ok(rows.some((r) => /period is a string: OData writes it in single quotes, period='D7'/.test(r)), JSON.stringify(rows));
      await wb.screenshot('v1-11-deep-insert-problems');
      await wb.runCommand('View: Toggle Panel Visibility');
      const [, inQuestion, inCall] = markers(DEEP_INSERT);
      await editor.goTo(inQuestion.line, inQuestion.column);
      await editor.type('"');
      const labels = await editor.suggestions();
      assert.ok(labels.includes('isSingleLineQuestion') && labels.includes('regexPattern'), JSON.stringify(labels));
      await wb.screenshot('v1-12-deep-insert-completion');
      await editor.closeWidgets();
      await editor.press('Control+z');
      await editor.goTo(inCall.line, inCall.column + 'period='.length);
      const fixes = await editor.quickFixes();
      await editor.applyQuickFix("Change to 'D7'", fixes);
      const line = wb.page.locator('.editor-instance .view-line', { hasText: 'getOffice365ActiveUserDetail' }).first();
      await wb.page.waitForFunction((el) => el.textContent.replace(/\u00a0/g, ' ').includes("(period='D7')"), await line.elementHandle(), { timeout: 10_000 });
      await wb.screenshot('v1-13-function-parameter-fixed');
    },
  },
];
