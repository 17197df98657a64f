/**
 * A bound function's parameters in the URL (v1Calls.ts), read against the overloads v1.0-Prod.csdl declares. Docs
 * sample 6 (2026-12-04) found them unchecked: reportroot-getm365appuserdetail's `date='{date_value}'`, getpstncalls'
 * `from=`/`to=` (its page's own @odata.nextLink), `(period=D7)` unquoted. The rule is OData's URL syntax (Part 2,
 * 11.5.1.1, and its ABNF): named parameters, a string in single quotes, a date or number without.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createValidator } from '../../../src/core/intelligence/validator';
import { applyEdits } from '../../../src/core/intelligence';

const get = (path: string) => `GET https://graph.microsoft.com/v1.0${path}\n`;
const found = (path: string) => createValidator().validate(get(path)).map(d => ({ severity: d.severity, code: d.code, message: d.message, at: get(path).slice(d.span.start, d.span.end), fixes: d.fixes }));

describe('bound function parameters in the URL', () => {
  test('the docs\' forms pass: a quoted string, an unquoted date and date-time, an alias, a {{variable}}', () => {
    for (const p of [
      "/reports/getOffice365ActiveUserDetail(period='D7')", '/reports/getOffice365ActiveUserDetail(date=2024-01-31)',
      '/communications/callRecords/getPstnCalls(fromDateTime=2019-11-01,toDateTime=2019-12-01)',
      "/reports/getOffice365ActiveUserDetail(period=@p)?@p='D7'", "/reports/getOffice365ActiveUserDetail(period='{{period}}')",
    ]) assert.deepEqual(found(p).map(d => d.message), [], p);
  });

  test('a name no overload declares is a warning naming the declared ones (not an error: getpstncalls\' own nextLink answers with from= and to=)', () => {
    const [d] = found("/reports/getOffice365ActiveUserDetail(bogus='D7')");
    assert.deepEqual([d.severity, d.code, d.at], ['warning', 'graph.url.functionParameter', 'bogus']);
    assert.equal(d.message, "getOffice365ActiveUserDetail has no parameter 'bogus' in Graph's metadata: its parameters are date, period.");
  });

  test('a string without quotes and a date in quotes get the fix OData\'s syntax asks for', () => {
    const text = get('/reports/getOffice365ActiveUserDetail(period=D7)');
    const [d] = createValidator().validate(text);
    assert.equal(d.message, "period is a string: OData writes it in single quotes, period='D7'.");
    assert.equal(applyEdits(text, d.fixes![0].edits), get("/reports/getOffice365ActiveUserDetail(period='D7')"));
    const dated = get("/reports/getM365AppUserDetail(date='2024-01-31')");
    const [e] = createValidator().validate(dated);
    assert.equal(applyEdits(dated, e.fixes![0].edits), get('/reports/getM365AppUserDetail(date=2024-01-31)'));
  });

  test('a docs placeholder for a value is named as one (reportroot-getm365appuserdetail: date={date_value})', () => {
    const [d] = found('/reports/getOffice365ActiveUserDetail(date={date_value})');
    assert.deepEqual([d.severity, d.code, d.at], ['warning', 'graph.url.placeholder', '{date_value}']);
  });

  test('a call after a collection that is no bound function of it is an unknown path, not a key', () => {
    const [d] = found('/chats/getNoSuchFn(x=1)');
    assert.equal(d.code, 'graph.url.unknownPath');
    assert.match(d.message, /'getNoSuchFn' is no bound function of chat collections in v1\.0/);
    assert.deepEqual(found("/chats/19:abc@thread.v2").map(x => x.message), [], 'a key with a colon is still a key');
  });
});

describe('PATCH of a collection', () => {
  test('a warning naming the item path, the body read as an item\'s update (todotasklist-update\'s template PATCHes .../lists/{id}/tasks)', () => {
    const text = 'PATCH https://graph.microsoft.com/v1.0/me/todo/lists/AAMkADIyAAAhrbPWAAA=/tasks\nContent-Type: application/json\n\n{ "displayName": "Vacation Plan" }\n';
    const found = createValidator().validate(text);
    const caution = found.find(d => d.code === 'graph.url.methodDoubtful');
    assert.equal(caution?.severity, 'warning');
    assert.match(caution!.message, /^PATCH updates one todoTask, and '\/me\/todo\/lists\/\{todoTaskList-id\}\/tasks' is their collection: address an item \('\/me\/todo\/lists\/\{todoTaskList-id\}\/tasks\/\{todoTask-id\}'\)/);
    assert.match(found.find(d => d.severity === 'error')?.message ?? '', /^todoTask has no property 'displayName'/);
    // Without a body: the caution only (no "needs a JSON body" on a request that is doubtful already).
    assert.deepEqual(createValidator().validate('PATCH https://graph.microsoft.com/v1.0/me/todo/lists/abc/tasks\n').map(d => d.code), ['graph.url.methodDoubtful']);
    // The item itself: no caution.
    assert.deepEqual(createValidator().validate('PATCH https://graph.microsoft.com/v1.0/me/todo/lists/abc/tasks/def\nContent-Type: application/json\n\n{ "title": "x" }\n').map(d => d.message), []);
  });
});

describe('$expand names', () => {
  test('a name that is no navigation property of the v1.0 type is an error with the nearest one (docs sample 6: $expand=bogus passed while $select=bogus did not)', () => {
    const [d] = found('/me/messages?$expand=attachmnts');
    assert.deepEqual([d.severity, d.code, d.at], ['error', 'graph.url.unknownExpand', 'attachmnts']);
    assert.equal(d.fixes?.[0].title, "Change to 'attachments'");
  });

  test('navigation with options, complex properties, *, casts and names of derived types pass', () => {
    for (const p of ['/users/abc?$expand=manager($select=id,displayName),memberOf', '/me?$expand=passwordProfile', '/me?$expand=*',
      '/groups/abc/members?$expand=microsoft.graph.user/manager', '/identityGovernance/entitlementManagement/assignmentPolicies?$expand=accessPackage,catalog']) {
      assert.deepEqual(found(p).map(x => x.message), [], p);
    }
  });
});
