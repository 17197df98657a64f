import { vscode } from '../api';
import { onFirstUse } from '../../core/onFirstUse';

/** One command per file: `readonly id` matches a `contributes.commands` entry in package.json. */
export interface Command {
  readonly id: string;
  execute(...args: any[]): unknown;
}

/** Registers commands and owns their disposables; errors are reported once, here, at the command boundary. */
export class CommandManager implements vscode.Disposable {
  private readonly registrations = new Map<string, vscode.Disposable>();

  constructor(private readonly reportError: (commandId: string, error: unknown) => void) {}

  register<T extends Command>(command: T): T {
    this.registerId(command.id, async () => command);
    return command;
  }

  /**
   * Registers `ids` now; their command objects come from `load` when the first of them runs (onFirstUse: once, and a
   * failed load is tried again on the next run). `load` must make exactly these commands.
   */
  registerLazy(ids: readonly string[], load: () => Promise<Command[]>): void {
    const group = onFirstUse(async () => {
      const commands = await load();
      const byId = new Map(commands.map(c => [c.id, c]));
      const wrong = [...ids.filter(id => !byId.has(id)), ...commands.map(c => c.id).filter(id => !ids.includes(id))];
      if (wrong.length || byId.size !== commands.length) throw new Error(`commands and their registered ids differ: ${wrong.join(', ') || 'an id twice'}`);
      return byId;
    });
    for (const id of ids) this.registerId(id, async () => (await group()).get(id)!);
  }

  private registerId(id: string, command: () => Promise<Command>): void {
    if (this.registrations.has(id)) throw new Error(`command registered twice: ${id}`);
    this.registrations.set(id, vscode.commands.registerCommand(id, async (...args: any[]) => {
      try {
        return await (await command()).execute(...args);
      } catch (error) {
        this.reportError(id, error);
        return undefined;
      }
    }));
  }

  dispose(): void {
    for (const d of this.registrations.values()) d.dispose();
    this.registrations.clear();
  }
}
