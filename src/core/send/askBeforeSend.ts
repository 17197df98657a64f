import type { HttpRequest } from '../http/types';

/** Names REST Client masks while they are typed in. */
const SECRET_NAME = /pass(word|wd)?|secret|token|key/i;

/** The request a question is about, as the question UI names it. */
export interface AskedRequest { name?: string; method: string; url: string }

/** The question UI (the editor's notification and input box, the CLI's terminal and flags); what is asked is askBeforeSend's. */
export interface BeforeSendQuestions {
  /** `# @note [text]` (`note` is '' when the line has no text): true to send. */
  confirm(note: string, request: AskedRequest): Promise<boolean>;
  /** `# @prompt name [description]`: its value, undefined when none was given. `secret`: a name REST Client masks as it is typed. */
  value(prompt: { name: string; description?: string; secret: boolean }, request: AskedRequest): Promise<string | undefined>;
}

/** Whether a request has anything to ask before it is sent (`# @note`, `# @prompt`): askBeforeSend's questions. */
export function asksBeforeSend(settings: HttpRequest['settings']): boolean {
  return settings?.note !== undefined || !!settings?.prompts?.length;
}

export type BeforeSendAnswer = { send: true; prompted: Record<string, string> } | { send: false };

/**
 * REST Client's per-request settings that need the person before sending, asked in one order for the CLI and the
 * editor: `# @note` asks for confirmation first (declined: nothing else is asked), then each `# @prompt` asks for its
 * value in turn (one left without a value: the request is not sent). A request with neither asks nothing.
 */
export async function askBeforeSend(request: HttpRequest, questions: BeforeSendQuestions): Promise<BeforeSendAnswer> {
  const settings = request.settings ?? {};
  const asked: AskedRequest = { ...(request.name ? { name: request.name } : {}), method: request.method, url: request.url };
  if (settings.note !== undefined && !await questions.confirm(settings.note, asked)) return { send: false };
  const prompted: Record<string, string> = {};
  for (const p of settings.prompts ?? []) {
    const value = await questions.value({ name: p.name, ...(p.description !== undefined ? { description: p.description } : {}), secret: SECRET_NAME.test(p.name) }, asked);
    if (value === undefined) return { send: false };
    prompted[p.name] = value;
  }
  return { send: true, prompted };
}
