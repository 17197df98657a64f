/**
 * Graph v1.0 from its whole metadata (issue 17), side by side with the connector-group requests routes.json covers:
 * - first validation of a file of 100 requests to 100 different v1.0 resources (the model read and decompressed,
 *   100 body schemas built: everything cold) vs. the first validation of 100 connector-group requests;
 * - re-validation after a one-character edit in one v1.0 body;
 * - memory of the loaded v1.0 model and built schemas; bytes the compressed tables add to the .vsix.
 * Activation (nothing of v1.0 read) is checked in activation.bench.ts's bundle, and by v1.test.ts (v1ModelLoaded).
 */
import { statSync } from 'node:fs';
import { createValidator } from '../src/core/intelligence';
import { loadV1Model, setV1Model } from '../src/core/graph/v1Model';
import { gcFunction, median, type BenchResult } from './util';

/** 100 v1.0 resources: the model's entity sets and singletons, then navigation under /me, each with a PATCH body. */
function v1Corpus(): string {
  const m = loadV1Model()!;
  const paths: string[] = [];
  for (const [root, [, collection]] of Object.entries(m.roots)) paths.push(collection ? `/${root}/{{id}}` : `/${root}`);
  const me = m.types['microsoft.graph.user'];
  for (const [nav, , contained] of me.n ?? []) if (contained) paths.push(`/me/${nav}`);
  return paths.slice(0, 100).map((p, i) => `### ${i}\nPATCH https://graph.microsoft.com/v1.0${p}\nContent-Type: application/json\n\n{\n  "displayName": "name ${i}"\n}\n`).join('\n');
}

function connectorCorpus(): string {
  return Array.from({ length: 100 }, (_, i) => `### ${i}\nPOST https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationProxy/connectorGroups\nContent-Type: application/json\n\n{\n  "name": "group ${i}",\n  "region": "nam"\n}\n`).join('\n');
}

export async function run(): Promise<BenchResult[]> {
  const v1Text = v1Corpus();
  const cgText = connectorCorpus();
  createValidator().validate(cgText);                       // the JSON language service loaded once for both
  const cold: number[] = [], cg: number[] = [];
  for (let i = 0; i < 7; i++) {
    setV1Model(undefined);                                   // next use reads and decompresses the file again; schemas rebuilt
    let t = performance.now();
    createValidator().validate(v1Text);
    cold.push(performance.now() - t);
    t = performance.now();
    createValidator().validate(cgText);
    cg.push(performance.now() - t);
  }
  const first = median(cold), baseline = median(cg);

  const warm = createValidator();
  warm.validate(v1Text);
  const at = v1Text.indexOf('"name 50') + 6;
  const edits: number[] = [];
  for (let k = 0; k < 20; k++) {
    const edited = v1Text.slice(0, at) + String.fromCharCode(97 + k) + v1Text.slice(at);
    const t = performance.now();
    warm.validate(edited);
    edits.push(performance.now() - t);
  }

  const gc = gcFunction();
  setV1Model(undefined);
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const m = loadV1Model();
  createValidator().validate(v1Text);
  gc?.();
  const heapMb = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
  void m;
  const vsixBytes = ['schemas/v1.0/graph.json.br', 'schemas/v1.0/permissions.json.br'].reduce((n, f) => n + statSync(f).size, 0);
  const r2 = (x: number) => Math.round(x * 100) / 100;
  return [
    { name: 'v1.0: first validation, 100 different resources (cold)', value: r2(first), unit: 'ms', baseline: r2(baseline), ratio: r2(first / baseline), goal: '<= 100 ms and <= 1.5x 100 connector-group requests', goalMax: 100, goalOn: 'value', ok: first <= 100 && first / baseline <= 1.5 },
    { name: 'v1.0: re-validation after a one-character edit', value: r2(median(edits)), unit: 'ms', goal: '<= 5 ms', goalMax: 5, goalOn: 'value', ok: median(edits) <= 5 },
    { name: 'v1.0: memory of the loaded model and schemas', value: r2(heapMb), unit: 'MB', goal: '<= 50 MB', goalMax: 50, goalOn: 'value', ok: heapMb <= 50 },
    { name: 'v1.0: compressed tables in the .vsix', value: r2(vsixBytes / 1024 / 1024), unit: 'MB', goal: '<= 5 MB', goalMax: 5, goalOn: 'value', ok: vsixBytes <= 5 * 1024 * 1024 },
  ];
}
