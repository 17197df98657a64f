// What a person does in the editor, as Playwright keystrokes and clicks on the real workbench, and what VS Code
// renders after its own filtering and layout (the suggest widget's rows, squiggles, the Problems panel, hovers,
// the quick-fix menu). Nothing here calls the extension's API: a step sees only what a user sees.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SUGGEST = '.editor-widget.suggest-widget.visible';
const SUGGEST_ROWS = `${SUGGEST} .monaco-list-row`;

export class Editor {
  /** @param {import('../workbench.mjs').Workbench} wb @param {string} workspace the folder on disk the workbench shows */
  constructor(wb, workspace) { this.wb = wb; this.page = wb.page; this.workspace = workspace; }

  /** Opens a workspace file and puts the cursor at 1-based line/column, through "Go to Line/Column" (Ctrl+G). */
  async open(relativePath, line = 1, column = 1) {
    await this.wb.openFile(relativePath);
    await this.wb.waitForHighlighting().catch(() => {}); // a file without tokens (empty) has nothing to wait for
    await this.goTo(line, column);
  }

  async goTo(line, column) {
    await this.page.keyboard.press('Control+g');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => {});
    await this.waitForCursor(line, column);
  }

  /** The cursor as the status bar shows it ("Ln 4, Col 27"). */
  async cursor() {
    const text = await this.page.locator('.statusbar-item[id="status.editor.selection"]').innerText();
    const m = /Ln (\d+), Col (\d+)/.exec(text);
    return m ? { line: Number(m[1]), column: Number(m[2]) } : undefined;
  }

  async waitForCursor(line, column, timeout = 5_000) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const c = await this.cursor();
      if (c?.line === line && c?.column === column) return;
      if (Date.now() > deadline) throw new Error(`cursor at ${JSON.stringify(c)}, expected Ln ${line}, Col ${column}`);
      await this.page.waitForTimeout(50);
    }
  }

  /** Types text as keystrokes (VS Code's auto-closing of quotes and brackets applies, as for a person). */
  async type(text) { await this.page.keyboard.type(text, { delay: 15 }); }
  async press(key) { await this.page.keyboard.press(key); }

  /** Ctrl+Space, then the rows the suggest widget shows ([] for "No suggestions."). */
  async triggerSuggest() {
    await this.press('Control+Space');
    return this.suggestions();
  }

  /** The labels of the suggest widget's rows once it has settled (open now, by a trigger character or typing). */
  async suggestions({ timeout = 10_000 } = {}) {
    const page = this.page;
    await page.locator(SUGGEST).waitFor({ timeout });
    // "Loading..." first; then rows, or the message "No suggestions.".
    await page.waitForFunction((sel) => {
      const w = document.querySelector(sel);
      if (!w) return false;
      const msg = w.querySelector('.message');
      const showsMessage = msg && getComputedStyle(msg).display !== 'none' && msg.textContent.trim() !== '';
      if (showsMessage) return !/loading/i.test(msg.textContent);
      return w.querySelectorAll('.monaco-list-row').length > 0;
    }, SUGGEST, { timeout });
    await page.waitForTimeout(150); // the list re-renders once after the last provider answers
    return page.locator(`${SUGGEST_ROWS} .label-name`).allInnerTexts().then((l) => l.map((s) => s.trim()));
  }

  async suggestMessage() {
    return this.page.locator(`${SUGGEST} .message`).innerText().catch(() => '');
  }

  /**
   * Accepts the row with this label the way a person does with the keyboard: arrows to it, then Tab (Enter accepts
   * only a suggestion that changes the text here, editor.acceptSuggestionOnEnter "smart", and VS Code decides that a
   * moment after the focus moves; the URL step checks Enter itself).
   */
  async accept(label) {
    const labels = await this.suggestions();
    const index = labels.indexOf(label);
    if (index < 0) throw new Error(`no suggestion "${label}" among ${JSON.stringify(labels)}`);
    const focused = await this.page.locator(`${SUGGEST_ROWS}.focused .label-name`).innerText().catch(() => labels[0]);
    let at = Math.max(0, labels.indexOf(focused.trim()));
    while (at < index) { await this.press('ArrowDown'); at++; }
    while (at > index) { await this.press('ArrowUp'); at--; }
    await this.page.locator(`${SUGGEST_ROWS}.focused .label-name`, { hasText: label }).first().waitFor({ timeout: 3_000 });
    await this.press('Tab');
    await this.page.locator(SUGGEST).waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => {});
  }

  async closeWidgets() { await this.press('Escape'); await this.press('Escape'); }

  /** Saves (Ctrl+S) and reads the file from disk: the text the user's edits produced. */
  async savedText(relativePath) {
    const name = relativePath.split('/').pop();
    const file = join(this.workspace, relativePath);
    const before = readFileSync(file, 'utf8');
    const dirty = this.page.locator(`.tabs-container .tab.active.dirty[aria-label^="${name}"]`);
    for (let attempt = 0; attempt < 3; attempt++) {
      await this.press('Control+s');
      try { await dirty.waitFor({ state: 'detached', timeout: 4_000 }); break; } catch { /* a widget took the keystroke: again */ }
    }
    // The tab stops being dirty when the save starts; code-server writes the file a moment later (on a loaded machine
    // after the 150 ms that used to be waited: a fresh-clone CI run read five files as they were before the edit).
    // So wait until the file on disk changes, for up to 5 s (a step whose edit left the text as it was waits it out).
    for (let waited = 0; waited < 5_000 && readFileSync(file, 'utf8') === before; waited += 100) await this.page.waitForTimeout(100);
    await this.page.waitForTimeout(150);
    return readFileSync(file, 'utf8');
  }

  /** Replaces the whole document with `text` (Ctrl+A, then the text pasted in one edit, as a paste would). */
  async replaceAll(text) {
    await this.press('Control+a');
    await this.page.keyboard.insertText(text);
  }

  // ---- diagnostics ----

  /** Waits for a squiggle of `severity` ('error' | 'warning' | 'info') under the given text on screen. */
  async waitForSquiggle(severity, { timeout = 15_000 } = {}) {
    await this.page.locator(`.editor-instance .squiggly-${severity}`).first().waitFor({ timeout });
  }

  async squiggleCount(severity) { return this.page.locator(`.editor-instance .squiggly-${severity}`).count(); }

  /** Rows of the Problems panel (opened if needed), filtered as a user would by typing into its filter box. */
  async problems(filter = '') {
    const panel = this.page.locator('.markers-panel');
    if (!await panel.isVisible().catch(() => false)) await this.wb.runCommand('View: Focus Problems (Errors, Warnings, Infos)');
    await panel.waitFor({ timeout: 10_000 });
    const box = this.page.locator('.part.panel .viewpane-filter input').first();
    if (await box.isVisible().catch(() => false)) await box.fill(filter);
    await this.page.waitForTimeout(400);
    return this.page.locator('.markers-panel .monaco-list-row[aria-label]').evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label')));
  }

  // ---- quick fixes ----

  /** Ctrl+. at the cursor: the titles the code-action menu shows. */
  async quickFixes() {
    const menu = this.page.locator('.action-widget');
    // Diagnostics re-published after an edit make VS Code re-request code actions, and a Ctrl+. caught in that
    // race shows "No code actions available" (for a person too, who then presses it again): so does this.
    for (let attempt = 0; ; attempt++) {
      await this.press('Control+.');
      try { await menu.waitFor({ timeout: 3_000 }); break; } catch (e) {
        if (attempt >= 3) throw e;
        await this.press('Escape');
        await this.page.waitForTimeout(500);
      }
    }
    await this.page.waitForTimeout(200);
    return this.page.locator('.action-widget .monaco-list-row.action').evaluateAll((rows) => rows.map((r) => (r.getAttribute('aria-label') ?? r.textContent ?? '').trim()));
  }

  /** Chooses the quick fix whose title contains `title` (arrow keys + Enter, as from the keyboard); `titles`: the menu is open already. */
  async applyQuickFix(title, titles) {
    titles ??= await this.quickFixes();
    const index = titles.findIndex((t) => t.includes(title));
    if (index < 0) throw new Error(`no quick fix "${title}" among ${JSON.stringify(titles)}`);
    // From the keyboard, as the menu invites ("Enter to Apply"): arrows from the focused row to the chosen one.
    const rows = this.page.locator('.action-widget .monaco-list-row.action');
    let at = await rows.evaluateAll((rs) => rs.findIndex((r) => r.classList.contains('focused')));
    if (at < 0) { await this.press('ArrowDown'); at = 0; }
    while (at < index) { await this.press('ArrowDown'); at++; }
    while (at > index) { await this.press('ArrowUp'); at--; }
    await this.page.locator('.action-widget .monaco-list-row.action.focused').nth(0).waitFor({ timeout: 3_000 });
    const focused = await this.page.locator('.action-widget .monaco-list-row.action.focused').getAttribute('aria-label');
    if (!focused?.includes(title)) throw new Error(`focused "${focused}", wanted "${title}"`);
    // Every quick fix edits the text; wait until the editor shows the edit, or a save right after can write the
    // text from before it (the edit is applied after the menu closes, later still on a loaded machine).
    const lines = this.page.locator('.editor-instance .view-lines').first();
    const before = await lines.innerText();
    await this.press('Enter');
    await this.page.locator('.action-widget').waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => {});
    await this.page.waitForFunction(
      ([el, text]) => el.innerText !== text, [await lines.elementHandle(), before], { timeout: 5_000 },
    ).catch(() => {});
  }

  // ---- hover ----

  /** Moves the mouse over the n-th on-screen occurrence of `text` in a line containing `lineText`; returns the hover's text. */
  async hoverOver(lineText, text) {
    const line = this.page.locator('.editor-instance .view-line', { hasText: lineText }).first();
    await line.waitFor({ timeout: 10_000 });
    // CodeLenses render late and push every line down by one: wait for them (a file of requests has them), then
    // measure until two readings agree, and measure again before each try.
    await this.page.locator('.editor-instance .codelens-decoration').first().waitFor({ timeout: 10_000 }).catch(() => {});
    const settle = async () => {
      let box, previous;
      for (let i = 0; i < 10; i++) {
        previous = box;
        box = await this.measure(line, text);
        if (box && previous && box.x === previous.x && box.y === previous.y) break;
        await this.page.waitForTimeout(250);
      }
      if (!box) throw new Error(`"${text}" is not on the line "${lineText}"`);
      return box;
    };
    const hover = this.page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-hover:not(.hidden) .hover-contents').first();
    // A hover that does not come (the pointer arrived while the editor was busy): away and back, as a person would,
    // and at last the keyboard's way to the same hover: the cursor on the word, "Show or Focus Hover" (Ctrl+K Ctrl+I).
    for (let attempt = 0; ; attempt++) {
      const box = await settle();
      if (attempt < 3) {
        await this.page.mouse.move(box.x - 40, box.y + 60);
        await this.page.mouse.move(box.x, box.y, { steps: 4 });
      } else {
        await this.page.mouse.click(box.x, box.y);
        await this.press('Control+k');
        await this.press('Control+i');
      }
      try { await hover.waitFor({ timeout: 4_000 }); break; } catch (e) { if (attempt >= 3) throw e; }
    }
    await this.page.waitForTimeout(300);
    return this.page.locator('.monaco-hover:not(.hidden)').first().innerText();
  }

  /** The on-screen centre of the middle character of `text` in a rendered line. */
  async measure(line, text) {
    return line.evaluate((el, needle) => {
      // The rendered line is spans of tokens; find the character offset of `needle` in its text and measure it.
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let acc = '', node;
      const nodes = [];
      while ((node = walker.nextNode())) { nodes.push([node, acc.length]); acc += node.textContent; }
      const at = acc.replace(/\u00a0/g, ' ').indexOf(needle);
      if (at < 0) return undefined;
      const mid = at + Math.floor(needle.length / 2);
      const [n, start] = nodes.filter(([, s]) => s <= mid).pop();
      const range = document.createRange();
      range.setStart(n, mid - start); range.setEnd(n, mid - start + 1);
      const r = range.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }, text);
  }
}
