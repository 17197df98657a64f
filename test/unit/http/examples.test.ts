import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHttpFile } from '../../../src/core/http/parser';
import { findVariableReferences } from '../../../src/core/http/variables';
import { loadRouteTable, matchRoute, parseGraphUrl } from '../../../src/core/graph/routes';
import { handlersByOperationId } from '../../../src/sandbox/graph/handlers';

const WORKING = ['connector-groups.http', 'connectors.http', 'applications.http', 'external-groups.http', 'graph-connector.http', 'publish-an-app.http'];
const read = (name: string) => readFileSync(join('examples', name), 'utf8');
const table = loadRouteTable();

describe('examples/*.http that run against the sandbox', () => {
  const covered = new Set<string>();

  for (const name of WORKING) {
    test(`${name}: parses cleanly, documented routes, chains only to earlier named requests`, () => {
      const text = read(name);
      assert.match(text, /^# \S/, 'starts with a comment saying what it shows');
      const file = parseHttpFile(text);
      assert.deepEqual(file.problems, []);
      assert.ok(file.requests.length >= 3);
      const fileVariables = new Set(file.variables.map(v => v.name));
      const named = new Set<string>();
      for (const r of file.requests) {
        const where = `${name} line ${r.requestLine + 1}`;
        assert.deepEqual(r.problems, [], where);
        if (/^\{\{\w+\.response\.headers\.Location\}\}$/.test(r.url)) {
          // Polling the operation a 202 named (graph-connector.http): the URL is the one Graph answered with.
          assert.equal(r.method, 'GET', where);
          covered.add('connectionOperation.get');
          continue;
        }
        assert.ok(r.url.startsWith('https://graph.microsoft.com/'), `${where}: literal Graph URL so the sandbox redirect applies`);
        // Spaces in a query ($filter=displayName eq 'Custom') are sent encoded, as REST Client sends them.
        const parsed = parseGraphUrl(r.url.replace(/ /g, '%20'));
        assert.ok(parsed.ok, where);
        // The App Proxy tutorial sends its directory steps (templates, URIs, users) to v1.0, as the docs page does.
        if (name !== 'publish-an-app.http') assert.equal(parsed.version, parsed.path.startsWith('/external/') ? 'v1.0' : 'beta', where);
        const op = matchRoute(table, parsed.version, parsed.path, r.method)?.operation;
        assert.ok(op, `${where}: ${r.method} ${parsed.path} is not documented`);
        covered.add(op.id);

        const used = [r.url, ...r.headers.map(h => h.value), r.body?.text ?? ''].flatMap(t => findVariableReferences(t));
        for (const { name: v } of used) {
          if (v.startsWith('$')) continue;
          const requestName = /^([^.]+)\.response\./.exec(v)?.[1];
          if (requestName) assert.ok(named.has(requestName), `${where}: {{${v}}} needs an earlier "# @name ${requestName}"`);
          else assert.ok(fileVariables.has(v), `${where}: {{${v}}} is not a file variable`);
        }
        if (r.body) {
          assert.ok(r.headers.some(h => h.name.toLowerCase() === 'content-type' && h.value === 'application/json'), where);
          assert.doesNotThrow(() => JSON.parse(r.body!.text.replace(/\{\{[^}]*\}\}/g, 'x')), where);
        }
        if (r.name) named.add(r.name);
      }
    });
  }

  test('together they show every documented operation', () => {
    // The operations the sandbox emulates: the route table also holds the App Proxy tutorial's and the Graph
    // connectors' operations, which get their snippets and examples with their sandbox handlers.
    const all = table.routes.flatMap(route => route.operations.map(o => o.id)).filter(id => Object.hasOwn(handlersByOperationId, id));
    // Application-only operations cannot run under the examples' delegated sign-in, and the older schema POST is
    // superseded by PATCH: their snippets show them, and test/unit/sandbox/graphConnectors.test.ts runs them.
    // The tutorial's /appRoleAssignments grants the role to the service principal in the path (its API page), so the
    // tutorial file assigns its user through /appRoleAssignedTo; test/unit/sandbox/publishApp.test.ts runs the other.
    const notInExamples = new Set(['externalItem.addActivities', 'connectionQuota.get', 'schema.create.legacy', 'servicePrincipal.addAppRoleAssignment']);
    assert.deepEqual(all.filter(id => !covered.has(id) && !notInExamples.has(id)), []);
  });
});

test('seed-mistakes.http: the four seeds parse (validation, not the parser, catches them)', () => {
  const file = parseHttpFile(read('seed-mistakes.http'));
  assert.equal(file.requests.length, 4);
  const problems = file.requests.flatMap(r => r.problems.map(p => p.code));
  assert.deepEqual(problems, ['http.urlWhitespace']);
  assert.ok(file.requests.every(r => r.body && JSON.parse(r.body.text)));
  assert.deepEqual(file.requests.map(r => r.method), ['POST', 'POST', 'POST', 'POST']);
});
