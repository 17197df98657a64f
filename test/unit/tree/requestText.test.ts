import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseHttpFile } from '../../../src/core/http/parser';
import { createValidator } from '../../../src/core/intelligence';
import { mapApplication, mapConnector, mapConnectorGroup, mapExternalGroup } from '../../../src/core/tenant/mapItems';
import { PLACEHOLDER_ID, requestChoices, requestText, textToAppend } from '../../../src/core/tenant/requestText';
import { tenantFolders, tenantRoot } from '../../../src/core/tenant/structure';

const [groupsFolder, connectorsFolder] = tenantFolders(tenantRoot({ environment: 'sandbox', cloudLabel: 'Sandbox tenant' }));
const group = mapConnectorGroup(groupsFolder, { id: 'g1', name: 'EU', region: 'eur' })!;
const connector = mapConnector(connectorsFolder, { id: 'c1', machineName: 'M1', status: 'active' })!;
const CG = 'https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups';

describe('requestText', () => {
  test('every choice of every kind parses as one request with a Graph URL', () => {
    const ext = mapExternalGroup(groupsFolder, 'hr', { id: 'staff', displayName: 'Staff' })!;
    for (const node of [group, connector, ext]) {
      for (const c of requestChoices(node)) {
        const text = requestText(node, c.id, 'x1');
        const { requests } = parseHttpFile(text);
        assert.equal(requests.length, 1, `${node.kind}:${c.id}`);
        assert.match(requests[0].url, /^https:\/\/graph\.microsoft\.com\/(beta|v1\.0)\//);
      }
    }
  });

  test('get, rename and delete of a group', () => {
    assert.equal(requestText(group, 'get'), `### Get connector group "EU"\nGET ${CG}/g1\n`);
    assert.equal(requestText(group, 'update'), `### Rename connector group "EU"\nPATCH ${CG}/g1\nContent-Type: application/json\n\n{\n  "name": "EU"\n}\n`);
    assert.match(requestText(group, 'delete'), new RegExp(`^DELETE ${CG}/g1$`, 'm'));
  });

  test('adding a connector names it by @odata.id; without one, a placeholder and a note', () => {
    const text = requestText(group, 'addConnector', 'c9');
    assert.match(text, /^POST .*\/connectorGroups\/g1\/members\/\$ref$/m);
    assert.match(text, /"@odata\.id": "https:\/\/graph\.microsoft\.com\/beta\/onPremisesPublishingProfiles\/applicationProxy\/connectors\/c9"/);
    const placeholder = requestText(connector, 'addToGroup');
    assert.match(placeholder, new RegExp(`^# Replace ${PLACEHOLDER_ID}`, 'm'));
    assert.match(placeholder, /connectorGroups\/00000000-0000-0000-0000-000000000000"/);
  });

  test('"Open in a Request" on an app: GET beta with $select naming onPremisesPublishing and the main properties; it validates clean', () => {
    const app = mapApplication(groupsFolder, { id: 'o1', appId: 'a1', displayName: 'Expenses' })!;
    const text = requestText(app, 'get');
    assert.equal(text, [
      '### Get application "Expenses" (on-premises publishing)',
      '# Graph returns onPremisesPublishing (beta) only when $select names it.',
      'GET https://graph.microsoft.com/beta/applications/o1?$select=id,appId,displayName,identifierUris,web,onPremisesPublishing', '',
    ].join('\n'));
    assert.deepEqual(createValidator().validate(text), []);
  });

  test('appending keeps one blank line before the new ### block', () => {
    assert.equal(textToAppend('', 'B\n'), 'B\n');
    assert.equal(textToAppend('GET x', 'B\n'), '\n\nB\n');
    assert.equal(textToAppend('GET x\n', 'B\n'), '\nB\n');
    assert.equal(textToAppend('GET x\n\n', 'B\n'), 'B\n');
  });
});
