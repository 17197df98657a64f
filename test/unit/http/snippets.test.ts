import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseHttpFile } from '../../../src/core/http/parser';
import { loadRouteTable, matchRoute, parseGraphUrl } from '../../../src/core/graph/routes';
import { handlersByOperationId } from '../../../src/sandbox/graph/handlers';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Snippet { scope: string; prefix: string; description: string; body: string[] }
// Read from disk: `.code-snippets` is JSON but not a `.json` import. Tests run from the repo root.
const snippets = JSON.parse(readFileSync(join('snippets', 'http.code-snippets'), 'utf8')) as Record<string, Snippet>;

/** What VS Code inserts when the user accepts every default: first choice, placeholder text, `\$` as `$`. */
function expand(body: string[]): string {
  return body.join('\n')
    .replace(/(?<!\\)\$0/g, '')
    .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\}|(?<!\\)\$\d+/g, 'sample')
    .replace(/\\([$}\\])/g, '$1');
}

interface BodySchema { required?: string[]; properties: Record<string, { enum?: string[]; readOnly?: boolean }> }
const schema = (key: string) => JSON.parse(readFileSync(join('schemas', 'bodies', `${key}.schema.json`), 'utf8')) as BodySchema;
const table = loadRouteTable();

describe('snippets/http.code-snippets', () => {
  const entries = Object.entries(snippets);

  test('prefixes are gcg-*, unique, scoped to http', () => {
    const prefixes = entries.map(([, s]) => s.prefix);
    assert.equal(new Set(prefixes).size, prefixes.length);
    for (const [name, s] of entries) {
      assert.match(s.prefix, /^gcg-[a-z-]+$/, name);
      assert.equal(s.scope, 'http');
    }
  });

  for (const [name, s] of entries) {
    test(`${s.prefix}: one request on a documented route, right version, least-privileged permission, valid body`, () => {
      const text = expand(s.body);
      const file = parseHttpFile(text);
      assert.equal(file.requests.length, 1, text);
      const [r] = file.requests;
      assert.deepEqual(r.problems, [], name);
      assert.ok(r.url.startsWith('https://graph.microsoft.com/'), r.url);
      assert.ok(!r.url.includes('$ref') || r.url.endsWith('/$ref'), 'snippet escapes $ref so VS Code keeps it');

      // Spaces in a query ($filter=displayName eq 'Custom') are sent encoded, as REST Client sends them.
      const parsed = parseGraphUrl(r.url.replace(/ /g, '%20'));
      assert.ok(parsed.ok, r.url);
      // Beta, except Graph connectors and the App Proxy tutorial's directory steps, which say (v1.0).
      const expectedVersion = (r.url.includes('/external/') && !s.description.includes('(beta only')) || s.description.includes('(v1.0)') ? 'v1.0' : 'beta';
      assert.equal(parsed.version, expectedVersion, `${name}: ${r.url}`);
      const match = matchRoute(table, parsed.version, parsed.path, r.method);
      assert.ok(match?.operation, `${name}: ${r.method} ${parsed.path} is not a documented operation`);
      const op = match.operation;
      const least = op.permissions.delegated ?? op.permissions.application ?? op.permissions.all[0];
      if (least) assert.ok(s.description.includes(least), `${name} should name ${least}`);

      if (!op.bodySchema) { assert.equal(r.body, undefined, name); return; }
      assert.ok(r.body, `${name} needs a body`);
      assert.ok(r.headers.some(h => h.name.toLowerCase() === 'content-type' && h.value === 'application/json'), name);
      const body = JSON.parse(r.body.text) as Record<string, unknown>;
      const sch = schema(op.bodySchema);
      for (const req of sch.required ?? []) assert.ok(req in body, `${name}: missing required ${req}`);
      for (const [k, v] of Object.entries(body)) {
        const prop = sch.properties[k];
        assert.ok(prop, `${name}: ${k} is not in ${op.bodySchema}`);
        assert.ok(!prop.readOnly, `${name}: ${k} is read-only`);
        if (prop.enum) assert.ok(prop.enum.includes(v as string), `${name}: ${k}=${String(v)}`);
      }
    });
  }

  test('every documented operation has a snippet', () => {
    const covered = new Set<string>();
    for (const [, s] of entries) {
      const r = parseHttpFile(expand(s.body)).requests[0];
      const p = parseGraphUrl(r.url.replace(/ /g, '%20'));
      if (!p.ok) continue;
      const op = matchRoute(table, p.version, p.path, r.method)?.operation;
      if (op) covered.add(op.id);
    }
    // The operations the sandbox emulates: the route table also holds the App Proxy tutorial's and the Graph
    // connectors' operations, which get their snippets and examples with their sandbox handlers.
    const all = table.routes.flatMap(route => route.operations.map(o => o.id)).filter(id => Object.hasOwn(handlersByOperationId, id));
    assert.deepEqual(all.filter(id => !covered.has(id)), []);
  });

  test('each starts with its own ### separator, so inserting one after a request never lands in that body', () => {
    for (const [name, s] of entries) assert.match(s.body[0], /^### \S/, name);
    const two = parseHttpFile(`POST https://h\n\n{"a": 1}\n${expand(entries[0][1].body)}`);
    assert.equal(two.requests.length, 2);
    assert.equal(two.requests[0].body?.text, '{"a": 1}');
  });

  test('choices offer the valid enums', () => {
    const text = JSON.stringify(snippets);
    assert.ok(text.includes('|nam,eur,aus,asia,ind|'));
    assert.ok(text.includes('|user,group,externalGroup|'));
    assert.ok(text.includes('|aadPreAuthentication,passthru|'));
    assert.ok(text.includes('|aadHeaderBased,pingHeaderBased,oAuthToken|'));
    assert.ok(text.includes('|userPrincipalName,onPremisesUserPrincipalName,userPrincipalUsername,onPremisesUserPrincipalUsername,onPremisesSAMAccountName|'));
  });
});
