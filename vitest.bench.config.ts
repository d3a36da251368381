import { defineConfig } from 'vitest/config';

/**
 * `npm run bench` (via scripts/bench.mjs): measures the built extension in headless Chromium and
 * writes BENCHMARKS.md. Kept apart from `npm test`, whose configs include only tests/unit and
 * tests/e2e: benchmarks take minutes and never assert times.
 */
export default defineConfig({
  test: {
    include: ['tests/bench/**/*.bench.test.ts'],
    environment: 'node',
    // One browser at a time: a second one would be measured against it on 2 cores.
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 600_000,
    hookTimeout: 60_000,
  },
});
