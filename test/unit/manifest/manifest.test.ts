// package.json is the extension's contract with VS Code: these checks catch what vsce and the marketplace
// would only report late (or never), such as a grammar path that points nowhere. Plain Node, no editor.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { nls, pkg, root } from './manifestFiles';

/** A manifest text as VS Code shows it: `%key%` resolved from package.nls.json (l10n.test.ts checks the keys). */
const text = (value: unknown) => (typeof value === 'string' ? value.replace(/^%([^%\s]+)%$/, (m, key) => nls[key] ?? m) : value) as string | undefined;
const contributes = pkg.contributes ?? {};
const exists = (relativePath: string) => existsSync(join(root, relativePath));
/** Command ids contributed by this extension. */
const commandIds = new Set<string>((contributes.commands ?? []).map((c: { command: string }) => c.command));
const OUR_PREFIX = 'graphConnectorGroups.';

describe('package.json: identity', () => {
  test('name, displayName and publisher', () => {
    assert.equal(pkg.name, 'graph-connector-groups');
    assert.equal(pkg.publisher, 'graph-connector-groups');
    assert.equal(text(pkg.displayName), 'Graph Connector Groups');
  });

  test('the extension id the host tests use is publisher.name', () => {
    assert.equal(`${pkg.publisher}.${pkg.name}`, 'graph-connector-groups.graph-connector-groups');
  });

  test('engines.vscode is ^1.100.0 and matches the pinned @types/vscode', () => {
    assert.equal(pkg.engines?.vscode, '^1.100.0');
    const types = pkg.devDependencies?.['@types/vscode'];
    assert.match(types ?? '', /^\d+\.\d+\.\d+$/, '@types/vscode must be pinned exactly, or the API used can outrun engines.vscode');
    assert.equal(types, pkg.engines.vscode.replace(/^\^/, ''));
    const installed = join(root, 'node_modules/@types/vscode/package.json');
    if (existsSync(installed)) assert.equal(JSON.parse(readFileSync(installed, 'utf8')).version, types);
  });

  test('main is the esbuild bundle', () => {
    assert.equal(pkg.main, './dist/extension.js');
  });

  test('icon exists and is a PNG', () => {
    assert.ok(pkg.icon, 'icon is declared');
    assert.ok(exists(pkg.icon), `${pkg.icon} exists`);
    const magic = readFileSync(join(root, pkg.icon)).subarray(0, 8);
    assert.deepEqual([...magic], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });
});

describe('package.json: activation and capabilities', () => {
  test('activationEvents: contributions imply activation, except for a workspace with only body files (Graph rules on them)', () => {
    const globs = pkg.contributes.jsonValidation.flatMap((j: { fileMatch: string | string[] }) => [j.fileMatch].flat());
    assert.deepEqual(pkg.activationEvents, globs.map((g: string) => `workspaceContains:**/${g}`));
  });

  test('capabilities.untrustedWorkspaces is declared', () => {
    const u = pkg.capabilities?.untrustedWorkspaces;
    assert.ok(u, 'capabilities.untrustedWorkspaces');
    assert.ok([true, false, 'limited'].includes(u.supported));
    if (u.supported === 'limited') assert.ok(u.description, 'a limited trust mode says what is limited');
  });
});

describe('package.json: contributed files exist', () => {
  /** Every file path anywhere under `contributes` (grammar, snippets, schemas, icons, ...); globs such as fileMatch are not paths. */
  function contributedFiles(value: unknown, where: string, out: [string, string][] = []): [string, string][] {
    if (typeof value === 'string') {
      const looksLikeFile = /^\.\.?\/|^[\w.-]+\/[\w./-]+\.\w+$|^[\w.-]+\.(json|jsonc|code-snippets|png|svg|gif|md)$/.test(value);
      if (looksLikeFile && !/[*{}\s]|^\$\(|^https?:/.test(value)) out.push([where, value]);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) contributedFiles(v, Array.isArray(value) ? `${where}[${k}]` : `${where}.${k}`, out);
    }
    return out;
  }
  const files = contributedFiles(contributes, 'contributes');

  test('the manifest contributes a grammar, snippets and a language configuration', () => {
    assert.ok((contributes.grammars ?? []).length > 0);
    assert.ok((contributes.snippets ?? []).length > 0);
    assert.ok((contributes.languages ?? []).some((l: any) => l.configuration));
    for (const kind of ['grammars', 'snippets']) {
      for (const [i] of (contributes[kind] ?? []).entries()) {
        assert.ok(files.some(([where]) => where === `contributes.${kind}[${i}].path`), `contributes.${kind}[${i}].path is checked`);
      }
    }
  });

  for (const [where, path] of files) {
    test(`${where}: ${path}`, () => {
      assert.ok(exists(path), `${path} does not exist`);
      if (/\.(json|jsonc|code-snippets)$/.test(path)) {
        // VS Code reads these as JSON with comments: they must parse as such.
        const errors: ParseError[] = [];
        parse(readFileSync(join(root, path), 'utf8'), errors, { allowTrailingComma: true });
        assert.deepEqual(errors.map((e) => `${printParseErrorCode(e.error)} at offset ${e.offset}`), [], `${path} is not valid JSON`);
      }
    });
  }
});

describe('package.json: commands', () => {
  test('at least one command is contributed', () => {
    assert.ok(commandIds.size > 0);
  });

  test(`every command id starts with ${OUR_PREFIX} and is unique`, () => {
    const ids = (contributes.commands ?? []).map((c: any) => c.command);
    assert.deepEqual(ids.filter((id: string) => !id.startsWith(OUR_PREFIX)), []);
    assert.equal(new Set(ids).size, ids.length, 'duplicate command ids');
  });

  test('every command has a title and a category', () => {
    const bad = (contributes.commands ?? []).filter((c: any) => !text(c.title)?.trim() || !text(c.category)?.trim() || /%/.test(text(c.title)!)).map((c: any) => c.command);
    assert.deepEqual(bad, []);
  });

  test('menus and keybindings only name contributed commands', () => {
    const referenced: string[] = [];
    for (const items of Object.values<any[]>(contributes.menus ?? {})) for (const m of items) if (m.command) referenced.push(m.command);
    for (const k of contributes.keybindings ?? []) referenced.push(k.command);
    const unknown = referenced.filter((id) => id.startsWith(OUR_PREFIX) && !commandIds.has(id));
    assert.deepEqual([...new Set(unknown)], []);
  });

  test('views live in a contributed view container', () => {
    const containers = new Set(Object.values<any[]>(contributes.viewsContainers ?? {}).flat().map((c) => c.id));
    for (const where of Object.keys(contributes.views ?? {})) {
      assert.ok(['explorer', 'scm', 'debug', 'test'].includes(where) || containers.has(where), `views.${where}: no such container`);
    }
  });
});
