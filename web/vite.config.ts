import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiServer = process.env.ODS_API_URL ?? 'http://localhost:3000';

// The dev server forwards API and development pages to the Fastify server, so the browser sees
// one origin (cookies, CSRF and CSP behave as in production, where Fastify serves dist/).
export default defineConfig({
  plugins: [react()],
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
