import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { constants } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import {
  isCovered,
  LANDING_MESSAGE_PATHS,
  pickMessages,
  textKeysIn,
} from './src/lib/i18n/landing-messages.ts';
import { PAGE_ROUTES } from './src/lib/routing/page-routes.ts';

const apiServer = process.env.ODS_API_URL ?? 'http://localhost:3000';
const sourceDir = fileURLToPath(new URL('./src/', import.meta.url));
const LANDING_MESSAGES_ID = 'virtual:ods/landing-messages';

/**
 * `virtual:ods/landing-messages`: the parts of nl.json the first chunk needs
 * (src/lib/i18n/landing-messages.ts). After bundling, every text key used by a source file in
 * the first chunk (the entry and what it imports statically) must lie in those parts.
 */
function landingMessages(): Plugin {
  const resolved = `\0${LANDING_MESSAGES_ID}`;
  const dutch = `${sourceDir}lib/i18n/nl.json`;
  return {
    name: 'ods-landing-messages',
    resolveId: (id) => (id === LANDING_MESSAGES_ID ? resolved : undefined),
    load(id) {
      if (id !== resolved) return undefined;
      this.addWatchFile(dutch);
      const all = JSON.parse(readFileSync(dutch, 'utf8')) as Record<string, unknown>;
      const messages = pickMessages(all, LANDING_MESSAGE_PATHS);
      return `export default ${JSON.stringify(messages)};`;
    },
    generateBundle(_options, bundle) {
      const chunks = new Map(
        Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c]] : [])),
      );
      const first = new Set([...chunks.values()].filter((chunk) => chunk.isEntry));
      for (const chunk of first) {
        for (const name of chunk.imports) first.add(chunks.get(name)!);
      }
      const missing = [...first]
        .flatMap((chunk) => chunk.moduleIds)
        .filter((id) => id.startsWith(sourceDir) && /\.tsx?$/.test(id))
        .flatMap((id) =>
          textKeysIn(readFileSync(id, 'utf8'))
            .filter((key) => !isCovered(key, LANDING_MESSAGE_PATHS))
            .map((key) => `${id.slice(sourceDir.length)}: ${key}`),
        );
      if (missing.length > 0) {
        this.error(
          `texts used in the first chunk but not in LANDING_MESSAGE_PATHS (src/lib/i18n/landing-messages.ts):\n${missing.join('\n')}`,
        );
      }
    },
  };
}

// The dev server forwards API and development pages to the Fastify server, so the browser sees
// one origin (cookies, CSRF and CSP behave as in production, where Fastify serves dist/).
export default defineConfig({
  plugins: [
    react(),
    landingMessages(),
    {
      // The server answers 404 for a path that is no page (server/src/plugins/web.ts).
      name: 'ods-page-routes',
      generateBundle() {
        this.emitFile({
          type: 'asset',
          fileName: 'page-routes.json',
          source: `${JSON.stringify(PAGE_ROUTES)}\n`,
        });
      },
    },
    // Brotli and gzip copies beside each asset, written once at build time, so the server sends
    // them as they are (@fastify/static preCompressed) instead of compressing on every request.
    // Source maps are left out: only developers fetch them.
    compression({
      algorithms: [
        defineAlgorithm('brotliCompress', {
          params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
        }),
        defineAlgorithm('gzip', { level: 9 }),
      ],
      exclude: [/\.map$/],
      threshold: 1024,
    }),
  ],
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      // ws: the shared notes run over a websocket under /api.
      '/api': { target: apiServer, changeOrigin: false, ws: true },
      '/dev': { target: apiServer, changeOrigin: false },
    },
  },
  preview: { port: 4173 },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
});
