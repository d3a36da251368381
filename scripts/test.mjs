#!/usr/bin/env node
// `npm test`: typecheck, lint, unit tests, the Chrome, Firefox and e2e builds, then the
// real-browser tests. Every step runs even when an earlier one fails, so one run reports
// everything; the last line is `N passed, N failed` (tests, plus one per check and build).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const reports = `${root}.cache/test-reports`;
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

let passed = 0;
let failed = 0;
const failures = [];

function step(name, command, args) {
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '1' } });
  return result.status === 0;
}

function check(name, command, args) {
  if (step(name, command, args)) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

/** Runs vitest and counts its tests from the JSON report; a run that reports nothing fails. */
function vitest(name, configArgs) {
  const file = `${reports}/${name}.json`;
  const ok = step(name, 'npx', ['vitest', 'run', ...configArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    if (report.numFailedTests > 0) failures.push(`${name}: ${report.numFailedTests} failed`);
    if (!ok && report.numFailedTests === 0) {
      failed++;
      failures.push(`${name}: the run failed`);
    }
  } catch {
    failed++;
    failures.push(`${name}: no report`);
  }
}

check('typecheck', 'npx', ['tsc', '--noEmit']);
check('lint', 'npx', ['biome', 'check', '.']);
vitest('unit', []);
check('build chrome', 'npx', ['wxt', 'build']);
check('build firefox', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3']);
check('build e2e', 'npx', ['wxt', 'build', '--mode', 'e2e']);
vitest('e2e', ['-c', 'vitest.e2e.config.ts']);

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
