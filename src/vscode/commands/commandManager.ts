import { vscode } from '../api';

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
    if (this.registrations.has(command.id)) throw new Error(`command registered twice: ${command.id}`);
    this.registrations.set(command.id, vscode.commands.registerCommand(command.id, async (...args: any[]) => {
      try {
        return await command.execute(...args);
      } catch (error) {
        this.reportError(command.id, error);
        return undefined;
      }
    }));
    return command;
  }

  dispose(): void {
    for (const d of this.registrations.values()) d.dispose();
    this.registrations.clear();
  }
}
