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

describe('docs sample 7: more of a call and of $expand', () => {
  test('a call that fits no overload names the forms it takes (getEmailActivityUserDetail takes period or date; getRecentNotebooks its Boolean, even without parentheses)', () => {
    assert.equal(found('/reports/getEmailActivityUserDetail()')[0]?.message, 'No overload of getEmailActivityUserDetail takes these parameters: call it as getEmailActivityUserDetail(date=...) or getEmailActivityUserDetail(period=...).');
    const [bare] = found('/me/onenote/notebooks/getRecentNotebooks');
    assert.deepEqual([bare?.message, bare?.at], ['getRecentNotebooks is called as getRecentNotebooks(includePersonalNotebooks=...).', 'getRecentNotebooks']);
    assert.deepEqual(found('/me/onenote/notebooks/getRecentNotebooks(includePersonalNotebooks=true)').map(d => d.message), []);
  });

  test('a value that is no literal of its type, and an enum value that is no member, are warnings', () => {
    assert.equal(found('/me/onenote/notebooks/getRecentNotebooks(includePersonalNotebooks=banana)')[0]?.message, "includePersonalNotebooks is an Edm.Boolean, written as OData writes one (true or false); 'banana' is not.");
    assert.match(found("/roleManagement/directory/roleAssignmentSchedules/filterByCurrentUser(on='bogus')")[0]?.message ?? '', /^'bogus' is not a member of roleAssignmentScheduleFilterByCurrentUserOptions \(on\): principal\.$/);
    assert.deepEqual(found("/roleManagement/directory/roleAssignmentSchedules/filterByCurrentUser(on='principal')").map(d => d.message), []);
    assert.deepEqual(found("/me/outlook/supportedTimeZones(TimeZoneStandard=microsoft.graph.timeZoneStandard'Iana')").map(d => d.message), []);
  });

  test('a routes.json key never matches a call: /users/delta(token=...) is the metadata\'s delta (no parameters), not a user', () => {
    assert.equal(found("/users/delta(token='x')")[0]?.message, "delta takes no parameters in Graph's metadata; 'token' is none of them.");
    assert.deepEqual(found('/users/delta()').map(d => d.message), []);
  });

  test('a / inside a call\'s parameters leaves the path unchecked, not unknown', () => {
    assert.deepEqual(found("/me/drive/root/search(q='a/b')").map(d => d.message), []);
  });

  test('nested $expand and $select are checked against the type the navigation reaches; placeholders in $select are placeholders', () => {
    assert.match(found('/sites/abc/lists/def?$expand=items($expand=bogus2)')[0]?.message ?? '', /^'bogus2' is not a navigation property of listItem/);
    assert.match(found('/sites/abc/lists/def?$expand=columns($select=bogus)')[0]?.message ?? '', /^'bogus' is not a property of columnDefinition/);
    assert.deepEqual(found('/users/abc?$expand=manager($levels=max;$select=id,displayName)').map(d => d.message), []);
    const [p] = found('/groups/abc?$select=id,{property_1}');
    assert.deepEqual([p?.severity, p?.code], ['warning', 'graph.url.placeholder']);
  });
});

describe('docs sample 7: parameters the docs leave out, placeholders of every form', () => {
  test('a nullable parameter may be left out (intune-rbac-devicemanagement-geteffectivepermissions calls getEffectivePermissions without scope)', () => {
    assert.deepEqual(found('/deviceManagement/getEffectivePermissions').map(d => d.message), []);
  });

  test('<row>, name-value and an enum\'s {placeholder} are placeholders, not wrong literals', () => {
    assert.deepEqual(found("/me/drive/items/abc/workbook/worksheets/Sheet1/cell(row=<row>,column=<column>)").map(d => d.code), ['graph.url.placeholder', 'graph.url.placeholder']);
    assert.equal(found('/me/onenote/notebooks/getRecentNotebooks(includePersonalNotebooks=includePersonalNotebooks-value)')[0]?.code, 'graph.url.placeholder');
    assert.equal(found("/me/outlook/supportedTimeZones(TimeZoneStandard=microsoft.graph.timeZoneStandard'{timezone_format}')")[0]?.code, 'graph.url.placeholder');
  });
});
