// Request intelligence in the real editor: diagnostics at exact ranges, completion, hover, quick fixes.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, workspaceFile } from './helpers';

async function diagnosticsOf(uri: vscode.Uri, atLeast: number): Promise<vscode.Diagnostic[]> {
  for (let i = 0; i < 100; i++) {
    const found = vscode.languages.getDiagnostics(uri).filter(d => d.source === 'Graph Connector Groups');
    if (found.length >= atLeast) return found;
    await new Promise(r => setTimeout(r, 100));
  }
  return vscode.languages.getDiagnostics(uri);
}

function rangeText(doc: vscode.TextDocument, range: vscode.Range): string {
  return doc.getText(range);
}

suite('Request intelligence', () => {
  let doc: vscode.TextDocument;

  suiteSetup(async () => {
    await activateExtension();
    doc = await vscode.workspace.openTextDocument(workspaceFile('mistakes.http'));
    await vscode.window.showTextDocument(doc);
  });
  suiteTeardown(closeAllEditors);

  test('diagnostics sit on the exact places: placeholder enum, read-only property, beta-only under v1.0', async () => {
    const diags = await diagnosticsOf(doc.uri, 3);
    const byCode = new Map(diags.map(d => [String(d.code), d]));
    const placeholder = byCode.get('graph.body.placeholder');
    assert.ok(placeholder, `no placeholder diagnostic in ${JSON.stringify(diags.map(d => d.code))}`);
    assert.equal(rangeText(doc, placeholder.range), '"String"');
    assert.deepEqual([placeholder.range.start.line, placeholder.range.start.character], [6, 12]);
    assert.match(placeholder.message, /nam \(North America\)/);
    assert.equal(placeholder.severity, vscode.DiagnosticSeverity.Error);

    const readOnly = byCode.get('graph.body.readOnly');
    assert.ok(readOnly);
    assert.equal(rangeText(doc, readOnly.range), '"isDefault"');
    assert.equal(readOnly.severity, vscode.DiagnosticSeverity.Warning);

    const betaOnly = byCode.get('graph.url.versionUnavailable');
    assert.ok(betaOnly);
    assert.equal(rangeText(doc, betaOnly.range), 'v1.0');
    assert.equal(betaOnly.range.start.line, 11);
  });

  test('the selected national cloud checks path-only URLs: China has no v1.0 external connections', async () => {
    const china = await vscode.workspace.openTextDocument({ language: 'http', content: 'GET /v1.0/external/connections\n' });
    const config = vscode.workspace.getConfiguration('graphConnectorGroups');
    const codes = () => vscode.languages.getDiagnostics(china.uri).map(d => String(d.code));
    try {
      await new Promise(r => setTimeout(r, 500));
      assert.ok(!codes().includes('graph.url.cloudUnavailable'), 'Global has them');
      await config.update('cloud', 'China', vscode.ConfigurationTarget.Global);
      for (let i = 0; i < 50 && !codes().includes('graph.url.cloudUnavailable'); i++) await new Promise(r => setTimeout(r, 100));
      const d = vscode.languages.getDiagnostics(china.uri).find(x => x.code === 'graph.url.cloudUnavailable');
      assert.ok(d, `no cloud diagnostic in ${JSON.stringify(codes())}`);
      assert.match(d.message, /China/);
    } finally {
      await config.update('cloud', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('completion inside the region value offers the enum', async () => {
    const pos = new vscode.Position(6, 13);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos);
    const labels = list.items.map(i => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const region of ['nam', 'eur', 'aus', 'asia', 'ind']) assert.ok(labels.includes(region), `${region} missing from ${labels.join(', ')}`);
  });

  test('hover on a property explains it, with enum meanings', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(6, 5));
    const text = hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n');
    assert.match(text, /connectorGroupRegion/);
    assert.match(text, /North America/);
  });

  test('hover on the request line names the operation and its permission', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(1, 1));
    const text = hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n');
    assert.match(text, /Directory\.ReadWrite\.All/);
  });

  test('quick fixes edit the document: /v1.0/ -> /beta/ and the nearest enum value', async () => {
    const editor = await vscode.window.showTextDocument(doc);
    const diags = await diagnosticsOf(doc.uri, 3);
    const betaOnly = diags.find(d => d.code === 'graph.url.versionUnavailable')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, betaOnly.range, vscode.CodeActionKind.QuickFix.value);
    const useBeta = actions.find(a => /beta/.test(a.title));
    assert.ok(useBeta?.edit, `no /beta/ fix among ${actions.map(a => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(useBeta.edit));
    assert.match(doc.lineAt(11).text, /^GET https:\/\/graph\.microsoft\.com\/beta\/onPremisesPublishingProfiles/);

    const placeholder = diags.find(d => d.code === 'graph.body.placeholder')!;
    const fixes = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, placeholder.range, vscode.CodeActionKind.QuickFix.value);
    const preferred = fixes.find(a => a.isPreferred && a.edit);
    assert.ok(preferred?.edit);
    assert.ok(await vscode.workspace.applyEdit(preferred.edit));
    assert.equal(doc.lineAt(6).text, '  "region": "nam",');
    // The fixed request is clean once re-validated.
    for (let i = 0; i < 50 && vscode.languages.getDiagnostics(doc.uri).some(d => d.code === 'graph.body.placeholder'); i++) await new Promise(r => setTimeout(r, 100));
    assert.ok(!vscode.languages.getDiagnostics(doc.uri).some(d => d.code === 'graph.body.placeholder' || d.code === 'graph.url.versionUnavailable'));
    await vscode.commands.executeCommand('workbench.action.files.revert', editor.document.uri);
  });

  test('a *.connectorGroup.json body file is validated by VS Code\'s JSON support against the generated schema', async function () {
    this.timeout(30_000);
    const json = await vscode.workspace.openTextDocument(workspaceFile('new-group.connectorGroup.json'));
    await vscode.window.showTextDocument(json);
    let diags: vscode.Diagnostic[] = [];
    for (let i = 0; i < 150 && !diags.length; i++) {
      await new Promise(r => setTimeout(r, 100));
      diags = vscode.languages.getDiagnostics(json.uri);
    }
    const onRegion = diags.find(d => json.getText(d.range) === '"String"');
    assert.ok(onRegion, `no diagnostic on the region value: ${JSON.stringify(diags.map(d => d.message))}`);
    assert.match(onRegion.message, /nam|eur|allowed|Value is not accepted/i);
  });
});
