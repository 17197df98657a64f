import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createValidator } from '../../../src/core/intelligence';
import { fixture, where } from './helpers';

// The seeds (/work/shared/seeds/000..004) are docs pages whose example requests users paste into .http
// files. Each fixture is that example; the expected diagnostics are exact: code, 1-based range, message.
type Expected = [where: string, severity: string, message: string];

function check(file: string, expected: Expected[]) {
  const text = fixture(file);
  const actual = createValidator().validate(text);
  assert.deepEqual(actual.map(d => [where(text, d), d.severity]), expected.map(e => [e[0], e[1]]), file);
  actual.forEach((d, i) => assert.ok(d.message.includes(expected[i][2]), `${file} #${i}: "${d.message}" lacks "${expected[i][2]}"`));
  return { text, actual };
}

describe('seed acceptance', () => {
  test('000: malformed collection URI, placeholders and read-only properties', () => {
    const { actual } = check('000-create-connectorgroup-malformed-url.http', [
      ['graph.url.malformed 2:6-2:100', 'error', 'Malformed Graph URL: The URL contains spaces'],
      // The page's Content-length: 162 is the body's length with CRLF line breaks; this fixture's are LF (156 bytes).
      ['graph.header.contentLength 4:17-4:20', 'error', 'Content-Length says 162 bytes, but the body is 156: Graph would wait for bytes that never come. Remove the header; the length is computed when sending. (162 is its length with CRLF line breaks'],
      ['graph.body.placeholder 8:11-8:19', 'info', '"String" looks like a documentation placeholder: put the real name here'],
      ['graph.body.readOnly 9:3-9:23', 'warning', '`connectorGroupType` is read-only'],
      ['graph.body.readOnly 10:3-10:14', 'warning', '`isDefault` is read-only'],
      ['graph.body.placeholder 11:13-11:21', 'error', 'region must be nam (North America), eur (Europe), aus (Australia), asia (Asia) or ind (India)'],
    ]);
    assert.equal(actual[0].fixes![0].edits[0].newText, 'https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups');
    assert.equal(actual[5].fixes![0].edits[0].newText, '"nam"');
  });

  test('001: {ver} placeholder and the obsolete /connectorGroups path', () => {
    const { actual } = check('001-create-connectorgroup-old-docs.http', [
      ['graph.url.unknownVersion 2:34-2:39', 'error', "'{ver}' is a documentation placeholder for the API version: use v1.0 or beta"],
      ['graph.url.unknownPath 2:39-2:55', 'error', "Unknown Graph path '/connectorGroups'. Did you mean '/onPremisesPublishingProfiles/applicationProxy/connectorGroups'?"],
      ['graph.header.contentLength 4:17-4:19', 'error', 'Content-Length says 99 bytes, but the body is 100: Graph would read it cut off.'],
    ]);
    assert.equal(actual[1].fixes![0].edits[0].newText, 'beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups');
  });

  test('002: v1.0 path Graph does not have; the nearest route is beta-only', () => {
    const { actual } = check('002-add-connectorgroup-v1.http', [
      ['graph.url.unknownPath 2:38-2:119', 'error', "Did you mean '/applications/{applicationObjectId}/connectorGroup/$ref' (beta only)?"],
      ['graph.header.contentLength 4:17-4:20', 'error', '(162 is its length with CRLF line breaks'],
      ['graph.body.readOnly 8:3-8:23', 'warning', '`connectorGroupType` is read-only'],
      ['graph.body.readOnly 9:3-9:14', 'warning', '`isDefault` is read-only'],
      ['graph.body.placeholder 10:11-10:19', 'info', 'put the real name here'],
      ['graph.body.placeholder 11:13-11:21', 'error', 'region must be nam (North America)'],
    ]);
    assert.equal(actual[0].fixes![0].edits[0].newText, 'beta/applications/{applicationsId}/connectorGroup/$ref');
  });

  test('003: /connections alias, {connectionsId} placeholder, id required', () => {
    check('003-create-externalgroup.http', [
      ['graph.url.entitySetAlias 2:38-2:50', 'info', "the documented path starts with '/external/connections'"],
      ['graph.url.placeholder 2:51-2:66', 'warning', "'{connectionsId}' is a documentation placeholder"],
      ['graph.header.contentLength 4:17-4:20', 'error', '(130 is its length with CRLF line breaks'],
      ['graph.body.missingRequired 6:1-6:2', 'error', "Missing required property 'id' to create an externalGroup."],
      ['graph.body.placeholder 8:18-8:26', 'info', 'put the real displayName here'],
      ['graph.body.placeholder 9:18-9:26', 'info', 'put the real description here'],
    ]);
  });

  test('004: headers after a blank line, {id} placeholders in the URL and in @odata.id', () => {
    const { text, actual } = check('004-add-connector-to-group.http', [
      ['graph.url.placeholder 2:96-2:100', 'warning', "'{id}' is a documentation placeholder"],
      ['graph.body.headersAfterBlankLine 4:1-5:19', 'error', 'the blank line above them ended the headers'],
      ['graph.body.placeholder 8:16-8:117', 'warning', "'{id}' in @odata.id is a documentation placeholder: put the connectorGroup's id there."],
    ]);
    const edit = actual[1].fixes![0].edits[0];
    assert.equal(text.slice(edit.span.start, edit.span.end), '\n\n');
  });
});
