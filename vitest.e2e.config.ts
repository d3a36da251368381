import { defineConfig } from 'vitest/config';

/** Real-browser tests: headless Chromium driving the built extension (see tests/e2e/README.md). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each file starts its own browser; two at a time suits a 2-core machine.
    maxWorkers: 2,
    fileParallelism: true,
  },
});
