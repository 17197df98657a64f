import type { Node } from 'jsonc-parser';
import type { GraphSchema } from '../graph/schemas';
import { shortTypeName } from '../graph/schemas';
import type { RouteTable } from '../graph/types';
import { matchRoute, normalizeVersion, parseGraphUrl } from '../graph/routes';
import type { GraphDiagnostic } from './types';
import { spanOf } from './jsonEdits';
import { l10n } from '../text/l10n';
import { BRACED } from './placeholders';

/**
 * `@odata.id` in a $ref body must be the URL of one entity of the right type: a connector group for
 * `connectors/{id}/memberOf/$ref` and `applications/{id}/connectorGroup/$ref`, a connector for
 * `connectorGroups/{id}/members/$ref`. JSON Schema only knows it is a string.
 */
export function odataIdProblems(props: Map<string, Node>, schema: GraphSchema, base: number, table: RouteTable): GraphDiagnostic[] {
  const s = schema.properties?.['@odata.id'];
  const value = props.get('@odata.id')?.children?.[1];
  if (!s?.['x-refTarget'] || value?.type !== 'string') return [];
  const url = String(value.value);
  if (url.startsWith('{{')) return [];
  const target: string = s['x-refTarget'];
  const short = shortTypeName(target);
  const example: string = s['x-example'];
  const span = spanOf(value, base);
  const replaceWithExample = [{ title: l10n.t('Use a {0} URL', short), edits: [{ span, newText: JSON.stringify(example) }], isPreferred: true }];
  const wrong = (message: string, fixes = replaceWithExample): GraphDiagnostic[] => [{ span, severity: 'error', code: 'graph.body.odataId', message, fixes }];
  const parsed = parseGraphUrl(url, table);
  if (!parsed.ok || !parsed.origin) return wrong(l10n.t('@odata.id must be the absolute Graph URL of a {0}, like {1}.', short, example));
  let version = normalizeVersion(parsed.version, table);
  if (!version) {
    const withBeta = matchRoute(table, 'beta', `/${parsed.version}${parsed.path}`);
    if (withBeta?.route.resourceType === target) {
      const fixed = `${parsed.origin}/beta${url.slice(parsed.origin.length)}`;
      return wrong(l10n.t('@odata.id has no API version: use {0}.', fixed), [{ title: l10n.t('Insert /beta'), edits: [{ span, newText: JSON.stringify(fixed) }], isPreferred: true }]);
    }
    return wrong(l10n.t('@odata.id must be the absolute Graph URL of a {0}, like {1}.', short, example));
  }
  const match = matchRoute(table, version, parsed.path) ?? (version = 'beta', matchRoute(table, 'beta', parsed.path));
  const single = match && /\}$/.test(match.route.template);
  if (!match || match.route.resourceType !== target || !single) {
    const type = match?.route.resourceType ? shortTypeName(match.route.resourceType) : undefined;
    const what = !type ? l10n.t('no known resource') : single ? l10n.t('a {0}', type) : l10n.t('the collection of {0}s', type);
    return wrong(l10n.t('@odata.id addresses {0}, but this request links a {1}: use a URL like {2}.', what, short, example));
  }
  const placeholders = parsed.segments.filter(seg => BRACED.test(seg));
  return placeholders.length
    ? [{ span, severity: 'warning', code: 'graph.body.placeholder', message: l10n.t("'{0}' in @odata.id is a documentation placeholder: put the {1}'s id there.", placeholders[0], short) }]
    : [];
}
