/**
 * Values under navigation properties in a v1.0 body (deep insert), checked as values of the target type; docs sample 6
 * (2026-12-04) found the misses these tests pin: entitlementmanagement-post-assignmentpolicies' questions with "true"
 * strings, sitepage-create's canvasLayout, chat-post's members. The expected answers are the CSDL's
 * (shared/graph/metadata/v1.0-Prod.csdl: accessPackageQuestion, horizontalSection, accessPackage).
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createValidator } from '../../../src/core/intelligence/validator';
import { applyEdits } from '../../../src/core/intelligence';

const post = (path: string, body: unknown) => `POST https://graph.microsoft.com/v1.0${path}\nContent-Type: application/json\n\n${JSON.stringify(body, null, 2)}\n`;
const problems = (text: string) => createValidator().validate(text).filter(d => d.severity === 'error' || d.severity === 'warning');

describe('deep insert: values under navigation properties', () => {
  test('a contained navigation\'s items are checked as their type (accessPackageAssignmentPolicy.questions, an abstract accessPackageQuestion named by @odata.type)', () => {
    const found = problems(post('/identityGovernance/entitlementManagement/assignmentPolicies', {
      displayName: 'policy',
      questions: [{ '@odata.type': '#microsoft.graph.accessPackageTextInputQuestion', sequence: '1', isRequired: 'false', bogus: 1 }],
    }));
    // The docs' "sequence": "1" and "isRequired": "false" get the warnings quoted primitives get everywhere; `bogus` is unknown.
    assert.deepEqual(found.map(d => [d.severity, d.code]).sort(), [['error', 'graph.body.unknownProperty'], ['warning', 'graph.body.booleanString'], ['warning', 'graph.body.numberString']].sort(), JSON.stringify(found));
    assert.match(found.find(d => d.severity === 'error')!.message, /accessPackageTextInputQuestion has no property 'bogus'/);
  });

  test('an abstract type\'s value may leave out @odata.type, contained or not (a link by id names none; sitepage-create\'s own webparts do)', () => {
    const patch = (body: unknown) => `PATCH https://graph.microsoft.com/v1.0/users/abc\nContent-Type: application/json\n\n${JSON.stringify(body)}\n`;
    // user.managedAppRegistrations: Collection(managedAppRegistration), abstract, not contained.
    assert.deepEqual(problems(patch({ managedAppRegistrations: [{ id: 'r1' }] })).map(d => d.message), []);
    assert.match(problems(patch({ managedAppRegistrations: [{ nope: 1 }] }))[0]?.message ?? '', /no property 'nope'/);
    // horizontalSectionColumn.webparts: contained, of the abstract webPart; sitepage-create sends { id, innerHtml }.
    const page = post('/sites/abc/pages', { '@odata.type': '#microsoft.graph.sitePage', name: 'x.aspx', canvasLayout: { horizontalSections: [{ columns: [{ webparts: [{ id: '6f9230af-2a98-4952-b205-9ede4f9ef548', innerHtml: '<p>Hello!</p>' }] }] }] } });
    assert.deepEqual(problems(page).map(d => d.message), []);
  });

  test('nested levels and non-contained navigation: sitePage.canvasLayout.horizontalSections, accessPackageAssignmentPolicy.accessPackage', () => {
    const page = problems(post('/sites/abc/pages', { '@odata.type': '#microsoft.graph.sitePage', name: 'x.aspx', canvasLayout: { horizontalSections: [{ layout: 'oneColumn', bogus: 1 }] } }));
    assert.deepEqual(page.map(d => d.message), [page[0]?.message]);
    assert.match(page[0].message, /^horizontalSection has no property 'bogus'/);
    const linked = problems(post('/identityGovernance/entitlementManagement/assignmentPolicies', { displayName: 'p', accessPackage: { id: 'a', bogus2: 1 } }));
    assert.match(linked[0]?.message ?? '', /^accessPackage has no property 'bogus2'/);
  });

  test('a name only beta\'s type declares is accepted there: the v1.0 docs\' own assignment request (entitlementmanagement-post-assignmentrequests, 201) sends assignment.targetId', () => {
    const text = post('/identityGovernance/entitlementManagement/assignmentRequests', {
      requestType: 'adminAdd',
      assignment: { targetId: '46184453-e63b-4f20-86c2-c557ed5d5df9', assignmentPolicyId: '2264bf65-76ba-417b-a27d-54d291f0cbc8', accessPackageId: 'a914b616-e04e-476b-aa37-91038f0b165b' },
    });
    assert.deepEqual(problems(text).map(d => d.message), []);
    // At the top of a body it is still the warning it was (a v1.0 type lacks it).
    assert.equal(problems(post('/identityGovernance/entitlementManagement/assignmentRequests', { requestType: 'adminAdd', accessPackageAssignment: {} }))[0]?.code, 'graph.body.betaOnly');
  });
});

describe('wording found by docs sample 6', () => {
  test('a list item\'s enum mismatch names the list, its place and the value; null and the evolvable sentinel are not offered', () => {
    const [d] = problems(post('/search/bookmarks', { displayName: 'x', webUrl: 'https://x', platforms: ['windows'] }));
    assert.match(d.message, /^platforms\[0\]: "windows" is not accepted\. Valid values: "android"/);
    assert.ok(!/null|unknownFutureValue/.test(d.message), d.message);
  });

  test('an action without its body names what it needs: the required parameters, not the schema\'s title', () => {
    const [d] = createValidator().validate('POST https://graph.microsoft.com/v1.0/me/assignLicense\n').filter(x => x.code === 'graph.body.missing');
    assert.ok(d, 'graph.body.missing');
    assert.equal(d.message, 'assignLicense (action) needs a JSON body with its parameters (addLicenses, removeLicenses required).');
    const [e] = createValidator().validate('PATCH https://graph.microsoft.com/v1.0/planner/tasks/abc\n').filter(x => x.code === 'graph.body.missing');
    assert.equal(e.message, 'Update plannerTask needs a JSON body.');
  });

  test('a docs placeholder with spaces in a URL (todotask-update\'s {id | userPrincipalName}) is named as one', () => {
    const [d] = createValidator().validate('POST https://graph.microsoft.com/v1.0/users/{id | userPrincipalName}/todo/lists/{todoTaskListId}/tasks\n').filter(x => x.severity === 'error');
    assert.match(d.message, /'\{id \| userPrincipalName\}' is a documentation placeholder/);
  });
});

describe('more found by docs sample 6 (accesspackagecatalog-post-accesspackagecustomworkflowextensions)', () => {
  const PATH = '/identityGovernance/entitlementManagement/catalogs/abc/customWorkflowExtensions';
  test('a value naming an abstract type keeps its error, and its other properties are still checked (Example 1\'s durationBeforeTimeout)', () => {
    const found = problems(post(PATH, {
      '@odata.type': '#microsoft.graph.accessPackageAssignmentRequestWorkflowExtension', displayName: 'x',
      callbackConfiguration: { '@odata.type': '#microsoft.graph.customExtensionCallbackConfiguration', durationBeforeTimeout: 'PT1H' },
    }));
    assert.equal(found.length, 2, JSON.stringify(found.map(d => d.message)));
    assert.match(found[0].message, /is abstract \(Abstract="true" in Graph's metadata\)/);
    assert.match(found[1].message, /^customExtensionCallbackConfiguration has no property 'durationBeforeTimeout'\. Known properties: timeoutDuration/);
  });

  test('a body wrapped in "value" (Example 2) is said to be, with the fix that unwraps it', () => {
    const text = post(PATH, { value: { '@odata.type': '#microsoft.graph.accessPackageAssignmentRequestWorkflowExtension', displayName: 'x' } });
    const wrapped = createValidator().validate(text).find(d => d.code === 'graph.body.valueWrapper');
    assert.equal(wrapped?.severity, 'error');
    const unwrapped = applyEdits(text, wrapped!.fixes![0].edits);
    assert.deepEqual(problems(unwrapped).map(d => d.message), []);
    assert.deepEqual(JSON.parse(unwrapped.slice(unwrapped.indexOf('\n\n') + 2)), { '@odata.type': '#microsoft.graph.accessPackageAssignmentRequestWorkflowExtension', displayName: 'x' });
  });
});

describe('docs sample 6, communications', () => {
  test('@odata.type naming no type of the resource lists the derived ones it may name (chat-post-members: 7 conversationMember types)', () => {
    const [d] = problems(post('/chats/abc/members', { '@odata.type': '#microsoft.graph.user', roles: ['owner'] }));
    assert.match(d.message, /^@odata\.type must name the resource this request addresses or a type deriving from it: .*"#microsoft\.graph\.aadUserConversationMember".*"#microsoft\.graph\.anonymousGuestConversationMember"/);
    assert.ok(d.fixes!.length > 1);
  });

  test('a nested value of the wrong JSON type is said in the top level\'s words (chat-post: "roles": "owner")', () => {
    const [d] = problems(post('/chats', { chatType: 'group', members: [{ '@odata.type': '#microsoft.graph.aadUserConversationMember', roles: 'owner' }] }));
    assert.equal(d.message, 'members[0].roles must be an array, not a string.');
  });

  test('@odata.bind: a number is no URL; a collection binds a list, a single-valued navigation one URL (group-post-groups)', () => {
    const [n] = problems(post('/chats/abc/members', { '@odata.type': '#microsoft.graph.aadUserConversationMember', roles: ['owner'], 'user@odata.bind': 5 }));
    assert.match(n.message, /^user@odata\.bind takes the URL of what it links .*not a number\.$/);
    const text = post('/groups', { displayName: 'x', mailEnabled: false, mailNickname: 'x', securityEnabled: true, 'members@odata.bind': 'https://graph.microsoft.com/v1.0/users/26be1845-4119-4801-a799-aea79d09f1a2' });
    const [m] = problems(text);
    assert.match(m.message, /^members@odata\.bind links a collection: its value is a list of URLs/);
    assert.deepEqual(problems(applyEdits(text, m.fixes![0].edits)).map(d => d.message), []);
  });
});

describe('docs sample 7: Outlook and Excel', () => {
  const me = (method: string, path: string, body?: unknown) => `${method} https://graph.microsoft.com/v1.0${path}\n${body === undefined ? '' : `Content-Type: application/json\n\n${JSON.stringify(body, null, 2)}\n`}`;
  test('a colon inside a call\'s parameters is a value, not path-based addressing: range(address=\'A1:B2\') is checked', () => {
    const range = "/me/drive/items/abc/workbook/worksheets/Sheet1/range(address='A1:B2')";
    assert.deepEqual(problems(me('GET', range)).map(d => d.message), []);
    assert.equal(problems(me('GET', `${range}/bogusSegment`))[0]?.code, 'graph.url.unknownPath');
  });

  test('PATCH of a function\'s single entity result (range-update: the metadata\'s composable range returns workbookRange), its body that entity\'s update', () => {
    const text = me('PATCH', "/me/drive/items/abc/workbook/worksheets/Sheet1/range(address='A1:B2')", { numberFormat: [['General']], valuez: 1 });
    const found = problems(text);
    assert.deepEqual(found.map(d => d.code), ['graph.body.unknownProperty'], JSON.stringify(found.map(d => d.message)));
  });

  test('an action parameter the metadata requires is a warning, and a case variant of it counts as given (chartcollection-add\'s "seriesby")', () => {
    const charts = '/me/drive/items/abc/workbook/worksheets/Sheet1/charts/add';
    const given = problems(me('POST', charts, { type: 'ColumnClustered', sourceData: 'A1:C4', seriesby: 'Auto' }));
    assert.ok(!given.some(d => d.code === 'graph.body.missingRequired'), JSON.stringify(given.map(d => d.message)));
    const left = problems(me('POST', charts, { type: 'ColumnClustered', sourceData: 'A1:C4' })).find(d => d.code === 'graph.body.missingRequired');
    assert.equal(left?.severity, 'warning');
  });

  test('Edm.Binary: a length base64 cannot have (event-post-attachments\' "base64bWFj...": 33 characters before its "=") is an error; padded and unpadded base64 pass', () => {
    const attach = (contentBytes: string) => me('POST', '/me/events/abc/attachments', { '@odata.type': '#microsoft.graph.fileAttachment', name: 'menu.txt', contentBytes });
    assert.equal(problems(attach('base64bWFjIGFuZCBjaGVlc2UgdG9kYXk='))[0]?.severity, 'error');
    for (const ok of ['bWFjIGFuZCBjaGVlc2UgdG9kYXk=', 'bWFjIGFuZCBjaGVlc2UgdG9kYXk', 'TQ==', 'TWFu']) assert.deepEqual(problems(attach(ok)).map(d => d.message), [], ok);
  });


  test('nested messages name the whole path; an integer given 2.5 is "not a fraction"', () => {
    const [d] = problems(me('POST', '/me/events/abc/tentativelyAccept', { comment: 'x', proposedNewTime: { start: 'tomorrow', end: { dateTime: '2019-12-02T19:00:00', timeZone: 'Pacific Standard Time' } } }));
    assert.match(d?.message ?? '', /^proposedNewTime\.start must be an object, not a string\.$/);
    const [f] = problems(me('POST', '/me/findMeetingTimes', { maxCandidates: 2.5 }));
    assert.equal(f?.message, 'maxCandidates must be an integer, not a fraction.');
  });

  test('a body wrapped in "value" on an open type is said to be when what is inside is the type\'s own (a message)', () => {
    assert.equal(problems(me('POST', '/me/messages', { value: { subject: 'Hi' } })).find(d => d.code === 'graph.body.valueWrapper')?.severity, 'error');
  });
});
