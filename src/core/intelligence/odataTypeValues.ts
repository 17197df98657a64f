import type { Node } from 'jsonc-parser';
import type { GraphDiagnostic } from './types';
import { spanOf } from './jsonEdits';
import { loadV1Model } from '../graph/v1Model';
import { l10n } from '../text/l10n';

/**
 * A nested value's `@odata.type` that names no type the value may have, with the types it may name (the service's
 * list) and a fix for each of a few. Naming the abstract base itself is said as such: intune-deviceconfig-windows10
 * customconfiguration-create sends `microsoft.graph.omaSetting` (Abstract="true") for each of its omaSettings. From
 * bodyRules' classification of the service's message; a value that holds a {{variable}} is not asked about.
 */
export function nestedOdataType(node: Node, message: string, base: number): GraphDiagnostic | undefined {
  const listed = /^Value is not accepted\. Valid values: (.*)\.$/.exec(message)?.[1];
  if (!listed || node.type !== 'string') return undefined;
  let valid: string[];
  try { valid = JSON.parse(`[${listed}]`); } catch { return undefined; }
  const vspan = spanOf(node, base);
  const written = String(node.value).replace(/^#/, '');
  const m = written.startsWith('microsoft.graph.') ? loadV1Model() : undefined;
  const list = valid.join(', ');
  const fixes = valid.length <= 8 ? valid.map(v => ({ title: l10n.t('Change to "{0}"', v), edits: [{ span: vspan, newText: JSON.stringify(v) }], ...(valid.length === 1 ? { isPreferred: true } : {}) })) : undefined;
  return {
    span: vspan, severity: 'error', code: 'graph.body.odataType',
    message: m?.types[written]?.a
      ? l10n.t('"{0}" is abstract (Abstract="true" in Graph\'s metadata): this value names a concrete type: {1}.', node.value, list)
      : l10n.t('"{0}" is no type this value may have: @odata.type names one of {1}.', node.value, list),
    ...(fixes ? { fixes } : {}),
  };
}
