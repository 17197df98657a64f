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

interface FilePick extends vscode.QuickPickItem { uri?: vscode.Uri }

/**
 * A JSON file: `given` (a path, absolute or relative to the first workspace folder, as tests and scripts pass it), else
 * a quick pick of the workspace's JSON files (and "Browse…" for one elsewhere). Undefined when cancelled.
 */
export async function pickJsonFile(title: string, given?: string): Promise<vscode.Uri | undefined> {
  if (given) {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    return /^([a-z]:[\\/]|[\\/])/i.test(given) || !folder ? vscode.Uri.file(given) : vscode.Uri.joinPath(folder, given);
  }
  const files = vscode.workspace.findFiles('**/*.json', '**/node_modules/**', 1000).then((uris): FilePick[] => [
    ...uris.sort((a, b) => a.fsPath.localeCompare(b.fsPath)).map((uri): FilePick => {
      const relative = vscode.workspace.asRelativePath(uri, false);
      const slash = relative.lastIndexOf('/');
      return { label: slash >= 0 ? relative.slice(slash + 1) : relative, description: slash >= 0 ? relative.slice(0, slash) : undefined, uri };
    }),
    { label: `$(folder-opened) ${vscode.l10n.t('Browse…')}` },
  ]);
  const pick = await vscode.window.showQuickPick(files, { title, placeHolder: vscode.l10n.t('A JSON file of the workspace'), matchOnDescription: true, ignoreFocusOut: true });
  if (!pick) return undefined;
  if (pick.uri) return pick.uri;
  const chosen = await vscode.window.showOpenDialog({ title, canSelectMany: false, filters: { JSON: ['json'] } });
  return chosen?.[0];
}

/** The file's text (UTF-8), or an error that names it. */
export async function readTextFile(uri: vscode.Uri): Promise<string> {
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch (e) {
    throw new Error(vscode.l10n.t('Could not read {0}: {1}', vscode.workspace.asRelativePath(uri, false), e instanceof Error ? e.message : String(e)));
  }
}
