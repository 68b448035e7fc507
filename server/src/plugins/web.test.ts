import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.ts';
import { isPagePath } from './web.ts';

// A built web app as `vite build` leaves it: index.html, hashed assets with their brotli and gzip
// copies, an unhashed icon and the list of page routes.
const INDEX = `<!doctype html><html><head><title>Over de schutting</title></head><body><div id="root"></div>${'<!-- padding -->'.repeat(80)}</body></html>`;
const PRINT_CHUNK = '/assets/notes-print-page-B4kx9Q2m.js';
const PRINT_STYLES = '/assets/notes-wWD2kJ_E.css';
const SCRIPT = `console.log(${JSON.stringify('over de schutting '.repeat(200))});`;
const SCRIPT_PATH = '/assets/index-Dx3jTndd.js';

function writeWebDist(dir: string): void {
  mkdirSync(join(dir, 'assets'));
  for (const [path, text] of [
    ['index.html', INDEX],
    [SCRIPT_PATH, SCRIPT],
  ] as const) {
    writeFileSync(join(dir, path), text);
    writeFileSync(join(dir, `${path}.br`), brotliCompressSync(text));
    writeFileSync(join(dir, `${path}.gz`), gzipSync(text));
  }
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(
    join(dir, 'page-routes.json'),
    JSON.stringify(['/', '/inloggen', '/sessies/:id', '/sessies/:id/notities']),
  );
  // A page whose chunk the build lists; the others have none listed and get index.html as it is.
  writeFileSync(
    join(dir, 'page-preloads.json'),
    JSON.stringify({
      '/sessies/:id/notities': [PRINT_CHUNK, '/assets/nl-Xy12ab34.js', PRINT_STYLES],
    }),
  );
}

describe('the web app over HTTP', () => {
  let t: TestApp;
  let webDist: string;

  beforeAll(async () => {
    webDist = mkdtempSync(join(tmpdir(), 'ods-web-dist-'));
    writeWebDist(webDist);
    t = await createTestApp('sqlite', { WEB_DIST: webDist });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  const get = (url: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url, headers });

  it('sends hashed assets brotli-compressed from the build, cached for a year', async () => {
    const answer = await get(SCRIPT_PATH, { 'accept-encoding': 'gzip, deflate, br' });
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers.vary).toMatch(/accept-encoding/i);
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(answer.headers['content-type']).toMatch(/javascript/);
    expect(brotliDecompressSync(answer.rawPayload).toString()).toBe(SCRIPT);
  });

  it('sends gzip to a client without brotli, and the plain file to one without either', async () => {
    const gzipped = await get(SCRIPT_PATH, { 'accept-encoding': 'gzip' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.rawPayload).toString()).toBe(SCRIPT);
    const plain = await get(SCRIPT_PATH, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
  });

  it('has browsers revalidate the page itself and keep unhashed files an hour', async () => {
    const page = await get('/', { accept: 'text/html', 'accept-encoding': 'br' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(page.rawPayload).toString()).toBe(INDEX);
    expect((await get('/favicon.svg')).headers['cache-control']).toBe('public, max-age=3600');
  });

  it('answers the page with 200 for every page route, also with parameters and a query', async () => {
    for (const url of ['/', '/inloggen', '/inloggen/', '/sessies/42', '/sessies/42?x=1']) {
      const answer = await get(url, { accept: 'text/html' });
      expect(answer.statusCode, url).toBe(200);
      expect(answer.body, url).toBe(INDEX);
    }
  });

  it("names a page's own chunk as module preloads and its CSS as stylesheets in its HTML, still revalidated", async () => {
    const answer = await get('/sessies/42/notities?x=1', {
      accept: 'text/html',
      'accept-encoding': 'br',
    });
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-type']).toMatch(/text\/html/);
    expect(answer.headers['cache-control']).toBe('no-cache');
    expect(answer.headers['content-encoding']).toBe('br');
    const html = brotliDecompressSync(answer.rawPayload).toString();
    expect(answer.headers.vary).toMatch(/accept-encoding/i);
    const plain = await get('/sessies/42/notities', { accept: 'text/html' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(html);
    expect(html).toBe(
      INDEX.replace(
        '</head>',
        `<link rel="modulepreload" crossorigin href="${PRINT_CHUNK}"><link rel="modulepreload" crossorigin href="/assets/nl-Xy12ab34.js"><link rel="stylesheet" crossorigin href="${PRINT_STYLES}"></head>`,
      ),
    );
  });

  it("weighs the client's q-values when it picks the page's encoding, and honours a refusal", async () => {
    const url = '/sessies/42/notities';
    const plain = (await get(url, { accept: 'text/html' })).body;
    const gzipPreferred = await get(url, {
      accept: 'text/html',
      'accept-encoding': 'br;q=0.5, gzip;q=0.8',
    });
    expect(gzipPreferred.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipPreferred.rawPayload).toString()).toBe(plain);
    const brRefused = await get(url, { accept: 'text/html', 'accept-encoding': 'br;q=0, gzip' });
    expect(brRefused.headers['content-encoding']).toBe('gzip');
    const noneTaken = await get(url, { accept: 'text/html', 'accept-encoding': 'deflate' });
    expect(noneTaken.headers['content-encoding']).toBeUndefined();
    expect(noneTaken.body).toBe(plain);
  });

  it('answers 404 with the page (which shows its not-found text) for a path that is no page', async () => {
    for (const url of ['/bestaat-niet', '/sessies', '/sessies/42/onbekend', '/inloggen/x/y']) {
      const answer = await get(url, { accept: 'text/html' });
      expect(answer.statusCode, url).toBe(404);
      expect(answer.headers['content-type'], url).toMatch(/text\/html/);
      expect(answer.headers['cache-control'], url).toBe('no-cache');
      expect(answer.body, url).toBe(INDEX);
    }
  });

  it('compresses a large API answer and keeps it uncacheable; a small one stays as it is', async () => {
    const large = await get('/api/organisations', { 'accept-encoding': 'br' });
    expect(large.statusCode).toBe(200);
    expect(large.headers['content-encoding']).toBe('br');
    expect(large.headers['cache-control']).toBe('no-store');
    const organisations = JSON.parse(
      brotliDecompressSync(large.rawPayload).toString(),
    ) as unknown[];
    expect(organisations.length).toBeGreaterThan(10);

    const small = await get('/api/session', { 'accept-encoding': 'br' });
    expect(small.statusCode).toBe(200);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.headers['cache-control']).toBe('no-store');
  });

  it('answers an unknown API path with the JSON 404', async () => {
    const answer = await get('/api/bestaat-niet', { accept: 'text/html' });
    expect(answer.statusCode).toBe(404);
    expect(answer.json()).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('isPagePath', () => {
  const routes = ['/', '/profiel', '/sessies/:id', '/sessies/:id/samenvatting'];
  it('matches fixed paths and fills parameters with exactly one segment', () => {
    expect(isPagePath('/', routes)).toBe(true);
    expect(isPagePath('/profiel', routes)).toBe(true);
    expect(isPagePath('/sessies/abc/samenvatting', routes)).toBe(true);
    expect(isPagePath('/sessies', routes)).toBe(false);
    expect(isPagePath('/profiel/extra', routes)).toBe(false);
    expect(isPagePath('/Profiel', routes)).toBe(false);
  });
});
