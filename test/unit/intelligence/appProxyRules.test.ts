import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, createValidator, type GraphDiagnostic } from '../../../src/core/intelligence';
import facts from '../../../src/core/graph/facts/app-proxy-docs-facts.json';

// The App Proxy rules the docs state and the metadata cannot, as the editor and `validate` report them.
const APP = 'PATCH https://graph.microsoft.com/beta/applications/bf21f7e9-9d25-4da2-82ab-7fdd85049f83';
const req = (body: unknown) => `${APP}\nContent-Type: application/json\n\n${JSON.stringify(body, null, 2)}\n`;
const problems = (text: string, code: string): GraphDiagnostic[] => createValidator().validate(text).filter(d => d.code === code);
const kerberos = (settings?: Record<string, unknown>, internalUrl?: string) => req({
  onPremisesPublishing: { ...(internalUrl ? { internalUrl } : {}), singleSignOnSettings: { singleSignOnMode: 'onPremisesKerberos', ...(settings ? { kerberosSignOnSettings: settings } : {}) } },
});

describe('App Proxy docs rules (src/core/graph/facts/app-proxy-docs-facts.json)', () => {
  test('every rule and operation in the facts file names its repository, page and the words that state it', () => {
    for (const r of facts.rules) for (const s of r.sources) assert.ok(s.repo && s.page && s.commit && s.quote.length > 40, r.id);
    for (const o of facts.operations) assert.ok(o.source.repo && o.source.page && o.source.quote, o.id);
  });

  test('Kerberos SSO without kerberosSignOnSettings: a warning on the mode citing both pages; the fix adds SPN (from the internal URL) and mapping attribute', () => {
    const text = kerberos(undefined, 'https://iwademo.contoso.com/');
    const [d, ...more] = problems(text, 'graph.docs.kerberosSso');
    assert.equal(more.length, 0);
    assert.equal(d.severity, 'warning');
    assert.equal(text.slice(d.span.start, d.span.end), '"onPremisesKerberos"');
    assert.match(d.message, /kerberosServicePrincipalName, the "Internal Application SPN"/);
    assert.match(d.message, /\(docs: docs\/identity\/app-proxy\/how-to-configure-sso-with-kcd\.md; api-reference\/beta\/resources\/kerberossignonsettings\.md; concepts\/application-proxy-configure-api\.md\)/);
    const fixed = applyEdits(text, d.fixes![0].edits);
    assert.deepEqual(JSON.parse(fixed.slice(fixed.indexOf('{'))).onPremisesPublishing.singleSignOnSettings.kerberosSignOnSettings,
      { kerberosServicePrincipalName: 'HTTP/iwademo.contoso.com', kerberosSignOnMappingAttributeType: 'userPrincipalName' });
    assert.deepEqual(problems(fixed, 'graph.docs.kerberosSso'), [], 'the fixed body is clean');
  });

  test('a missing mapping attribute or SPN is named; without an internal URL the fix adds only the mapping attribute', () => {
    const noMapping = kerberos({ kerberosServicePrincipalName: 'HTTP/wiki.contoso.local' });
    const [m] = problems(noMapping, 'graph.docs.kerberosSso');
    assert.match(m.message, /names the identity the connector delegates \(kerberosSignOnMappingAttributeType/);
    assert.equal(noMapping.slice(m.span.start, m.span.end), '"kerberosSignOnSettings"');
    assert.deepEqual(problems(applyEdits(noMapping, m.fixes![0].edits), 'graph.docs.kerberosSso'), []);
    const noSpn = kerberos({ kerberosSignOnMappingAttributeType: 'userPrincipalName' });
    const [s] = problems(noSpn, 'graph.docs.kerberosSso');
    assert.match(s.message, /names the application server's service principal name/);
    assert.deepEqual(s.fixes, [], 'no host to build an SPN from');
    assert.equal(problems(kerberos({ kerberosServicePrincipalName: '', kerberosSignOnMappingAttributeType: 'userPrincipalName' }), 'graph.docs.kerberosSso').length, 1, 'an empty SPN names none');
  });

  test('no warning for a complete Kerberos configuration, header-based SSO, a {{variable}} mode, or another operation', () => {
    assert.deepEqual(problems(kerberos({ kerberosServicePrincipalName: 'HTTP/iwademo.contoso.com', kerberosSignOnMappingAttributeType: 'onPremisesSAMAccountName' }), 'graph.docs.kerberosSso'), []);
    assert.deepEqual(problems(req({ onPremisesPublishing: { singleSignOnSettings: { singleSignOnMode: 'headerBased' } } }), 'graph.docs.kerberosSso'), []);
    assert.deepEqual(problems(req({ onPremisesPublishing: { singleSignOnSettings: { singleSignOnMode: '{{mode}}' } } }), 'graph.docs.kerberosSso'), []);
    const group = 'POST https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups\nContent-Type: application/json\n\n{ "name": "onPremisesKerberos" }\n';
    assert.deepEqual(problems(group, 'graph.docs.kerberosSso'), []);
  });

  test('an external URL off msappproxy.net is a warning (verified domains are unknown offline) citing the custom-domain page', () => {
    const text = req({ onPremisesPublishing: { externalUrl: 'https://wiki.contoso.com/' } });
    const [d, ...more] = problems(text, 'graph.docs.externalUrlDomain');
    assert.equal(more.length, 0);
    assert.equal(d.severity, 'warning');
    assert.equal(text.slice(d.span.start, d.span.end), '"https://wiki.contoso.com/"');
    assert.match(d.message, /^'wiki\.contoso\.com' is not on your tenant's msappproxy\.net domain .* verified custom domain .*\(docs: docs\/identity\/app-proxy\/how-to-configure-custom-domain\.md\)\.$/);
    for (const ok of ['https://wiki-contoso.msappproxy.net/', 'https://WIKI-CONTOSO.MSAPPPROXY.NET', '{{externalUrl}}', 'not a url']) {
      assert.deepEqual(problems(req({ onPremisesPublishing: { externalUrl: ok } }), 'graph.docs.externalUrlDomain'), [], ok);
    }
    assert.equal(problems(req({ onPremisesPublishing: { externalUrl: 'https://evil.msappproxy.net.example.com/' } }), 'graph.docs.externalUrlDomain').length, 1);
  });
});
