// Localization, as VS Code's own extensions do it: the manifest's texts are %key% references resolved from
// package.nls.json at load time, the code's through vscode.l10n.t and l10n/bundle.l10n.json. These checks keep
// both sides in step (a missing key shows users "%command.x.title%"; a stale one is dead weight for translators).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { bundleOf, l10nStrings, sourceFiles } from '../../../scripts/l10n-strings.mjs';
import { nls, pkg, read, root } from './manifestFiles';

/** Every string in the manifest, with where it is. */
function strings(value: unknown, where: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([where, value]);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, `${where}.${k}`, out);
  return out;
}
const all = strings(pkg, 'package.json');
const KEY = /^%([^%\s]+)%$/;

describe('package.nls.json', () => {
  test('every %key% in package.json is in package.nls.json', () => {
    assert.deepEqual(all.filter(([, v]) => KEY.test(v) && !(v.slice(1, -1) in nls)).map(([w, v]) => `${w}: ${v}`), []);
  });

  test('every key of package.nls.json is used in package.json', () => {
    const used = new Set(all.map(([, v]) => KEY.exec(v)?.[1]).filter(Boolean));
    assert.deepEqual(Object.keys(nls).filter(k => !used.has(k)), []);
  });

  test('every text is a non-empty string', () => {
    assert.deepEqual(Object.entries(nls).filter(([, v]) => typeof v !== 'string' || !v.trim()).map(([k]) => k), []);
  });

  test('the user-facing texts of the manifest are all %key% references', () => {
    const c = pkg.contributes;
    const texts: [string, unknown][] = [['displayName', pkg.displayName], ['description', pkg.description],
      ['capabilities.untrustedWorkspaces.description', pkg.capabilities.untrustedWorkspaces.description],
      ['capabilities.virtualWorkspaces.description', pkg.capabilities.virtualWorkspaces.description],
      ['configuration.title', c.configuration.title]];
    for (const cmd of c.commands) texts.push([`${cmd.command}.title`, cmd.title], [`${cmd.command}.category`, cmd.category]);
    for (const [id, p] of Object.entries<any>(c.configuration.properties)) {
      texts.push([`${id}.description`, p.description ?? p.markdownDescription]);
      for (const [i, d] of (p.enumDescriptions ?? []).entries()) texts.push([`${id}.enumDescriptions[${i}]`, d]);
    }
    for (const v of Object.values<any[]>(c.viewsContainers).flat()) texts.push([`${v.id}.title`, v.title]);
    for (const v of Object.values<any[]>(c.views).flat()) texts.push([`${v.id}.name`, v.name], [`${v.id}.contextualTitle`, v.contextualTitle]);
    for (const w of c.walkthroughs) {
      texts.push([`${w.id}.title`, w.title], [`${w.id}.description`, w.description]);
      for (const s of w.steps) {
        texts.push([`${s.id}.title`, s.title], [`${s.id}.description`, s.description]);
        if (s.media.altText) texts.push([`${s.id}.altText`, s.media.altText]);
      }
    }
    for (const w of c.viewsWelcome) texts.push([`${w.view}.contents`, w.contents]);
    assert.deepEqual(texts.filter(([, v]) => v !== undefined && !KEY.test(String(v))).map(([w]) => w), []);
  });
});

describe('l10n/bundle.l10n.json', () => {
  const bundlePath = 'l10n/bundle.l10n.json';
  const { messages, notLiteral } = l10nStrings(sourceFiles(join(root, 'src')), root);

  test('package.json points VS Code at the l10n folder', () => {
    assert.equal(pkg.l10n, './l10n');
    assert.ok(existsSync(join(root, bundlePath)));
  });

  test('the editor layer calls vscode.l10n.t, and only with literal messages', () => {
    assert.ok(messages.length > 50, `only ${messages.length} messages found`);
    assert.deepEqual(notLiteral, []);
  });

  test('the bundle is what scripts/export-l10n.mjs writes from the code (every message, nothing stale)', () => {
    const bundle = JSON.parse(read(bundlePath));
    assert.deepEqual(messages.filter(m => !(m in bundle)), [], 'missing from the bundle: run node scripts/export-l10n.mjs');
    assert.deepEqual(Object.keys(bundle).filter(k => !messages.includes(k)), [], 'stale in the bundle: run node scripts/export-l10n.mjs');
    assert.deepEqual(bundle, bundleOf(messages));
  });

  test('the CLI\'s English output is a contract: src/cli and src/sandbox do not localize, and only the extension installs a translator', () => {
    const { messages: outside } = l10nStrings(['sandbox', 'cli'].flatMap(d => sourceFiles(join(root, 'src', d))), root);
    assert.deepEqual(outside, []);
    // src/core's editor-facing texts (src/core/text/l10n.ts) stay English unless activation points them at vscode.l10n.t.
    const installers = sourceFiles(join(root, 'src')).filter(f => /\buseTranslator\(/.test(read(relative(root, f))) && !f.endsWith(join('core', 'text', 'l10n.ts')));
    assert.deepEqual(installers.map(f => relative(root, f)), [join('src', 'extension.ts')]);
  });
});

describe('.vscodeignore', () => {
  /** vsce's patterns, as far as this file uses them: `**` any path, `*` any name part. */
  const patterns = read('.vscodeignore').split('\n').map(l => l.trim()).filter(l => l && !l.startsWith('#') && !l.startsWith('!'));
  const ignored = (path: string) => patterns.some(p => new RegExp(`^${p.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*\/?/g, '\u0000').replace(/\*/g, '[^/]*').replace(/\u0000/g, '(.*/)?').replace(/\(\.\*\/\)\?$/, '.*')}(/.*)?$`).test(path));

  test('the package ships package.nls.json and the l10n bundle', () => {
    assert.ok(patterns.length > 0);
    assert.ok(ignored('src/extension.ts') && ignored('node_modules/x/index.js'), 'the pattern reader understands this file');
    for (const path of ['package.nls.json', 'l10n/bundle.l10n.json']) assert.ok(!ignored(path), `${path} is excluded from the package`);
  });
});
