/**
 * Localization for the editor layer's pure modules (the tree's item models, the response document's layout,
 * history labels): they stay free of `vscode` so they are unit-tested in Node, and still localize. Activation
 * points this at `vscode.l10n.t`; until then (unit tests) a message is its English text with `{0}`, `{1}`...
 * filled in, which is what `vscode.l10n.t` does for English. Messages must be literals (scripts/l10n-strings.mjs
 * collects them into l10n/bundle.l10n.json). src/core, src/sandbox and src/cli never localize: the CLI's
 * English output is a contract.
 */
export type Translate = (message: string, ...args: Array<string | number | boolean>) => string;

/** `{n}` replaced by the n-th argument, as vscode.l10n.t formats a message without a translation. */
export const englishOnly: Translate = (message, ...args) =>
  message.replace(/\{(\d+)\}/g, (whole, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : whole));

let translate: Translate = englishOnly;

export const l10n = {
  t(message: string, ...args: Array<string | number | boolean>): string {
    return translate(message, ...args);
  },
};

/** Called once on activation with `vscode.l10n.t`. */
export function useTranslator(fn: Translate): void {
  translate = fn;
}
