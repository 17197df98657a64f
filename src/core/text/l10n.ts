/**
 * Localization for code that must not import `vscode`: the core's texts that the editor shows (the response
 * document's layout, history labels) and the editor layer's pure item models, unit-tested in Node. The extension's
 * activation points this at `vscode.l10n.t`; nothing else does, so the CLI (whose English output is a contract)
 * and the unit tests get a message's English text with `{0}`, `{1}`... filled in, which is what `vscode.l10n.t`
 * does for English. Messages must be literals (scripts/l10n-strings.mjs collects them into l10n/bundle.l10n.json).
 */
export type Translate = (message: string, ...args: Array<string | number | boolean>) => string;

/** `{n}` replaced by the n-th argument, as vscode.l10n.t formats a message without a translation. */
export const englishOnly: Translate = (message, ...args) => {
  // A scan, not a replace with a callback: every diagnostic and quick-fix title of every validation comes through here.
  let at = message.indexOf('{');
  if (at < 0 || args.length === 0) return message;
  let out = '', from = 0;
  for (; at >= 0; at = message.indexOf('{', at + 1)) {
    let end = at + 1;
    while (end < message.length && message.charCodeAt(end) >= 48 && message.charCodeAt(end) <= 57) end++;
    if (end === at + 1 || message[end] !== '}') continue;
    const i = Number(message.slice(at + 1, end));
    if (i >= args.length) continue;
    out += message.slice(from, at) + String(args[i]);
    from = end + 1;
    at = end;
  }
  return out + message.slice(from);
};

/**
 * Kept on globalThis, not in this module: the extension's lazily loaded parts (scripts/bundle.mjs, LAZY_PARTS) are
 * bundles of their own with their own copy of this module, and must read the translator activation installed.
 */
const SLOT = Symbol.for('graphConnectorGroups.translate');
const slot = globalThis as { [SLOT]?: Translate };

export const l10n = {
  t(message: string, ...args: Array<string | number | boolean>): string {
    return (slot[SLOT] ?? englishOnly)(message, ...args);
  },
};

/** Called once on activation with `vscode.l10n.t`. */
export function useTranslator(fn: Translate): void {
  slot[SLOT] = fn;
}
