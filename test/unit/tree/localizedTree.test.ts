// The tree's item models read their texts through src/core/text/l10n.ts (vscode.l10n.t once activated), and the
// region choices come from the generated connectorGroup schema rather than a hand-kept copy.
import { afterEach, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { englishOnly, useTranslator } from '../../../src/core/text/l10n';
import { tenantFolders, tenantRoot } from '../../../src/core/tenant/structure';
import { emptyNode, loadMoreNode } from '../../../src/core/tenant/stateNodes';
import { mapConnectorGroup } from '../../../src/core/tenant/mapItems';
import { connectorGroupRegions, isRegion } from '../../../src/core/tenant/regions';

afterEach(() => useTranslator(englishOnly));

test('folder labels, state items and tooltips go through the installed translator', () => {
  const de: Record<string, string> = {
    'Sandbox tenant': 'Sandbox-Mandant', 'Connector groups': 'Connectorgruppen', 'No connector groups': 'Keine Connectorgruppen',
    'Load more…': 'Mehr laden…', '{0} loaded': '{0} geladen', 'Region: {0}': 'Region: {0}', 'Id: {0}': 'ID: {0}',
  };
  useTranslator((m, ...a) => englishOnly(de[m] ?? m, ...a));
  const root = tenantRoot({ environment: 'sandbox', cloudLabel: 'Global', username: 'adele@contoso.com' });
  assert.equal(root.label, 'Sandbox-Mandant');
  const [groups] = tenantFolders(root);
  assert.equal(groups.label, 'Connectorgruppen');
  assert.equal(emptyNode(groups).label, 'Keine Connectorgruppen');
  const more = loadMoreNode(groups, 'https://graph.microsoft.com/beta/x?$skiptoken=1', 100);
  assert.equal(more.label, 'Mehr laden…');
  assert.equal(more.description, '100 geladen');
  const group = mapConnectorGroup(groups, { id: 'g1', name: 'Sales', region: 'eur' })!;
  assert.match(group.tooltip!, /^ID: g1$/m);
  assert.match(group.tooltip!, /^Region: eur \(Europe\)$/m);
});

test('without a translator the tree reads as before (English)', () => {
  const root = tenantRoot({ environment: 'sandbox', cloudLabel: 'Global' });
  assert.deepEqual(tenantFolders(root).map(f => f.label), ['Connector groups', 'Connectors', 'External connections']);
});

test('the region choices are connectorGroupRegion\'s members with the docs\' meanings, without the evolvable sentinel', () => {
  // api-reference/beta/resources/connectorgroup.md: nam, eur, aus, asia, ind (and unknownFutureValue, never a choice).
  assert.deepEqual(connectorGroupRegions().map(r => `${r.value}=${r.meaning}`),
    ['nam=North America', 'eur=Europe', 'aus=Australia', 'asia=Asia', 'ind=India']);
  assert.equal(isRegion('unknownFutureValue'), false);
});
