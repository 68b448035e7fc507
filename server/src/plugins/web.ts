import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import negotiate from '@fastify/accept-negotiator';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { ErrorBody } from '@ods/shared';
import { FIRST_ANSWERS_ID, FirstAnswers } from '@ods/shared/api/first-answers';
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

/**
 * Brotli or gzip as the client weighs them (q-values; `q=0` refuses), else none: the same
 * negotiation as @fastify/static's for the other files.
 */
function pickEncoding(accepted: string | undefined): 'br' | 'gzip' | undefined {
  return negotiate<'br' | 'gzip'>(accepted ?? '', ['br', 'gzip']) ?? undefined;
}

const SCRIPT_URL = /^\/assets\/[\w.-]+\.js$/;
const STYLE_URL = /^\/assets\/[\w.-]+\.css$/;

function preloadLink(url: string): string | undefined {
  if (SCRIPT_URL.test(url)) return `<link rel="modulepreload" crossorigin href="${url}">`;
  // Vite's loader adds a chunk's stylesheet only when no link with that href is in the page yet,
  // so naming it here loads it once, beside the entry, and the chunk does not wait for it.
  if (STYLE_URL.test(url)) return `<link rel="stylesheet" crossorigin href="${url}">`;
  return undefined;
}

/**
 * index.html with module preloads for the files of a page's chunk and stylesheets for their CSS,
 * before `</head>`, one copy per page route (page-preloads.json, written by the build:
 * web/vite-page-preloads.ts). The browser then fetches the page's code and styles beside the
 * entry's instead of once the entry has run.
 */
export function htmlWithPreloads(
  html: string,
  preloads: Record<string, readonly string[]>,
): Map<string, string> {
  const pages = new Map<string, string>();
  for (const [pattern, urls] of Object.entries(preloads)) {
    const links = urls.flatMap((url) => preloadLink(url) ?? []).join('');
    if (links && html.includes('</head>')) {
      pages.set(pattern, html.replace('</head>', `${links}</head>`));
    }
  }
  return pages;
}

/**
 * JSON for inside `<script type="application/json">`: `<`, `>` and `&` as \u escapes, so no text
 * in it (a topic's name, say) can end the element or open a comment, and U+2028/U+2029 too.
 * A data block is never run, so the page's CSP (script-src 'self') stays as it is.
 */
export function jsonForHtml(json: string): string {
  return json.replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The page's HTML with the first answers as a JSON data block before `</head>`. */
export function htmlWithFirstAnswers(html: string, json: string): string {
  return html.replace(
    '</head>',
    () =>
      `<script type="application/json" id="${FIRST_ANSWERS_ID}">${jsonForHtml(json)}</script></head>`,
  );
}

// Serialised by the schema, as the two routes' answers are, so only its fields leave the server
// (the signed-in user carries more). One object, as Fastify keeps a compiled serialiser per schema.
const FIRST_ANSWERS_SCHEMA: Record<string, unknown> = { ...FirstAnswers };

/** Works out the first answers for a signed-in request, or undefined for a visitor. */
export type FirstAnswersSource = (
  request: FastifyRequest,
  reply: FastifyReply,
) => Promise<FirstAnswers | undefined>;

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
export const webPlugin = fp(
  async (
    app: FastifyInstance,
    { webDist, firstAnswers }: { webDist: string; firstAnswers?: FirstAnswersSource },
  ) => {
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
    const indexHtml = hasWeb ? readFileSync(`${webDist}/index.html`, 'utf8') : '';
    const pageHtml =
      hasWeb && existsSync(preloadsFile)
        ? htmlWithPreloads(
            indexHtml,
            JSON.parse(readFileSync(preloadsFile, 'utf8')) as Record<string, string[]>,
          )
        : new Map<string, string>();
    for (const [pattern, html] of pageHtml) {
      const identity = Buffer.from(html);
      pagesWithPreloads.set(pattern, {
        identity,
        br: brotliCompressSync(identity, {
          params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
        }),
        gzip: gzipSync(identity, { level: 9 }),
      });
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
    app.setNotFoundHandler(async (request, reply) => {
      const wantsPage =
        request.method === 'GET' &&
        !request.url.startsWith('/api/') &&
        (request.headers.accept ?? '').includes('text/html');
      if (hasWeb && wantsPage) {
        const path = request.url.split(/[?#]/)[0] ?? '/';
        const known = !pageRoutes || isPagePath(path, pageRoutes);
        const pattern = known ? matchingPattern(path, [...pagesWithPreloads.keys()]) : undefined;
        const withPreloads = pattern === undefined ? undefined : pagesWithPreloads.get(pattern);
        const answers = known && firstAnswers ? await firstAnswers(request, reply) : undefined;
        if (answers) {
          // Personal (a name, a CSRF token): never stored by a browser or a proxy, and compressed
          // per answer (a few kilobytes; brotli's quality 4 takes well under a millisecond).
          const html = htmlWithFirstAnswers(
            (pattern === undefined ? undefined : pageHtml.get(pattern)) ?? indexHtml,
            reply.serializeInput(answers, FIRST_ANSWERS_SCHEMA),
          );
          const encoding = pickEncoding(request.headers['accept-encoding']);
          reply
            .header('cache-control', 'private, no-store')
            .header('vary', 'Accept-Encoding, Cookie')
            .type('text/html; charset=utf-8');
          if (encoding) reply.header('content-encoding', encoding);
          return reply.send(
            encoding === 'br'
              ? brotliCompressSync(html, {
                  params: { [constants.BROTLI_PARAM_QUALITY]: 4 },
                })
              : encoding === 'gzip'
                ? gzipSync(html, { level: 6 })
                : html,
          );
        }
        if (withPreloads) {
          const encoding = pickEncoding(request.headers['accept-encoding']);
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
  },
);
