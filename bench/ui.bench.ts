/**
 * What a user waits for in the real workbench: the time from the last keystroke of a wrong value to its squiggle,
 * and from the fixing keystroke to the squiggle gone (debounce + validation + VS Code's rendering). Measured by the
 * UI tier's own step (scripts/host/ui/steps/30-diagnostics.mjs) in code-server with Playwright; skipped, with a
 * note, where the host cannot run. A figure to read, never a test assertion.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BenchResult } from './util';

export function run(): BenchResult[] {
  const dir = mkdtempSync(join(tmpdir(), 'gcg-ui-bench-'));
  const file = join(dir, 'figures.json');
  try {
    const r = spawnSync(process.execPath, [resolve('scripts/host/ui/run.mjs'), 'diagnostics-typed-and-fixed'], {
      env: { ...process.env, UI_FIGURES_FILE: file }, encoding: 'utf8', timeout: 240_000,
    });
    if (r.status !== 0 || !existsSync(file)) throw new Error(`UI step did not run (exit ${r.status}): ${(r.stdout + r.stderr).trim().split('\n').slice(-2).join(' | ').slice(0, 200)}`);
    const figures = JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>;
    return [
      { name: 'keystroke to squiggle in the real workbench', value: figures['keystroke to squiggle (ms)'], unit: 'ms', goal: '<= 500 ms (debounce 150 ms)', goalMax: 500 },
      { name: 'keystroke to squiggle cleared in the real workbench', value: figures['keystroke to squiggle cleared (ms)'], unit: 'ms', goal: '<= 500 ms', goalMax: 500 },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
