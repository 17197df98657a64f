// Compiles schemas/routes.json and schemas/{bodies,entities}/*.schema.json from Graph's own metadata and
// docs-facts.json in ../shared/graph (CI clones the repo with shared/ beside it). The logic lives in src/core/graph/generate
// (TypeScript, shared with the drift test); esbuild bundles it in memory so this script needs no TS loader.
// Usage: node scripts/gen-schemas.mjs [--check]   (--check: exit 1 if the committed files differ)
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const factsDir = process.env.GRAPH_FACTS_DIR ? resolve(process.env.GRAPH_FACTS_DIR) : resolve(root, '..', 'shared', 'graph');
const outDir = join(root, 'schemas');
const check = process.argv.includes('--check');

const bundle = await esbuild.build({
  entryPoints: [join(root, 'src/core/graph/generate/index.ts')], bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'warning',
});
const gen = await import('data:text/javascript;base64,' + Buffer.from(bundle.outputFiles[0].text).toString('base64'));

const facts = gen.readGraphFacts(f => readFileSync(join(factsDir, f), 'utf8'));
const notes = [];
const files = gen.generateGraphSchemas(facts, gen.FACT_FILES.map(f => `shared/graph/${f}`), notes);
for (const n of notes) console.log(`note: ${n}`);

let drift = 0;
for (const sub of ['bodies', 'entities']) {
  const dir = join(outDir, sub);
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir)) {
    if (!(`${sub}/${name}` in files)) {
      if (check) { console.error(`stale: schemas/${sub}/${name}`); drift++; } else rmSync(join(dir, name));
    }
  }
}
for (const [rel, value] of Object.entries(files)) {
  const path = join(outDir, rel);
  if (gen.isCompressed(rel)) {
    // Compressed tables (schemas/v1.0/permissions.json.br) are compared by their JSON: the bytes depend on the brotli build.
    const same = existsSync(path) && gen.sameCompressed(readFileSync(path), value);
    if (check) { if (!same) { console.error(`out of date: schemas/${rel}`); drift++; } continue; }
    mkdirSync(dirname(path), { recursive: true });
    if (!same) writeFileSync(path, gen.compressGenerated(value));
    continue;
  }
  const text = gen.serializeGenerated(value);
  if (check) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) { console.error(`out of date: schemas/${rel}`); drift++; }
    continue;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
if (check && drift) { console.error('run: node scripts/gen-schemas.mjs'); process.exit(1); }
console.log(check ? 'schemas are up to date' : `wrote ${Object.keys(files).length} files to schemas/`);
