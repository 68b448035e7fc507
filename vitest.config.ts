import { defineConfig } from 'vitest/config';
import { landingMessages } from './web/vite-landing-messages.ts';

// Unit and integration tests live beside the code; browser tests live in tests/ and run
// through their own config (pnpm test:e2e).
export default defineConfig({
  // The web app's i18n imports the landing texts the build picks out of nl.json.
  plugins: [landingMessages()],
  test: {
    include: ['{shared,db,server,web,bench}/**/*.test.{ts,tsx}'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
