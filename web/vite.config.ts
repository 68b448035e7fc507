import { constants } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { landingMessages } from './vite-landing-messages.ts';
import { pagePreloads } from './vite-page-preloads.ts';
import { PAGE_ROUTES } from './src/lib/routing/page-routes.ts';

const apiServer = process.env.ODS_API_URL ?? 'http://localhost:3000';
// The dev server forwards API and development pages to the Fastify server, so the browser sees
// one origin (cookies, CSRF and CSP behave as in production, where Fastify serves dist/).
export default defineConfig({
  plugins: [
    react(),
    landingMessages(),
    pagePreloads(),
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
  // The guard's worker (web/src/lib/guard) is a module worker, as the page creates it.
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // dist/.vite/manifest.json: which files each page's chunk needs, for the per-page budgets in
    // scripts/web-bundle-size.mjs.
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Everything the entry imports statically in one chunk: split by which page uses
            // which part it became thirteen files (React Query, React Router, a heading, a
            // paragraph, …), and a phone's first visit waited on each request in turn, six at a
            // time. The budget in scripts/web-bundle-size.mjs keeps this chunk small.
            { name: 'app', tags: ['$initial'], priority: 2 },
            // Our own building blocks (web/src/lib: form fields, queries, formatting) that two or
            // more pages share, in one small chunk beside the page's own, instead of a file of
            // half a kilobyte each (the session page fetched eleven files before it could render).
            { name: 'pages', test: /[\\/]web[\\/]src[\\/]lib[\\/]/, minShareCount: 2, priority: 1 },
          ],
        },
      },
    },
  },
});
