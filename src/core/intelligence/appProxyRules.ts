import { type Node } from 'jsonc-parser';
import { objectRoot } from './bodyTree';
import facts from '../graph/facts/app-proxy-docs-facts.json';
import type { PreparedBody } from './bodyText';
import { addPropertiesFix, literalString as literal, rootProperties, spanOf } from './jsonEdits';
import type { CodeFix, GraphDiagnostic } from './types';
import { l10n } from '../text/l10n';

/**
 * App Proxy rules the docs state and Graph's metadata cannot: Kerberos single sign-on names a service principal name
 * and a mapping attribute; the external URL is on the tenant's msappproxy.net domain or a verified custom domain.
 * Each rule is read from the project's facts file (src/core/graph/facts/app-proxy-docs-facts.json), which quotes
 * its pages, and each message cites them. Only PATCH /applications/{id} bodies (`application.update`) carry them.
 */

interface FactRule { id: string; sources: { page: string }[] }

function factRule(id: string): FactRule {
  const found = (facts.rules as FactRule[]).find(r => r.id === id);
  if (!found) throw new Error(`app-proxy-docs-facts.json has no rule '${id}'`);
  return found;
}

const KERBEROS = factRule('appProxy.kerberosSso.spnAndMappingAttribute');
const DOMAIN = factRule('appProxy.externalUrl.domain');
const cite = (rule: FactRule): string => l10n.t('(docs: {0})', [...new Set(rule.sources.map(s => s.page))].join('; '));

const SPN = 'kerberosServicePrincipalName';
const MAPPING = 'kerberosSignOnMappingAttributeType';
/** The tutorial's value (concepts/application-proxy-configure-api.md), the first the resource page lists. */
const DEFAULT_MAPPING = 'userPrincipalName';

const valueOf = (props: Map<string, Node>, name: string): Node | undefined => props.get(name)?.children?.[1];

function hostOf(url: string): string | undefined {
  try { return new URL(url).hostname.toLowerCase() || undefined; } catch { return undefined; }
}

export function appProxyDiagnostics(prepared: PreparedBody, bodySchema: string | undefined): GraphDiagnostic[] {
  if (bodySchema !== 'application.update') return [];
  const root = objectRoot(prepared);
  if (!root) return [];
  const publishing = valueOf(rootProperties(root), 'onPremisesPublishing');
  if (publishing?.type !== 'object') return [];
  const props = rootProperties(publishing);
  const base = prepared.offset;
  const out: GraphDiagnostic[] = [];

  const external = valueOf(props, 'externalUrl');
  const externalHost = hostOf(literal(external) ?? '');
  if (external && externalHost && !externalHost.endsWith('.msappproxy.net')) {
    out.push({
      span: spanOf(external, base), severity: 'warning', code: 'graph.docs.externalUrlDomain',
      message: l10n.t("'{0}' is not on your tenant's msappproxy.net domain (<app>-<tenant>.msappproxy.net). Graph accepts another domain only when it is a verified custom domain of the tenant, with its certificate, which cannot be checked offline {1}.", externalHost, cite(DOMAIN)),
    });
  }

  const sso = valueOf(props, 'singleSignOnSettings');
  if (sso?.type === 'object') {
    const ssoProps = rootProperties(sso);
    const mode = valueOf(ssoProps, 'singleSignOnMode');
    if (literal(mode) === 'onPremisesKerberos') out.push(...kerberosProblems(prepared, sso, ssoProps, mode!, hostOf(literal(valueOf(props, 'internalUrl')) ?? '')));
  }
  return out.filter(d => !prepared.opaque.some(o => o.start < d.span.end && d.span.start < o.end));
}

/** `onPremisesKerberos` without the SPN or the mapping attribute; the fix fills them (SPN from the internal URL's host). */
function kerberosProblems(prepared: PreparedBody, sso: Node, ssoProps: Map<string, Node>, mode: Node, internalHost: string | undefined): GraphDiagnostic[] {
  const base = prepared.offset;
  const spnExample = internalHost ? `HTTP/${internalHost}` : undefined;
  const schema = { properties: { [SPN]: { 'x-example': spnExample }, [MAPPING]: { enum: [DEFAULT_MAPPING] } } };
  const settingsProp = ssoProps.get('kerberosSignOnSettings');
  const settings = settingsProp?.children?.[1];
  const message = (what: string) => l10n.t('Kerberos single sign-on (onPremisesKerberos) names {0} {1}.', what, cite(KERBEROS));
  const spnText = l10n.t('the application server\'s service principal name ({0}, the "Internal Application SPN")', SPN);
  const mappingText = l10n.t('the identity the connector delegates ({0}, the "Delegated Login Identity")', MAPPING);
  const spnAndMapping = l10n.t('{0} and {1}', spnText, mappingText);
  if (!settings || settings.type !== 'object') {
    if (settings) return [];
    const value = { ...(spnExample ? { [SPN]: spnExample } : {}), [MAPPING]: DEFAULT_MAPPING };
    const fix = addPropertiesFix(sso, prepared.json, base, ['kerberosSignOnSettings'], { properties: { kerberosSignOnSettings: { 'x-example': value } } });
    return [{ span: spanOf(mode, base), severity: 'warning', code: 'graph.docs.kerberosSso', message: message(`kerberosSignOnSettings: ${spnAndMapping}`), fixes: [fix] }];
  }
  const present = rootProperties(settings);
  const spn = valueOf(present, SPN);
  const missing = [SPN, MAPPING].filter(n => !present.has(n) || (n === SPN && spn?.type === 'string' && String(spn.value).trim() === ''));
  if (missing.length === 0) return [];
  const fillable = missing.filter(n => n === MAPPING || (spnExample && !present.has(n)));
  const fixes: CodeFix[] = fillable.length ? [addPropertiesFix(settings, prepared.json, base, fillable, schema)] : [];
  const what = missing.length === 2 ? spnAndMapping : missing[0] === SPN ? spnText : mappingText;
  return [{ span: spanOf(settingsProp!.children![0], base), severity: 'warning', code: 'graph.docs.kerberosSso', message: message(what), fixes }];
}
