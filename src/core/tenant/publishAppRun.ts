/**
 * "Publish an app through this group", sent now: the requests publishAppText builds, sent top to bottom through the
 * one request runner (runRequests: the same variables, request variables and request building as a `.http` file),
 * stopping at the first request that does not succeed. Sending the very text the user could open instead means the
 * two choices cannot drift apart. Pure: the sender is passed in (the tree's Graph client, or the sandbox in tests).
 */
import { parseHttpFile } from '../http/parser';
import { describeError } from '../send/describeError';
import { runRequests, type RequestOutcome } from '../send/runRequests';
import type { GraphRequest } from '../send/sendGraphRequest';

export interface PublishStep {
  /** 1-based. */
  index: number;
  total: number;
  /** The step's `### N. title`, without the number and the status it expects. */
  title: string;
  method: string;
}

export interface PublishAnswer { status: number; body?: string; headers?: Record<string, string> }
export type PublishSend = (request: { method: string; url: string; headers: Record<string, string>; body?: string }) => Promise<PublishAnswer>;

export type PublishOutcome =
  | { ok: true; sent: number; applicationId?: string }
  /** `step` is the one that failed (or was not sent); `sent` counts the ones before it that succeeded. */
  | { ok: false; sent: number; step: PublishStep; status?: number; message: string; cancelled?: boolean; applicationId?: string };

export interface PublishHooks {
  /** Before each request goes. */
  onStep?(step: PublishStep): void;
  signal?: AbortSignal;
}

class Stopped extends Error {}

function stepTitles(text: string, requestLines: number[]): string[] {
  const lines = text.split('\n');
  return requestLines.map((line) => {
    for (let i = line; i >= 0; i--) if (lines[i].startsWith('###')) return lines[i].replace(/^###\s*(\d+\.\s*)?/, '').replace(/\s*\((?:[^()]*,\s*)?\d{3}\)\s*$/, '').trim();
    return '';
  });
}

const bodyText = (body: GraphRequest['body']): string | undefined =>
  body === undefined || typeof body === 'string' ? body : Buffer.from(body).toString('utf8');

export async function runPublishSequence(text: string, send: PublishSend, hooks: PublishHooks = {}): Promise<PublishOutcome> {
  const file = parseHttpFile(text);
  const titles = stepTitles(text, file.requests.map(r => r.requestLine));
  const steps: PublishStep[] = file.requests.map((r, i) => ({ index: i + 1, total: file.requests.length, title: titles[i], method: r.method }));
  let current = 0;
  let sent = 0;
  let applicationId: string | undefined;
  let stopped: PublishOutcome | undefined;
  const stop = (step: PublishStep, message: string, extra: { status?: number; cancelled?: boolean } = {}): void => {
    stopped = { ok: false, sent, step, message, ...extra, ...(applicationId ? { applicationId } : {}) };
  };

  const onOutcome = (o: RequestOutcome): void => {
    const step = steps[current++];
    if (stopped) return;
    if (o.kind === 'unresolved') return stop(step, `not sent: ${o.unresolved.map(n => `{{${n}}}`).join(', ')} has no value (an earlier response lacked it)`);
    if (o.kind === 'failed' || o.kind === 'declined') return stop(step, o.error.hint ? `${o.error.message} ${o.error.hint}` : o.error.message);
    if (o.response.status < 200 || o.response.status >= 300) {
      const d = describeError(o.response);
      return stop(step, d.hint ? `${d.message} ${d.hint}` : d.message, { status: o.response.status });
    }
    sent++;
    if (o.name === 'app') applicationId = idOf(o.response.body);
  };

  await runRequests(file, file.requests, {
    context: {},
    onOutcome,
    send: async (request) => {
      if (stopped) throw new Stopped();
      if (hooks.signal?.aborted) {
        stop(steps[current], 'cancelled', { cancelled: true });
        throw new Stopped();
      }
      hooks.onStep?.(steps[current]);
      const answer = await send({ method: request.method, url: request.url, headers: request.headers, ...(request.body === undefined ? {} : { body: bodyText(request.body) }) });
      return {
        status: answer.status, statusText: '', headers: answer.headers ?? {}, ...(answer.body === undefined ? {} : { body: answer.body }),
        bodyBytes: answer.body?.length ?? 0, durationMs: 0, url: request.url, method: request.method, retries: 0,
      };
    },
  });
  return stopped ?? { ok: true, sent, ...(applicationId ? { applicationId } : {}) };
}

function idOf(body: string | undefined): string | undefined {
  try {
    const id = (JSON.parse(body ?? '') as { application?: { id?: unknown } }).application?.id;
    return typeof id === 'string' ? id : undefined;
  } catch { return undefined; }
}
