import { defineConfig } from 'vitest/config';

// Browser and cross-package tests: a real server process, a real browser. One file at a
// time: each starts its own server and Chromium, and the machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // pnpm test:crash runs these, with their own time bounds.
    exclude: ['tests/crash/**', '**/node_modules/**'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
