// A headless Chromium on a code-server workbench, and a small UI API for smoke tests and screenshots
// (open a file, run a palette command, click a tree item, take a screenshot).
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ensureHost, findChromium, REPO_ROOT } from './install-host.mjs';

export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results', 'screenshots');

// Without the background-networking flags the closed network refuses many connections and slows startup.
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-default-apps',
  '--disable-crash-reporter', '--disable-breakpad']; // no crash database under the real ~/.config

export async function launchBrowser() {
  const { dir } = ensureHost();
  const { chromium } = createRequire(join(dir, 'package.json'))('playwright-core');
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium found (apt-get install chromium, or set CHROMIUM=/path/to/chrome)');
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

// code-server's remote authority is "remote": server paths are vscode-remote://remote/<path>.
const remote = (p) => `vscode-remote://remote${p}`;

/** The workbench URL for a folder, optionally with a development extension and an extension test module. */
export function workbenchUrl(baseUrl, { folder, extensionDevelopmentPath, extensionTestsPath }) {
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const q = new URLSearchParams();
  if (folder) q.set('folder', folder);
  if (payload.length) q.set('payload', JSON.stringify(payload));
  return `${baseUrl}/?${q}`;
}

/**
 * Built VS Code web workbenches honour the extensionDevelopmentPath/extensionTestsPath payload only with
 * developmentOptions.enableSmokeTestDriver, which code-server's CLI does not expose: patch the configuration
 * embedded in the page before the workbench reads it.
 */
export async function enableSmokeTestDriver(page) {
  await page.addInitScript(() => {
    const patch = (el) => {
      try {
        const s = JSON.parse(el.getAttribute('data-settings'));
        s.developmentOptions = { ...(s.developmentOptions || {}), enableSmokeTestDriver: true };
        el.setAttribute('data-settings', JSON.stringify(s));
      } catch (e) { console.error('enableSmokeTestDriver patch failed', e); }
    };
    new MutationObserver((_m, obs) => {
      const el = document.getElementById('vscode-workbench-web-configuration');
      if (el) { patch(el); obs.disconnect(); }
    }).observe(document, { childList: true, subtree: true });
  });
}

export class Workbench {
  /** @param {import('playwright-core').Page} page */
  constructor(page) { this.page = page; }

  /** Opens the workbench for `folder` (with the extension under development, if given) and waits until it is usable. */
  static async open(browser, baseUrl, { folder, extensionDevelopmentPath, viewport = { width: 1280, height: 800 } }) {
    const page = await browser.newPage({ viewport });
    page.on('console', (m) => { if (process.env.VERBOSE && m.type() === 'error') console.error('[browser]', m.text().slice(0, 400)); });
    await enableSmokeTestDriver(page);
    await page.goto(workbenchUrl(baseUrl, { folder, extensionDevelopmentPath }));
    const wb = new Workbench(page);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 }).catch(() => {});
    return wb;
  }

  /** Runs a command from the command palette by its title as shown there (e.g. "View: Close All Editors"). */
  async runCommand(title) {
    const { page } = this;
    await this.focusWorkbench();
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`>${title}`);
    // Click the row whose label is the title: with fuzzy matching, the highlighted first row can be another command.
    const label = (t) => t.replace(/\s+/g, ' ').trim();
    const rows = page.locator('.quick-input-list .monaco-list-row', { hasText: title });
    // Right after start-up the development extension's commands may not be registered yet: type the filter again.
    for (let attempt = 0; ; attempt++) {
      try { await rows.first().waitFor({ timeout: 5_000 }); break; } catch (e) {
        if (attempt >= 6) throw e;
        await input.fill('>');
        await input.fill(`>${title}`);
      }
    }
    const labels = await rows.locator('.label-name').allInnerTexts();
    const exact = labels.findIndex((l) => label(l) === label(title));
    await rows.nth(exact >= 0 ? exact : 0).click();
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => {});
  }

  /** Opens a workspace file by its path relative to the folder, via Quick Open, and waits for its editor. */
  async openFile(relativePath) {
    const { page } = this;
    const name = relativePath.split('/').pop();
    await this.focusWorkbench();
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(relativePath);
    // Enter opens the focused row: wait until that is the file asked for, not a recently opened one.
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: name }).first().waitFor({ timeout: 15_000 });
    await page.keyboard.press('Enter');
    await page.locator(`.tabs-container .tab[aria-label^="${name}"]`).first().waitFor({ timeout: 15_000 });
    await page.locator('.editor-instance .monaco-editor .view-line').first().waitFor({ timeout: 15_000 });
  }

  /**
   * Waits until the active editor shows syntax highlighting: Monaco renders tokens as `mtkN` spans and a
   * file with no grammar has only the default class (mtk1).
   */
  async waitForHighlighting(timeout = 15_000) {
    await this.page.waitForFunction(() => {
      const spans = document.querySelectorAll('.editor-instance .monaco-editor .view-line span[class^="mtk"]');
      const classes = new Set([...spans].map((s) => s.className));
      return classes.size >= 3;
    }, undefined, { timeout });
  }

  /** Clicks a row of a tree or list (explorer, custom views) by its visible label. */
  async clickTreeItem(label, { within = '.part.sidebar' } = {}) {
    const row = this.page.locator(`${within} .monaco-list-row`, { hasText: label }).first();
    await row.waitFor({ timeout: 15_000 });
    await row.click();
  }

  /**
   * Picks `title` from the open context menu (or from the one `open()` opens, right-clicking again, up to three
   * times, when no menu with it shows). The menu takes a click only once it has settled under the pointer, and a
   * re-render (a tree refresh) can swallow one: hover first, click, and if the menu is still open, Enter on the
   * highlighted item.
   */
  async chooseFromContextMenu(title, open) {
    const item = this.page.locator('.context-view .monaco-menu .action-item:not(.disabled) .action-label', { hasText: title }).first();
    if (open) {
      // `open` right-clicks; a right-click the workbench swallowed (the menu never showed, under a loaded machine in a
      // full CI run) is made again, as a person would.
      for (let attempt = 1; ; attempt++) {
        await open();
        try { await item.waitFor({ timeout: 5_000 }); break; } catch (err) {
          if (attempt === 3) throw err;
          await this.page.keyboard.press('Escape');
        }
      }
    } else await item.waitFor({ timeout: 10_000 });
    await item.hover();
    await this.page.waitForTimeout(200);
    await item.click();
    const menu = this.page.locator('.context-view .monaco-menu');
    if (await menu.waitFor({ state: 'hidden', timeout: 2_000 }).then(() => false, () => true)) {
      await item.hover();
      await this.page.keyboard.press('Enter');
      await menu.waitFor({ state: 'hidden', timeout: 5_000 });
    }
  }

  /** Saves a PNG of the whole window under test-results/screenshots/<name>.png; returns its path. */
  async screenshot(name) {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const path = join(SCREENSHOT_DIR, name.endsWith('.png') ? name : `${name}.png`);
    mkdirSync(dirname(path), { recursive: true });
    await this.page.waitForTimeout(300); // let the last render and animations settle
    await this.page.screenshot({ path });
    return path;
  }

  async focusWorkbench() {
    // Keyboard shortcuts need focus inside the workbench; the status bar is always there and has no side effects.
    await this.page.locator('.part.statusbar').click({ position: { x: 2, y: 2 } }).catch(() => {});
  }
}
