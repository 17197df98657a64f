import { vscode } from '../api';
import type { GraphSend } from '../../core/tenant/tenantAnswers';
import { graphUrls } from '../../core/tenant/graphUrls';
import { listAll } from '../../core/tenant/tenantActions';

type Json = Record<string, unknown>;
interface IdPick extends vscode.QuickPickItem { id: string }
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Quick pick of every connector (all pages); resolves to its id, or undefined when cancelled. */
export async function pickConnector(send: GraphSend, title: string): Promise<string | undefined> {
  const connectors = listAll(send, graphUrls.connectors(), 'connectors');
  const pick = await vscode.window.showQuickPick<IdPick>(connectors.then(cs => cs.map((c: Json): IdPick => ({
    label: text(c.machineName) || text(c.id), description: text(c.status), detail: `${text(c.externalIp)} · ${text(c.version)} · ${text(c.id)}`, id: text(c.id),
  }))), { title, placeHolder: vscode.l10n.t('Connector'), matchOnDescription: true, matchOnDetail: true, ignoreFocusOut: true });
  return pick?.id;
}

/** Quick pick of every connector group except `excludeId`; resolves to its id. */
export async function pickConnectorGroup(send: GraphSend, title: string, excludeId?: string): Promise<string | undefined> {
  const groups = listAll(send, graphUrls.connectorGroups(), 'connector groups');
  const pick = await vscode.window.showQuickPick<IdPick>(groups.then(gs => gs.filter((g: Json) => g.id !== excludeId).map((g: Json): IdPick => ({
    label: text(g.name) || text(g.id), description: [text(g.region), g.isDefault === true ? 'default' : ''].filter(Boolean).join(' · '), detail: text(g.id), id: text(g.id),
  }))), { title, placeHolder: vscode.l10n.t('Connector group'), matchOnDescription: true, matchOnDetail: true, ignoreFocusOut: true });
  return pick?.id;
}
