import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHttpFile } from '../../../src/core/http/parser';
import { askBeforeSend, type BeforeSendQuestions } from '../../../src/core/send/askBeforeSend';

const file = parseHttpFile('# @name del\n# @note careful\n# @prompt id The id\n# @prompt password\nDELETE /beta/x/{{id}}\n\n###\nGET /beta/y\n');

function recording(confirm: boolean, values: Record<string, string | undefined>) {
  const asked: string[] = [];
  const questions: BeforeSendQuestions = {
    confirm: async (note, request) => { asked.push(`confirm ${note} (${request.name} ${request.method} ${request.url})`); return confirm; },
    value: async (prompt) => { asked.push(`value ${prompt.name}${prompt.description ? ` "${prompt.description}"` : ''}${prompt.secret ? ' secret' : ''}`); return values[prompt.name]; },
  };
  return { asked, questions };
}

test('# @note first, then each # @prompt in order; the answers are the prompted values', async () => {
  const { asked, questions } = recording(true, { id: '42', password: 'p' });
  assert.deepEqual(await askBeforeSend(file.requests[0], questions), { send: true, prompted: { id: '42', password: 'p' } });
  assert.deepEqual(asked, ['confirm careful (del DELETE /beta/x/{{id}})', 'value id "The id"', 'value password secret']);
});

test('a declined # @note asks nothing more; a prompt without a value stops the send', async () => {
  const declined = recording(false, {});
  assert.deepEqual(await askBeforeSend(file.requests[0], declined.questions), { send: false });
  assert.equal(declined.asked.length, 1);
  const unanswered = recording(true, { id: undefined });
  assert.deepEqual(await askBeforeSend(file.requests[0], unanswered.questions), { send: false });
  assert.equal(unanswered.asked.length, 2);
});

test('a request with neither asks nothing', async () => {
  const { asked, questions } = recording(false, {});
  assert.deepEqual(await askBeforeSend(file.requests[1], questions), { send: true, prompted: {} });
  assert.deepEqual(asked, []);
});
