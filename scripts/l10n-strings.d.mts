export function sourceFiles(dir: string): string[];
export function l10nStrings(files: string[], root?: string): { messages: string[]; notLiteral: string[] };
export function bundleOf(messages: string[]): Record<string, string>;
