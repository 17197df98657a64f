import { vscode } from './api';

/** A question the extension asks before doing something the user may not expect. */
export interface Question {
  message: string;
  /** Shown under the message of a modal. */
  detail?: string;
  /** A modal blocks the workbench until answered: for decisions about secrets. */
  modal: boolean;
  actions: string[];
  /** A non-modal question shown as a warning rather than as information. */
  warning?: boolean;
  /** Asks for a value (an input box; `message` is its prompt, `password` masks it) instead of a choice of actions. */
  input?: { title: string; password: boolean };
}

/** What the host tests put in place of a person: they read the question and pick an action (or none). */
export type PromptAnswerer = (question: Question) => string | undefined;

/**
 * The questions that guard secrets (send values to another host, sign in with a workspace's settings,
 * copy a token) go through this one port, so that the host tests can answer them; a real user always
 * sees VS Code's own dialogs. The answerer can be set only in an extension test run.
 */
export class Prompts {
  private answerer: PromptAnswerer | undefined;

  constructor(private readonly testMode: boolean) {}

  async ask(question: Question): Promise<string | undefined> {
    if (this.answerer) return this.answerer(question);
    const { message, detail, modal, actions, input } = question;
    if (input) return vscode.window.showInputBox({ title: input.title, prompt: message, password: input.password, ignoreFocusOut: true });
    if (!modal && question.warning) return vscode.window.showWarningMessage(message, ...actions);
    return modal
      ? vscode.window.showWarningMessage(message, { modal: true, ...(detail ? { detail } : {}) }, ...actions)
      : vscode.window.showInformationMessage(message, ...actions);
  }

  /** Test runs only (ExtensionMode.Test); elsewhere it refuses, so no other extension can answer for the user. */
  answerWith(answerer: PromptAnswerer | undefined): void {
    if (!this.testMode) throw new Error('Prompts can be answered only in an extension test run.');
    this.answerer = answerer;
  }
}
