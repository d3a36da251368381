#!/usr/bin/env node
// `npm run bench`: builds the production and e2e extensions into .cache/bench/output
// (apart from .output, so a build or test running meanwhile cannot swap files under the
// measurement), then runs tests/bench in headless Chromium, which prints the tables and writes
// BENCHMARKS.md. Nothing is asserted about times.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const outDir = `${root}.cache/bench/output`;
const started = performance.now();

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`[bench] ${label} failed`);
    process.exit(result.status ?? 1);
  }
}

/** wxt's `build()` with our wxt.config.ts plus an inline outDir; one process per build. */
function build(label, mode) {
  const script = `import { build } from 'wxt'; await build({ mode: ${JSON.stringify(mode)}, outDir: ${JSON.stringify(outDir)}, logLevel: 'warn' });`;
  run(label, process.execPath, ['--input-type=module', '-e', script]);
}

rmSync(outDir, { recursive: true, force: true });
build('build chrome (production)', 'production');
build('build chrome (e2e)', 'e2e');
const buildSeconds = (performance.now() - started) / 1000;

run('measure (vitest -c vitest.bench.config.ts)', 'npx', ['vitest', 'run', '-c', 'vitest.bench.config.ts'], {
  BENCH_OUTPUT_DIR: outDir,
  BENCH_BUILD_SECONDS: buildSeconds.toFixed(1),
});
console.log(`\n[bench] done in ${((performance.now() - started) / 1000).toFixed(0)} s (builds ${buildSeconds.toFixed(0)} s)`);
