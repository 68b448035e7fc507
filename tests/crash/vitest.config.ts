import { defineConfig } from 'vitest/config';

// pnpm test:crash: kill -9 of the real server during a scripted workload (SQLite, and
// PostgreSQL when ODS_TEST_POSTGRES_URL is set). Bounded: a few minutes on two cores.
export default defineConfig({
  test: {
    include: ['tests/crash/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
