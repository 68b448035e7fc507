import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import negotiate from '@fastify/accept-negotiator';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import type { ErrorBody } from '@ods/shared';
import { catalogueMessage } from '../errors.ts';
import { requestLanguage } from '../lib/language.ts';

/** Vite names built assets `/assets/<name>-<hash>.<ext>`: a new build gives a new name. */
const HASHED_ASSET = /\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

/**
 * Compresses dynamic answers (JSON of the API, mostly) when the client accepts it and the body
 * is large enough to gain from it. Registered before the routes, as @fastify/compress attaches
 * itself to each route when it is added. Websocket upgrades are hijacked and never reach it; the
 * built web app arrives already compressed (Content-Encoding set), which it leaves as it is.
 */
export const compressionPlugin = fp(async (app: FastifyInstance) => {
  await app.register(fastifyCompress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    // Brotli's default quality 11 is for build time; per request a low quality is nearly as
    // small and much faster.
    brotliOptions: {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: 4,
      },
    },
  });
});

/** The pattern among `patterns` that a path (without query) matches, if any. */
function matchingPattern(path: string, patterns: readonly string[]): string | undefined {
  const segments = path.replace(/\/+$/, '').split('/').filter(Boolean);
  return patterns.find((pattern) => {
    const parts = pattern.split('/').filter(Boolean);
    return (
      parts.length === segments.length &&
      parts.every((part, i) => part.startsWith(':') || part === segments[i])
    );
  });
}

/** Whether a path (without query) is one of the pages the browser router knows. */
export function isPagePath(path: string, patterns: readonly string[]): boolean {
  return matchingPattern(path, patterns) !== undefined;
}

/** The encodings the pages with preloads are kept in, best first. */
const PAGE_ENCODINGS: ('br' | 'gzip')[] = ['br', 'gzip'];

const ASSET_URL = /^\/assets\/[\w.-]+\.js$/;

/**
 * index.html with module preloads for the files of a page's chunk, before `</head>`, one copy per
 * page route (page-preloads.json, written by the build: web/vite-page-preloads.ts). The browser
 * then fetches the page's code beside the entry's instead of once the entry has run.
 */
export function htmlWithPreloads(
  html: string,
  preloads: Record<string, readonly string[]>,
): Map<string, string> {
  const pages = new Map<string, string>();
  for (const [pattern, urls] of Object.entries(preloads)) {
    const links = urls
      .filter((url) => ASSET_URL.test(url))
      .map((url) => `<link rel="modulepreload" crossorigin href="${url}">`)
      .join('');
    if (links && html.includes('</head>')) {
      pages.set(pattern, html.replace('</head>', `${links}</head>`));
    }
  }
  return pages;
}

function setCacheHeaders(reply: FastifyReply, sentPath: string): void {
  // With preCompressed, the path is that of the .br or .gz copy.
  const path = sentPath.replace(/\.(br|gz)$/, '');
  if (path.endsWith('.html')) reply.header('cache-control', 'no-cache');
  else if (HASHED_ASSET.test(path))
    reply.header('cache-control', 'public, max-age=31536000, immutable');
  else reply.header('cache-control', 'public, max-age=3600');
}

/**
 * Serves the built web app and answers unknown paths: the app's index.html for page routes
 * (the browser router takes over), with status 404 when the path is no page (the router then
 * shows its not-found page), and a JSON 404 for everything else, such as /api.
 *
 * The build writes brotli and gzip copies beside each asset (web/vite.config.ts), sent as they
 * are with Vary: Accept-Encoding. Hashed assets never change, so browsers keep them a year;
 * index.html is revalidated on every visit, so a new build is picked up at once.
 */
export const webPlugin = fp(async (app: FastifyInstance, { webDist }: { webDist: string }) => {
  const hasWeb = existsSync(`${webDist}/index.html`);
  // A build from before the list existed: every path is treated as a page, as it was.
  const routesFile = `${webDist}/page-routes.json`;
  const pageRoutes = existsSync(routesFile)
    ? (JSON.parse(readFileSync(routesFile, 'utf8')) as string[])
    : undefined;
  const preloadsFile = `${webDist}/page-preloads.json`;
  // Compressed once here, as the build compressed index.html (the not-found handler is no route,
  // so @fastify/compress does not see these answers).
  const pagesWithPreloads = new Map<string, Record<'br' | 'gzip' | 'identity', Buffer>>();
  if (hasWeb && existsSync(preloadsFile)) {
    const pages = htmlWithPreloads(
      readFileSync(`${webDist}/index.html`, 'utf8'),
      JSON.parse(readFileSync(preloadsFile, 'utf8')) as Record<string, string[]>,
    );
    for (const [pattern, html] of pages) {
      const identity = Buffer.from(html);
      pagesWithPreloads.set(pattern, {
        identity,
        br: brotliCompressSync(identity, {
          params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
        }),
        gzip: gzipSync(identity, { level: 9 }),
      });
    }
  }
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      index: false,
      preCompressed: true,
      cacheControl: false,
      setHeaders: setCacheHeaders,
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const wantsPage =
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      (request.headers.accept ?? '').includes('text/html');
    if (hasWeb && wantsPage) {
      const path = request.url.split(/[?#]/)[0] ?? '/';
      const known = !pageRoutes || isPagePath(path, pageRoutes);
      const pattern = known ? matchingPattern(path, [...pagesWithPreloads.keys()]) : undefined;
      const withPreloads = pattern === undefined ? undefined : pagesWithPreloads.get(pattern);
      if (withPreloads) {
        // The same negotiation as @fastify/static's for the other files: q-values weigh, q=0 refuses.
        const encoding = negotiate(request.headers['accept-encoding'] ?? '', PAGE_ENCODINGS);
        reply.header('cache-control', 'no-cache').header('vary', 'Accept-Encoding');
        reply.type('text/html; charset=utf-8');
        if (encoding) reply.header('content-encoding', encoding);
        return reply.send(withPreloads[encoding ?? 'identity']);
      }
      return reply.status(known ? 200 : 404).sendFile('index.html');
    }
    const body: ErrorBody = {
      code: 'NOT_FOUND',
      message: catalogueMessage('NOT_FOUND')![requestLanguage(request)],
    };
    return reply.status(404).send(body);
  });
});
