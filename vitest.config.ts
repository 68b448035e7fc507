import { defineConfig } from 'vitest/config';

// Unit and integration tests live beside the code; browser tests live in tests/ and run
// through their own config (pnpm test:e2e).
export default defineConfig({
  test: {
    include: ['{shared,db,server,web,bench}/**/*.test.{ts,tsx}'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
